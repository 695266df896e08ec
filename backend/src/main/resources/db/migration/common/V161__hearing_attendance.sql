-- Order 81 art. 26: how each party attended, the panel's judgement of an absent party's
-- reason, and its finding; a hearing an absent party was not properly summoned to, or had
-- good reason to miss, is adjourned and rescheduled.
alter table hearings add column requester_attendance varchar(30);
alter table hearings add column respondent_attendance varchar(30);
alter table hearings add column requester_excuse varchar(30);
alter table hearings add column respondent_excuse varchar(30);
alter table hearings add column absence_finding varchar(5000);
