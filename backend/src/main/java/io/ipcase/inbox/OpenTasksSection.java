package io.ipcase.inbox;

import java.util.List;

import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseViewSection;
import io.ipcase.security.AppUser;
import org.springframework.stereotype.Component;

/**
 * The case page's open tasks, for the staff who see the case, each as it stands with what
 * the viewer may do with it now (the {@link TaskActions.TaskState} the inbox answers for
 * one task). Parties see none.
 */
@Component
class OpenTasksSection implements CaseViewSection<List<TaskActions.TaskState>> {

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
    public List<TaskActions.TaskState> contentFor(CaseRecord theCase, AppUser user) {
        if (!user.isStaff()) {
            return List.of();
        }
        InboxViewer viewer = substitutions.viewerOf(user);
        return tasks.openForCase(theCase.id()).stream().map(t -> actions.stateOf(viewer, t)).toList();
    }

}
