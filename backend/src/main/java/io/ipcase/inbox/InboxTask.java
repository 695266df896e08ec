package io.ipcase.inbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An open task as the inbox lists it: the task and the case fields an officer scans for. */
public record InboxTask(String taskId, String taskKey, String taskName, String formKey, UUID caseId,
                        String caseNumber, String caseType, String patentNumber, String requesterName,
                        String respondentName, OffsetDateTime createdAt, OffsetDateTime dueAt, String assignee,
                        String officeId, String candidateGroup, String processInstanceId) {
}
