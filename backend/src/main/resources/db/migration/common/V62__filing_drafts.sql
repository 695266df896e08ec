-- A request a complainant has begun but not filed: the form as typed so far (JSON) and the
-- evidence already uploaded, so a filing can be left and resumed on any device. Filing a draft
-- turns it into a case and deletes it in one transaction.
create table filing_drafts (
    id         uuid           primary key,
    owner      varchar(64)    not null references app_users (username),
    content    varchar(100000) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
create index filing_drafts_owner_idx on filing_drafts (owner, updated_at);

create table filing_draft_files (
    id           uuid         primary key,
    draft_id     uuid         not null references filing_drafts (id) on delete cascade,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    content      bytea not null,
    uploaded_at  timestamp with time zone not null
);
create index filing_draft_files_draft_idx on filing_draft_files (draft_id, uploaded_at);
