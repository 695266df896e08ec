package io.ipcase.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.task.DelegationState;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

/**
 * An open task as the inbox lists it: the task and the case fields an officer scans for.
 * While a task is delegated (委派), {@code owner} keeps it and {@code assignee} works it.
 */
@NullMarked
public record InboxTask(String taskId, String taskKey, String taskName, @Nullable String formKey, String processKey,
        UUID caseId, String caseNumber, String caseType, @Nullable String patentNumber, @Nullable String requesterName,
        @Nullable String respondentName, OffsetDateTime createdAt, @Nullable OffsetDateTime dueAt, int priority,
        @Nullable String assignee, @Nullable String assigneeName, @Nullable String owner, @Nullable String ownerName,
        @Nullable DelegationState delegationState, String officeId, @Nullable String candidateGroup,
        String processInstanceId) {

    /**
     * Reads a row of {@code inbox_tasks} by column name, without the holders' names (see
     * {@link #withNames}). Spring's record mapper first asks for each camel-case name,
     * and the driver answers every miss with an exception and a translated message:
     * nineteen a row made a page of 50 cost more than its query.
     */
    static final RowMapper<InboxTask> ROWS = InboxTask::of;

    private static InboxTask of(ResultSet rs, int row) throws SQLException {
        return new InboxTask(rs.getString("task_id"), rs.getString("task_key"), rs.getString("task_name"),
                rs.getString("form_key"), rs.getString("process_key"), rs.getObject("case_id", UUID.class),
                rs.getString("case_number"), rs.getString("case_type"), rs.getString("patent_number"),
                rs.getString("requester_name"), rs.getString("respondent_name"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("due_at", OffsetDateTime.class),
                rs.getInt("priority"), rs.getString("assignee"), null, rs.getString("owner"), null,
                rs.getString("delegation_state") == null ? null
                        : DelegationState.valueOf(rs.getString("delegation_state")),
                rs.getString("office_id"), rs.getString("candidate_group"), rs.getString("process_instance_id"));
    }

    /**
     * The task with the display names of who works it and who owns it, from the names
     * given by username.
     */
    InboxTask withNames(Map<String, String> names) {
        return new InboxTask(taskId, taskKey, taskName, formKey, processKey, caseId, caseNumber, caseType, patentNumber,
                requesterName, respondentName, createdAt, dueAt, priority, assignee, nameOf(assignee, names), owner,
                nameOf(owner, names), delegationState, officeId, candidateGroup, processInstanceId);
    }

    private static String nameOf(String username, Map<String, String> names) {
        return username == null ? null : names.get(username);
    }

    /** Delegated and not yet handed back to its owner. */
    public boolean delegationPending() {
        return delegationState == DelegationState.PENDING;
    }
}
