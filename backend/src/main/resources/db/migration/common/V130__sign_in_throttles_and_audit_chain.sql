-- Accounts an administrator creates or resets must set their own password at first sign-in.
alter table app_users add column must_change_password boolean default false not null;

-- Failed sign-ins per account (lower-cased username, whether it exists or not) and per source
-- address; a row is locked until the given instant once it reached the limit.
create table sign_in_throttles (
    kind             varchar(10)  not null,
    subject          varchar(100) not null,
    failures         integer      not null,
    first_failure_at timestamp with time zone not null,
    lockouts         integer      not null,
    locked_until     timestamp with time zone,
    primary key (kind, subject)
);

-- The audit trail as a hash chain: each event's hash covers its fields and the hash of the event
-- before it (seq - 1), so a changed, removed or inserted event breaks the chain from there on.
alter table audit_events add column seq bigint;
alter table audit_events add column prev_hash varchar(64);
alter table audit_events add column hash varchar(64);
create unique index audit_events_seq_idx on audit_events (seq);

-- The end of the chain: locked by each transaction that appends, as it commits.
create table audit_chain_head (
    id            integer     primary key,
    seq           bigint      not null,
    hash          varchar(64),
    legacy_sealed boolean     not null
);
insert into audit_chain_head (id, seq, hash, legacy_sealed) values (1, 0, null, false);
