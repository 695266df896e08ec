package io.ipcase.inbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An open task as the inbox lists it: the task and the case fields an officer scans for. While a
 * task is delegated (委派), {@code owner} keeps it and {@code assignee} works it.
 */
public record InboxTask(String taskId, String taskKey, String taskName, String formKey, String processKey,
                        UUID caseId, String caseNumber, String caseType, String patentNumber, String requesterName,
                        String respondentName, OffsetDateTime createdAt, OffsetDateTime dueAt, int priority,
                        String assignee, String assigneeName, String owner, String ownerName,
                        String delegationState, String officeId, String candidateGroup, String processInstanceId) {

    /** Delegated and not yet handed back to its owner. */
    public boolean delegationPending() {
        return "PENDING".equals(delegationState);
    }
}
