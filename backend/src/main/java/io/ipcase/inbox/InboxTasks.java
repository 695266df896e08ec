package io.ipcase.inbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.ipcase.security.AppUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reading the inbox read model. A user sees a task offered to one of their candidate groups or
 * assigned to them, and nothing else.
 */
@Service
public class InboxTasks {

    private static final String COLUMNS = """
        task_id, task_key, task_name, form_key, case_id, case_number, case_type, patent_number,
        requester_name, respondent_name, created_at, due_at, assignee, office_id, candidate_group,
        process_instance_id""";

    public enum View { MINE, UNCLAIMED, ALL }

    private final JdbcClient jdbc;

    InboxTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page sorted by legal deadline, earliest first; tasks without a deadline last. */
    public TaskPage page(AppUser user, View view, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = switch (view) {
            case MINE -> "t.assignee = :me";
            case UNCLAIMED -> "t.assignee is null and " + inGroups(user, params);
            case ALL -> "(t.assignee = :me or " + inGroups(user, params) + ")";
        };
        params.put("me", user.getUsername());
        List<InboxTask> items = jdbc.sql("select " + COLUMNS + " from inbox_tasks t where " + where
                + " order by t.due_at asc nulls last, t.created_at asc, t.task_id limit :limit offset :offset")
            .params(params).param("limit", size).param("offset", page * size)
            .query(InboxTask.class).list();
        long total = jdbc.sql("select count(*) from inbox_tasks t where " + where)
            .params(params).query(Long.class).single();
        return new TaskPage(items, total);
    }

    /** The task, if this user may see it. */
    public Optional<InboxTask> visible(AppUser user, String taskId) {
        Map<String, Object> params = new HashMap<>();
        params.put("me", user.getUsername());
        return jdbc.sql("select " + COLUMNS + " from inbox_tasks t where t.task_id = :id and (t.assignee = :me or "
                + inGroups(user, params) + ")")
            .params(params).param("id", taskId)
            .query(InboxTask.class).optional();
    }

    public List<InboxTask> openForCase(UUID caseId) {
        return jdbc.sql("select " + COLUMNS + " from inbox_tasks t where t.case_id = :id order by t.created_at")
            .param("id", caseId).query(InboxTask.class).list();
    }

    /** Who holds the open tasks of each case (claimed tasks only). */
    public Map<UUID, List<String>> assigneesByCase(Collection<UUID> caseIds) {
        Map<UUID, List<String>> byCase = new HashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        jdbc.sql("select distinct case_id, assignee from inbox_tasks where case_id in (:ids) and assignee is not null")
            .param("ids", caseIds)
            .query((rs, i) -> byCase.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new ArrayList<>())
                .add(rs.getString("assignee")))
            .list();
        return byCase;
    }

    private static String inGroups(AppUser user, Map<String, Object> params) {
        List<String> groups = user.candidateGroups();
        if (groups.isEmpty()) {
            return "1 = 0";
        }
        params.put("groups", groups);
        return "t.candidate_group in (:groups)";
    }

    public record TaskPage(List<InboxTask> items, long total) {
    }
}
