package io.ipcase.inbox;

import java.time.OffsetDateTime;
import java.util.List;

import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseViewSection;
import io.ipcase.security.AppUser;
import org.springframework.stereotype.Component;

/** The case page's open tasks, for staff of the case's office. Parties see none. */
@Component
class OpenTasksSection implements CaseViewSection {

    private final InboxTasks tasks;

    OpenTasksSection(InboxTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public String name() {
        return "openTasks";
    }

    @Override
    public Object contentFor(CaseRecord theCase, AppUser viewer) {
        if (!viewer.isStaff()) {
            return List.of();
        }
        return tasks.openForCase(theCase.id()).stream()
            .map(t -> new OpenTask(t.taskId(), t.taskKey(), t.taskName(), t.assignee(), t.dueAt(), t.formKey()))
            .toList();
    }

    record OpenTask(String taskId, String taskKey, String name, String assignee, OffsetDateTime dueAt,
                    String formKey) {
    }
}
