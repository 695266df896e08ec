package io.ipcase.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the engine's own records say of given process instances: which of them still run,
 * and their user tasks (due, done, how long they took), for the figures of the SLA board.
 * Other modules ask here rather than reading Camunda's tables. Each question is one
 * query, however many instances it names.
 */
@Service
public class ProcessHistory {

    private static final String USER_TASKS = """
            select h.task_def_key_, h.name_, h.due_date_, h.end_time_, h.duration_ from act_hi_taskinst h
            where h.proc_inst_id_ = any(:instances)""";

    private final JdbcClient jdbc;

    private final ZoneId zone;

    ProcessHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    /** The process instances among these that have not ended. */
    public Set<String> running(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select e.id_ from act_ru_execution e where e.id_ = any(:instances)")
            .param("instances", ids(processInstanceIds))
            .query(String.class)
            .list());
    }

    /**
     * The user tasks of these process instances that fell due from {@code from}
     * (inclusive) to {@code to}.
     */
    public List<UserTask> userTasksDue(Collection<String> processInstanceIds, OffsetDateTime from, OffsetDateTime to) {
        return userTasks(processInstanceIds, " and h.due_date_ >= :from and h.due_date_ < :to",
                Map.of("from", Timestamp.from(from.toInstant()), "to", Timestamp.from(to.toInstant())));
    }

    /**
     * The user tasks of these process instances that were completed since {@code since},
     * by task key.
     */
    public List<UserTask> userTasksDoneSince(Collection<String> processInstanceIds, OffsetDateTime since) {
        return userTasks(processInstanceIds,
                " and h.end_time_ >= :since and h.duration_ is not null" + " order by h.task_def_key_",
                Map.of("since", Timestamp.from(since.toInstant())));
    }

    private List<UserTask> userTasks(Collection<String> processInstanceIds, String where, Map<String, Object> params) {
        if (processInstanceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(USER_TASKS + where)
            .param("instances", ids(processInstanceIds))
            .params(params)
            .query(this::userTask)
            .list();
    }

    private UserTask userTask(ResultSet rs, int row) throws SQLException {
        Number duration = (Number) rs.getObject("duration_");
        return new UserTask(rs.getString("task_def_key_"), rs.getString("name_"), at(rs.getTimestamp("due_date_")),
                at(rs.getTimestamp("end_time_")), duration == null ? null : duration.longValue());
    }

    private OffsetDateTime at(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().atZone(zone).toOffsetDateTime();
    }

    /**
     * An array, bound as one parameter: a long list of instances is still one short
     * statement.
     */
    private static String[] ids(Collection<String> processInstanceIds) {
        return processInstanceIds.toArray(String[]::new);
    }

    /**
     * A user task as the history keeps it; {@code endedAt} and {@code durationMillis} are
     * null while it is open.
     */
    public record UserTask(String taskKey, String name, OffsetDateTime dueAt, OffsetDateTime endedAt,
            Long durationMillis) {
    }

}
