package io.ipcase.inbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.ipcase.cases.CaseType;
import io.ipcase.cases.PatentNumbers;
import io.ipcase.inbox.InboxCriteria.Sort;
import io.ipcase.inbox.InboxCriteria.View;
import io.ipcase.security.CandidateGroups;
import io.ipcase.security.Role;
import io.ipcase.security.StaffDirectory;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import org.jspecify.annotations.NullMarked;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reading the inbox read model. A user sees a task offered to one of their candidate
 * groups or to them by name, assigned to or delegated by them or by a colleague they
 * stand in for today, and a supervisor every task of the offices they oversee; nothing
 * else.
 *
 * <p>
 * A view is a union of "branches", each an indexed range of {@code inbox_tasks} read in
 * the page's order and cut after the page: one officer's pool of unclaimed tasks is one
 * index range however many tasks it holds.
 */
@Service
public class InboxTasks {

    private static final String COLUMNS = """
            t.task_id, t.task_key, t.task_name, t.form_key, t.process_key, t.case_id, t.case_number, t.case_type,
            t.patent_number, t.requester_name, t.respondent_name, t.created_at, t.due_at, t.priority, t.assignee,
            t.owner, t.delegation_state, t.office_id, t.candidate_group, t.process_instance_id""";

    private final JdbcClient jdbc;

    private final StaffDirectory staff;

    private final Clock clock;

    private final ZoneId zone;

    /**
     * A view counts its tasks up to this many, or to the end of the page after the one
     * asked for.
     */
    private final int countLimit;

