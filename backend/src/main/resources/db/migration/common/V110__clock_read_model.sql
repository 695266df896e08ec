-- The SLA board's read model: each clock not stopped, with the deadline, warning point and
-- excluded days its last change computed, and the case fields the board shows and filters on.
-- Written in the transaction that changes the clock (ClockChanged), beside inbox_tasks so that
-- one query joins a clock to who holds its case's tasks. How a clock stands (on track, due
-- soon, overdue) is not stored: the query compares expires_at and warning_at with now.
create table inbox_clocks (
    case_id     uuid         not null,
    clock_key   varchar(60)  not null,
    office_id   varchar(32)  not null,
    case_number varchar(64)  not null,
    case_type   varchar(40)  not null,
    unit        varchar(20)  not null,
    amount      integer      not null,
    trigger_on  date,
    started_at  timestamp with time zone not null,
    state       varchar(10)  not null,
    last_day    date         not null,
    expires_at  timestamp with time zone not null,
    warning_at  timestamp with time zone,
    paused_days integer      not null,
    extended    boolean      not null,
    primary key (case_id, clock_key)
);
-- the board's page: an office's clocks by deadline
create index inbox_clocks_office_due_idx on inbox_clocks (office_id, expires_at, case_number);
-- a supervisor of several offices: all their clocks by deadline
create index inbox_clocks_due_idx on inbox_clocks (expires_at, case_number);
create index inbox_clocks_paused_idx on inbox_clocks (state, office_id);

-- One row per read model filled from existing data once (clocks started before this table
-- existed are written at start-up, then the name is recorded here).
create table inbox_backfills (
    name     varchar(40) primary key,
    done_at  timestamp with time zone not null
);
