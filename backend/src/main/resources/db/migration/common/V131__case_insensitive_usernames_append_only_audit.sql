-- One account per username whatever its case: OFFICER.YB and officer.yb are the same person.
do $$
begin
    if exists (select 1 from app_users group by lower(username) having count(*) > 1) then
        raise exception 'app_users holds usernames that differ only in case (select lower(username) from app_users group by 1 having count(*) > 1); rename or merge them before upgrading';
    end if;
end $$;
create unique index app_users_username_ci_idx on app_users (lower(username));

-- The application's role may append audit events and seal them (set seq, prev_hash and hash once,
-- in the appending transaction), never change or remove them.
create function audit_events_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        if old.hash is null and new.id = old.id and new.occurred_at = old.occurred_at
                and new.actor = old.actor and new.action = old.action
                and new.case_id is not distinct from old.case_id
                and new.details is not distinct from old.details then
            return new;
        end if;
    end if;
    raise exception 'audit_events is append-only: % refused', tg_op;
end
$$;
create trigger audit_events_append_only before update or delete on audit_events
    for each row execute function audit_events_append_only();
create trigger audit_events_no_truncate before truncate on audit_events
    for each statement execute function audit_events_append_only();
