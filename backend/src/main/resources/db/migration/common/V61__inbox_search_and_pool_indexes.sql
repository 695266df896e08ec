-- Search by case number, party or patent number anywhere in the text: trigram matching (pg_trgm,
-- a trusted extension shipped with PostgreSQL) lets "like '%…%'" use an index.
create extension if not exists pg_trgm;
create index inbox_tasks_search_idx on inbox_tasks using gin (search_text gin_trgm_ops);

-- The unclaimed tasks of an office's group, by deadline: the page most officers open first.
create index inbox_tasks_unclaimed_due_idx on inbox_tasks (candidate_group, due_at, created_at, task_id)
    where assignee is null;
create index inbox_tasks_unclaimed_created_idx on inbox_tasks (candidate_group, created_at, task_id)
    where assignee is null;
