package io.ipcase.inbox;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.ipcase.cases.CaseSummary;
import io.ipcase.cases.Cases;
import io.ipcase.engine.ProcessInstanceMigrated;
import io.ipcase.security.CandidateGroups;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code inbox_tasks} in step with the engine's user tasks. The engine publishes
 * every task event synchronously inside its own transaction, so the read model and the
 * engine commit or roll back together and an inbox page is one indexed query, not a
 * lookup per row.
 *
 * <p>
 * A task's first candidate group is its pool ({@code candidate_group}); candidate users
 * (the members of a panel) and any further groups go to {@code inbox_task_candidates}.
 * Adding or removing a candidate through the TaskService fires the engine's update event,
 * which re-reads them.
 */
@Component
class InboxReadModel {

    private final JdbcClient jdbc;

    private final Cases cases;

    private final TaskService tasks;

    private final ZoneId zone;

    private final Map<String, String> processKeys = new ConcurrentHashMap<>();

    InboxReadModel(JdbcClient jdbc, Cases cases, TaskService tasks, ZoneId zone) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.tasks = tasks;
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

    /**
     * A migration moves open tasks to the new version's activities without a task event:
     * a task whose step a model change renamed takes the new step's key and form.
     */
    @EventListener
    void onMigrated(ProcessInstanceMigrated migrated) {
        List<Task> open = tasks.createTaskQuery()
            .processInstanceId(migrated.processInstanceId())
            .initializeFormKeys()
            .list();
        for (Task task : open) {
            jdbc.sql("update inbox_tasks set task_key = :key, form_key = :form where task_id = :id")
                .param("key", task.getTaskDefinitionKey())
                .param("form", task.getFormKey())
                .param("id", task.getId())
                .update();
        }
    }

    private void created(DelegateTask task) {
        String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        if (businessKey == null) {
            return;
        }
        UUID caseId = UUID.fromString(businessKey);
        CaseSummary summary = cases.summary(caseId)
            .orElseThrow(() -> new IllegalStateException(
                    "task " + task.getTaskDefinitionKey() + " for unknown case " + caseId));
        List<String> groups = candidateGroups(task);
        String pool = groups.isEmpty() ? null : groups.get(0);
        jdbc.sql(
                """
                        insert into inbox_tasks (task_id, process_instance_id, case_id, process_key, task_key, task_name,
                            form_key, candidate_group, office_id, assignee, owner, delegation_state, created_at, due_at,
                            priority, case_number, case_type, patent_number, requester_name, respondent_name, search_text)
                        values (:id, :pi, :caseId, :processKey, :key, :name, :formKey, :group, :office, :assignee, :owner,
                            :delegation, :created, :due, :priority, :number, :type, :patent, :requester, :respondent, :search)""")
            .param("id", task.getId())
            .param("pi", task.getProcessInstanceId())
            .param("caseId", caseId)
            .param("processKey", processKey(task))
            .param("key", task.getTaskDefinitionKey())
            .param("name", task.getName())
            .param("formKey", formKey(task))
            .param("group", pool)
            .param("office",
                    pool == null || CandidateGroups.officeOf(pool) == null ? summary.officeId()
                            : CandidateGroups.officeOf(pool))
            .param("assignee", task.getAssignee())
            .param("owner", task.getOwner())
            .param("delegation", delegationState(task))
            .param("created", at(task.getCreateTime()))
            .param("due", at(task.getDueDate()))
            .param("priority", task.getPriority())
            .param("number", summary.caseNumber())
            .param("type", summary.caseType().name())
            .param("patent", summary.patentNumber())
            .param("requester", summary.requesterName())
            .param("respondent", summary.respondentName())
            .param("search", searchText(summary))
            .update();
        insertCandidates(task.getId(), groups.stream().skip(1).toList(), candidateUsers(task));
    }

    private void updated(DelegateTask task) {
        int rows = jdbc.sql("""
                update inbox_tasks set assignee = :assignee, owner = :owner, delegation_state = :delegation,
                    due_at = :due, priority = :priority, task_name = :name
                where task_id = :id""")
            .param("assignee", task.getAssignee())
            .param("owner", task.getOwner())
            .param("delegation", delegationState(task))
            .param("due", at(task.getDueDate()))
            .param("priority", task.getPriority())
            .param("name", task.getName())
            .param("id", task.getId())
            .update();
        if (rows > 0 && TaskListener.EVENTNAME_UPDATE.equals(task.getEventName())) {
            String pool = jdbc.sql("select candidate_group from inbox_tasks where task_id = :id")
                .param("id", task.getId())
                .query(String.class)
                .optional()
                .orElse(null);
            jdbc.sql("delete from inbox_task_candidates where task_id = :id").param("id", task.getId()).update();
            insertCandidates(task.getId(), candidateGroups(task).stream().filter(g -> !g.equals(pool)).toList(),
                    candidateUsers(task));
        }
    }

    private void removed(DelegateTask task) {
        jdbc.sql("delete from inbox_tasks where task_id = :id").param("id", task.getId()).update();
    }

    private void insertCandidates(String taskId, List<String> groups, List<String> users) {
        for (String group : groups) {
            jdbc.sql("insert into inbox_task_candidates (task_id, group_id) values (:task, :group)")
                .param("task", taskId)
                .param("group", group)
                .update();
        }
        for (String user : users) {
            jdbc.sql("insert into inbox_task_candidates (task_id, user_id) values (:task, :user)")
                .param("task", taskId)
                .param("user", user)
                .update();
        }
    }

    /**
     * What search looks in: case number, patent number and the parties' names,
     * lower-cased.
     */
    static String searchText(CaseSummary summary) {
        return Stream
            .of(summary.caseNumber(), summary.patentNumber(), summary.requesterName(), summary.respondentName())
            .filter(Objects::nonNull)
            .collect(Collectors.joining(" "))
            .toLowerCase(Locale.ROOT);
    }

    /**
     * The engine hands over its task entity, which knows whether the task is out on
     * delegation.
     */
    private static String delegationState(DelegateTask task) {
        return task instanceof Task t && t.getDelegationState() != null ? t.getDelegationState().name() : null;
    }

    private static List<String> candidateGroups(DelegateTask task) {
        return liveCandidates(task).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .map(IdentityLink::getGroupId)
            .distinct()
            .sorted() // the same pool whatever order the engine lists them in
            .toList();
    }

    private static List<String> candidateUsers(DelegateTask task) {
        return liveCandidates(task).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
            .map(IdentityLink::getUserId)
            .distinct()
            .toList();
    }

    /**
     * The task's candidates without those removed in the running command: the engine's
     * task keeps a removed link in its list until the command ends, and fires the update
     * event before that.
     */
    private static List<IdentityLink> liveCandidates(DelegateTask task) {
        CommandContext command = Context.getCommandContext();
        return task.getCandidates()
            .stream()
            .filter(link -> command == null || !(link instanceof DbEntity entity)
                    || !command.getDbEntityManager().isDeleted(entity))
            .toList();
    }

    private String processKey(DelegateTask task) {
        return processKeys.computeIfAbsent(task.getProcessDefinitionId(),
                id -> task.getProcessEngineServices().getRepositoryService().getProcessDefinition(id).getKey());
    }

    private static String formKey(DelegateTask task) {
        return task.getBpmnModelElementInstance() == null ? null
                : task.getBpmnModelElementInstance().getCamundaFormKey();
    }

    private OffsetDateTime at(Date date) {
        return date == null ? null : date.toInstant().atZone(zone).toOffsetDateTime();
    }

}
