-- H2 (the demo database) has no trigram or partial indexes; the demo's few cases need none.
create index inbox_tasks_group_assignee_due_idx on inbox_tasks (candidate_group, assignee, due_at);
