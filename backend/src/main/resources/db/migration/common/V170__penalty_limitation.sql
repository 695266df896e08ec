-- Admin. Penalty Law art. 36: the act's day (or the end of a continuing one), recorded at filing,
-- from which the 2 years (5 where life, health or financial security was harmed) are counted.
-- Cases registered before have none recorded.
alter table penalty_cases add column act_ended_on date;
alter table penalty_cases add column act_continuing boolean not null default false;
alter table penalty_cases add column safety_harm boolean not null default false;
