-- Order 81 art. 54: the evidence period is a number of days from each party's receipt of
-- its notice; its last day is known once every party has received it.
alter table evidence_plans add column evidence_days integer;
alter table evidence_plans alter column evidence_last_day drop not null;
