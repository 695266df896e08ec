-- One account per username whatever its case (H2 indexes columns, not expressions: a generated
-- column holds the lower-cased name). The demo database has no append-only trigger: H2's triggers
-- are Java classes, and the hash chain shows a change there as it would anywhere.
alter table app_users add column username_key varchar(64) generated always as (lower(username));
create unique index app_users_username_ci_idx on app_users (username_key);