    InboxTasks(JdbcClient jdbc, StaffDirectory staff, Clock clock,
            @Value("${ipcase.inbox.count-limit}") int countLimit) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.clock = clock;
        this.zone = clock.getZone();
        this.countLimit = countLimit;
    }

    public TaskPage page(InboxViewer viewer, InboxCriteria criteria, int page, int size) {
        Query query = new Query();
        List<String> branches = query.branches(viewer, criteria.viewOrDefault());
        if (branches.isEmpty()) {
            return new TaskPage(List.of(), 0, false, viewer.coveredColleagues());
        }
        String filters = query.filters(criteria, clock, zone);
        Sort sort = criteria.sortOrDefault();
        query.params.put("limit", size);
        query.params.put("offset", page * size);
        String pageSql;
        if (branches.size() == 1) {
            pageSql = "select " + COLUMNS + " from inbox_tasks t where " + branches.get(0) + filters + " order by "
                    + orderBy(sort, "t") + " limit :limit offset :offset";
        }
        else {
            // each branch yields at most the rows up to the end of this page, in the
            // page's order
            query.params.put("window", page * size + size);
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < branches.size(); i++) {
                parts.add("select * from (select " + COLUMNS + " from inbox_tasks t where " + branches.get(i) + filters
                        + " order by " + orderBy(sort, "t") + " limit :window) b" + i);
            }
            pageSql = "select * from (" + String.join(" union ", parts) + ") u order by " + orderBy(sort, "u")
                    + " limit :limit offset :offset";
        }
        List<InboxTask> items = withNames(jdbc.sql(pageSql).params(query.params).query(InboxTask.ROWS).list());
        // a count per branch, each without what an earlier branch counted: every count is
        // one index
        // range, where an "or" of the branches read every open task of every group.
        // Counting stops
        // past the limit: a pool of 70,000 would take longer to count than to page, and
        // nobody pages
        // that far; they filter.
        int limit = Math.max(countLimit, (page + 2) * size);
        query.params.put("countLimit", limit + 1);
        List<String> counts = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
            StringBuilder where = new StringBuilder(branches.get(i));
            for (int j = 0; j < i; j++) {
                where.append(" and (").append(branches.get(j)).append(") is not true");
            }
            counts.add("(select count(*) from (select 1 from inbox_tasks t where " + where + filters
                    + " limit :countLimit) c" + i + ")");
        }
        long counted = jdbc.sql("select " + String.join(" + ", counts)).params(query.params).query(Long.class).single();
        return new TaskPage(items, Math.min(counted, limit), counted > limit, viewer.coveredColleagues());
    }

    /**
     * Refuses criteria that cannot be asked (an unknown case type, a reversed due range).
     */
    public void check(InboxCriteria criteria) {
        new Query().filters(criteria, clock, zone);
    }

    /** The open task, if this viewer may see it. */
    public Optional<InboxTask> visible(InboxViewer viewer, String taskId) {
        Query query = new Query();
        List<String> branches = new ArrayList<>(query.branches(viewer, View.ALL));
        if (viewer.isSupervisor()) {
            branches.addAll(query.branches(viewer, View.OFFICE));
        }
        if (branches.isEmpty()) {
            return Optional.empty();
        }
        query.params.put("id", taskId);
        return jdbc
            .sql("select " + COLUMNS + " from inbox_tasks t where t.task_id = :id and (" + String.join(" or ", branches)
                    + ")")
            .params(query.params)
            .query(InboxTask.ROWS)
            .optional()
            .map(task -> withNames(List.of(task)).get(0));
    }

    /**
     * Locks the task's row for the rest of the transaction, if the task is still open.
     */
    public void lock(String taskId) {
        jdbc.sql("select task_id from inbox_tasks where task_id = :id for update")
            .param("id", taskId)
            .query(String.class)
            .optional();
    }

    /** Whether the user is offered the task: by one of their groups, or by name. */
    public boolean offeredTo(InboxTask task, String username, List<String> groups) {
        if (groups.contains(task.candidateGroup())) {
            return true;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("id", task.taskId());
        params.put("user", username);
        params.put("groups", groups.isEmpty() ? List.of("") : groups);
        return jdbc.sql("""
                select count(*) from inbox_task_candidates
                where task_id = :id and (user_id = :user or group_id in (:groups))""")
            .params(params)
            .query(Long.class)
            .single() > 0;
    }

    public List<InboxTask> openForCase(UUID caseId) {
        return withNames(
                jdbc.sql("select " + COLUMNS + " from inbox_tasks t where t.case_id = :id" + " order by t.created_at")
                    .param("id", caseId)
                    .query(InboxTask.ROWS)
                    .list());
    }

    /** The open tasks of many cases at once, by case. */
    public Map<UUID, List<InboxTask>> openForCases(Collection<UUID> caseIds) {
        Map<UUID, List<InboxTask>> byCase = new HashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        List<InboxTask> open = new ArrayList<>();
        for (List<UUID> chunk : chunks(List.copyOf(caseIds))) {
            open.addAll(jdbc
                .sql("select " + COLUMNS + " from inbox_tasks t where t.case_id in (:ids)" + " order by t.created_at")
                .param("ids", chunk)
                .query(InboxTask.ROWS)
                .list());
        }
        withNames(open).forEach(t -> byCase.computeIfAbsent(t.caseId(), k -> new ArrayList<>()).add(t));
        return byCase;
    }

    /**
     * Open tasks and those past their deadline, per person holding them, in these
     * offices.
     */
    public List<Workload> workload(Collection<String> officeIds) {
        if (officeIds.isEmpty()) {
            return List.of();
        }
        List<Workload> counted = jdbc.sql("""
                select t.assignee, count(*) as open_tasks,
                    sum(case when t.due_at < :now then 1 else 0 end) as overdue_tasks
                from inbox_tasks t where t.office_id in (:offices)
                group by t.assignee order by open_tasks desc""")
            .param("offices", officeIds)
            .param("now", OffsetDateTime.now(clock))
            .query((rs, i) -> new Workload(rs.getString("assignee"), null, rs.getLong("open_tasks"),
                    rs.getLong("overdue_tasks")))
            .list();
        Map<String, String> names = staff.displayNames(counted.stream().map(Workload::assignee).toList());
        return counted.stream()
            .map(w -> new Workload(w.assignee(), w.assignee() == null ? null : names.get(w.assignee()), w.openTasks(),
                    w.overdueTasks()))
            .toList();
    }

    /**
     * The tasks with the names of who works and who owns each: one query for all of them.
     */
    private List<InboxTask> withNames(List<InboxTask> tasks) {
        List<String> holders = new ArrayList<>();
        tasks.forEach(t -> {
            holders.add(t.assignee());
            holders.add(t.owner());
        });
        Map<String, String> names = staff.displayNames(holders);
        return tasks.stream().map(t -> t.withNames(names)).toList();
    }

    private static List<List<UUID>> chunks(List<UUID> ids) {
        List<List<UUID>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 1000)));
        }
        return chunks;
    }

    /** One person's open tasks; {@code assignee} null: nobody's yet. */
    public record Workload(String assignee, String assigneeName, long openTasks, long overdueTasks) {
    }

    /** Who holds the open tasks of each case (claimed tasks only). */
    public Map<UUID, List<String>> assigneesByCase(Collection<UUID> caseIds) {
        Map<UUID, List<String>> byCase = new HashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        for (List<UUID> chunk : chunks(List.copyOf(caseIds))) {
            jdbc.sql(
                    "select distinct case_id, assignee from inbox_tasks where case_id in (:ids) and assignee is not null")
                .param("ids", chunk)
                .query((rs, i) -> byCase.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new ArrayList<>())
                    .add(rs.getString("assignee")))
                .list();
        }
        return byCase;
    }

    private static String orderBy(Sort sort, String alias) {
        String a = alias + ".";
        return switch (sort) {
            case DUE -> a + "due_at asc nulls last, " + a + "created_at asc, " + a + "task_id asc";
            case CREATED -> a + "created_at desc, " + a + "task_id desc";
            case PRIORITY ->
                a + "priority desc, " + a + "due_at asc nulls last, " + a + "created_at asc, " + a + "task_id asc";
        };
    }

    /** The SQL of one request: its branches, its filters and their parameters. */
    private static final class Query {

        final Map<String, Object> params = new HashMap<>();

        List<String> branches(InboxViewer viewer, View view) {
            params.put("actingFor", viewer.actingFor());
            List<String> branches = new ArrayList<>();
            String panel = "t.task_id in (select c.task_id from inbox_task_candidates c where c.user_id in (:actingFor))";
            switch (view) {
                case MINE -> {
                    branches.add("t.assignee in (:actingFor)");
                    branches.add("t.owner in (:actingFor)");
                }
                case UNCLAIMED -> groups(viewer, (pool, extra) -> {
                    branches.add(pool + " and t.assignee is null");
                    branches.add(extra + " and t.assignee is null");
                });
                case PANEL -> branches.add(panel);
                case ALL -> {
                    branches.add("t.assignee in (:actingFor)");
                    branches.add("t.owner in (:actingFor)");
                    groups(viewer, (pool, extra) -> {
                        branches.add(pool);
                        branches.add(extra);
                    });
                    branches.add(panel);
                }
                case OFFICE -> {
                    if (viewer.isSupervisor()) {
                        for (int i = 0; i < viewer.overseenOffices().size(); i++) {
                            params.put("office" + i, viewer.overseenOffices().get(i));
                            branches.add("t.office_id = :office" + i);
                        }
                    }
                }
            }
            return branches;
        }

        /**
         * Per group: its pool (the first candidate group) and the tasks that name it
         * besides.
         */
        private void groups(InboxViewer viewer, java.util.function.BiConsumer<String, String> branch) {
            for (int i = 0; i < viewer.groups().size(); i++) {
                params.put("group" + i, viewer.groups().get(i));
                branch.accept("t.candidate_group = :group" + i,
                        "t.task_id in (select c.task_id from inbox_task_candidates c where c.group_id = :group" + i
                                + ")");
            }
        }

        String filters(InboxCriteria c, Clock clock, ZoneId zone) {
            List<Violation> violations = new ArrayList<>();
            StringBuilder sql = new StringBuilder();
            if (present(c.q())) {
                String[] terms = c.q().strip().split("\\s+");
                for (int i = 0; i < terms.length && i < 5; i++) {
                    params.put("q" + i, contains(terms[i]));
                    sql.append(" and t.search_text like :q").append(i).append(" escape '\\'");
                }
            }
            if (present(c.processKey())) {
                params.put("processKey", c.processKey().strip());
                sql.append(" and t.process_key = :processKey");
            }
            if (present(c.taskKey())) {
                params.put("taskKey", c.taskKey().strip());
                sql.append(" and t.task_key = :taskKey");
            }
            if (present(c.caseType())) {
                try {
                    params.put("caseType", CaseType.valueOf(c.caseType().strip()).name());
                    sql.append(" and t.case_type = :caseType");
                }
                catch (IllegalArgumentException e) {
                    violations.add(Violation.keyed("caseType", "field.invalid-value"));
                }
            }
            if (present(c.officeId())) {
                params.put("officeId", c.officeId().strip());
                sql.append(" and t.office_id = :officeId");
            }
            if (present(c.party())) {
                params.put("party", contains(c.party()));
                // the search column narrows through its index; the names decide
                sql.append(" and t.search_text like :party escape '\\' and (lower(t.requester_name) like :party")
                    .append(" escape '\\' or lower(t.respondent_name) like :party escape '\\')");
            }
            if (present(c.patentNumber())) {
                Optional<String> exact = PatentNumbers.normalise(c.patentNumber());
                if (exact.isPresent()) {
                    params.put("patent", exact.get());
                    sql.append(" and t.patent_number = :patent");
                }
                else {
                    params.put("patentPart", contains(c.patentNumber().replaceAll("\\s", "")));
                    sql.append(" and t.search_text like :patentPart escape '\\'")
                        .append(" and lower(t.patent_number) like :patentPart escape '\\'");
                }
            }
            LocalDate from = c.dueFrom();
            LocalDate to = c.dueTo();
            if (from != null && to != null && to.isBefore(from)) {
                violations.add(Violation.keyed("dueTo", "inbox.due-range.reversed"));
            }
            if (from != null) {
                params.put("dueFrom", from.atStartOfDay(zone).toOffsetDateTime());
                sql.append(" and t.due_at >= :dueFrom");
            }
            if (to != null) {
                params.put("dueTo", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
                sql.append(" and t.due_at < :dueTo");
            }
            if (c.overdue() != null) {
                params.put("now", OffsetDateTime.now(clock));
                sql.append(c.overdue() ? " and t.due_at < :now" : " and (t.due_at is null or t.due_at >= :now)");
            }
            if (Boolean.TRUE.equals(c.approvals())) {
                params.put("supervisorPool", CandidateGroups.of(Role.SUPERVISOR, "") + "%");
                sql.append(" and t.candidate_group like :supervisorPool");
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            return sql.toString();
        }

        private static boolean present(String s) {
            return s != null && !s.isBlank();
        }

        /** A "like" pattern for text anywhere, the user's own % and _ taken literally. */
        private static String contains(String term) {
            String escaped = term.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
            return "%" + escaped + "%";
        }

    }

    /**
     * A page of the inbox; the number of tasks in the view, or the count's limit with
     * {@code moreThanTotal} when there are more; and the colleagues whose tasks it
     * includes because the viewer stands in for them today.
     */
    @NullMarked
    public record TaskPage(List<InboxTask> items, long total, boolean moreThanTotal, List<String> actingFor) {
    }

}
