package io.ipcase.inbox;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseViewSection;
import io.ipcase.security.AppUser;
import org.springframework.stereotype.Component;

/**
 * The case page's open tasks, for the staff who see the case, each with what the viewer may do
 * with it now. Parties see none.
 */
@Component
class OpenTasksSection implements CaseViewSection {

    private final InboxTasks tasks;
    private final TaskActions actions;
    private final Substitutions substitutions;

    OpenTasksSection(InboxTasks tasks, TaskActions actions, Substitutions substitutions) {
        this.tasks = tasks;
        this.actions = actions;
        this.substitutions = substitutions;
    }

    @Override
    public String name() {
        return "openTasks";
    }

    @Override
    public Object contentFor(CaseRecord theCase, AppUser user) {
        if (!user.isStaff()) {
            return List.of();
        }
        InboxViewer viewer = substitutions.viewerOf(user);
        return tasks.openForCase(theCase.id()).stream()
            .map(t -> new OpenTask(t.taskId(), t.taskKey(), t.taskName(), t.assignee(), t.assigneeName(), t.owner(),
                t.ownerName(), t.delegationState(), t.dueAt(), t.formKey(), t.officeId(), actions.allowed(viewer, t)))
            .toList();
    }

    record OpenTask(String taskId, String taskKey, String name, String assignee, String assigneeName, String owner,
                    String ownerName, String delegationState, OffsetDateTime dueAt, String formKey, String officeId,
                    Set<TaskActions.Action> allowedActions) {
    }
}
