package io.ipcase.inbox;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.UUID;

import io.ipcase.cases.CaseSummary;
import io.ipcase.cases.Cases;
import io.ipcase.security.CandidateGroups;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code inbox_tasks} in step with the engine's user tasks. The engine publishes every task
 * event synchronously inside its own transaction, so the read model and the engine commit or roll
 * back together and an inbox page is one indexed query, not a lookup per row.
 */
@Component
class InboxReadModel {

    private final JdbcClient jdbc;
    private final Cases cases;
    private final ZoneId zone;

    InboxReadModel(JdbcClient jdbc, Cases cases, ZoneId zone) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.zone = zone;
    }

    @EventListener
    void onTaskEvent(DelegateTask task) {
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> created(task);
            case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE -> updated(task);
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> removed(task);
            default -> {
            }
        }
    }

    private void created(DelegateTask task) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        if (businessKey == null) {
            return;
        }
        UUID caseId = UUID.fromString(businessKey);
        CaseSummary summary = cases.summary(caseId).orElseThrow(() ->
            new IllegalStateException("task " + task.getTaskDefinitionKey() + " for unknown case " + caseId));
        String group = candidateGroup(task);
        jdbc.sql("""
                insert into inbox_tasks (task_id, process_instance_id, case_id, task_key, task_name, form_key,
                    candidate_group, office_id, assignee, created_at, due_at, priority,
                    case_number, case_type, patent_number, requester_name, respondent_name)
                values (:id, :pi, :caseId, :key, :name, :formKey, :group, :office, :assignee, :created, :due,
                    :priority, :number, :type, :patent, :requester, :respondent)""")
            .param("id", task.getId())
            .param("pi", task.getProcessInstanceId())
            .param("caseId", caseId)
            .param("key", task.getTaskDefinitionKey())
            .param("name", task.getName())
            .param("formKey", formKey(task))
            .param("group", group)
            .param("office", group == null ? summary.officeId() : CandidateGroups.officeOf(group))
            .param("assignee", task.getAssignee())
            .param("created", at(task.getCreateTime()))
            .param("due", at(task.getDueDate()))
            .param("priority", task.getPriority())
            .param("number", summary.caseNumber())
            .param("type", summary.caseType().name())
            .param("patent", summary.patentNumber())
            .param("requester", summary.requesterName())
            .param("respondent", summary.respondentName())
            .update();
    }

    private void updated(DelegateTask task) {
        jdbc.sql("""
                update inbox_tasks set assignee = :assignee, due_at = :due, priority = :priority, task_name = :name
                where task_id = :id""")
            .param("assignee", task.getAssignee())
            .param("due", at(task.getDueDate()))
            .param("priority", task.getPriority())
            .param("name", task.getName())
            .param("id", task.getId())
            .update();
    }

    private void removed(DelegateTask task) {
        jdbc.sql("delete from inbox_tasks where task_id = :id").param("id", task.getId()).update();
    }

    private static String candidateGroup(DelegateTask task) {
        return task.getCandidates().stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .map(IdentityLink::getGroupId)
            .findFirst()
            .orElse(null);
    }

    private static String formKey(DelegateTask task) {
        return task.getBpmnModelElementInstance() == null ? null
            : task.getBpmnModelElementInstance().getCamundaFormKey();
    }

    private OffsetDateTime at(Date date) {
        return date == null ? null : date.toInstant().atZone(zone).toOffsetDateTime();
    }
}
