package io.ipcase.inbox.steps;

import java.util.UUID;

import io.ipcase.inbox.InboxTask;
import io.ipcase.security.AppUser;

/** Who completes (or opens) a step, and the task it belongs to. */
public record StepContext(AppUser user, InboxTask task) {

    public UUID caseId() {
        return task.caseId();
    }

    public String username() {
        return user.getUsername();
    }
}
