package io.ipcase.inbox;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.audit.AuditActions;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.Cases;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.StepDescription;
import io.ipcase.inbox.steps.StepForms;
import io.ipcase.security.AppUser;
import io.ipcase.security.StaffDirectory;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.NotFoundException;
import io.ipcase.web.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do with tasks: claim, release, complete, delegate (委派: the delegate works
 * it and hands it back, the owner finishes it), transfer (转办: it becomes the
 * colleague's), and for supervisors claim and reassign in bulk. Each action and its audit
 * record commit together; of two people acting on the same task at once, one wins and the
 * other gets a 409.
 */
@Service
public class TaskActions {

    public enum Action {

        CLAIM, UNCLAIM, COMPLETE, DELEGATE, RETURN, TRANSFER, REASSIGN

    }

    private final InboxTasks tasks;

    private final StaffDirectory staff;

    private final TaskService taskService;

    private final HistoryService history;

    private final Cases cases;

    private final AuditTrail audit;

    private final Validation validation;

    private final ZoneId zone;

    private final StepForms steps;

    TaskActions(InboxTasks tasks, StaffDirectory staff, TaskService taskService, HistoryService history, Cases cases,
            AuditTrail audit, Validation validation, ZoneId zone, StepForms steps) {
        this.tasks = tasks;
        this.staff = staff;
        this.taskService = taskService;
        this.history = history;
        this.cases = cases;
        this.audit = audit;
        this.validation = validation;
        this.zone = zone;
        this.steps = steps;
    }

    /** What this viewer may do with the task now; the actions below enforce the same. */
    public Set<Action> allowed(InboxViewer viewer, InboxTask task) {
        Set<Action> allowed = EnumSet.noneOf(Action.class);
        if (task.assignee() == null && tasks.offeredTo(task, viewer.username(), viewer.groups())) {
            allowed.add(Action.CLAIM);
        }
        if (viewer.actsFor(task.assignee())) {
            if (task.delegationPending()) {
                allowed.add(Action.RETURN);
            }
            else {
                allowed.addAll(List.of(Action.UNCLAIM, Action.COMPLETE, Action.DELEGATE, Action.TRANSFER));
            }
        }
        if (viewer.supervises(task.officeId())) {
            allowed.add(Action.REASSIGN);
        }
        return allowed;
    }

    @Transactional
    public void claim(InboxViewer viewer, String taskId) {
        InboxTask task = find(viewer, taskId);
        if (viewer.username().equals(task.assignee())) {
            return;
        }
        claimOne(viewer, task);
    }

    @Transactional
    public void unclaim(InboxViewer viewer, String taskId) {
        InboxTask task = find(viewer, taskId);
        requireHolder(viewer, task);
        taskService.setAssignee(taskId, null);
        audit.record(viewer.username(), AuditActions.TASK_UNCLAIMED, task.caseId(), task.taskName());
    }

    @Transactional
    public void complete(InboxViewer viewer, String taskId, JsonNode values) {
        InboxTask task = find(viewer, taskId);
        requireHolder(viewer, task);
        taskService.complete(taskId, steps.complete(new StepContext(viewer.user(), task), values));
    }

    /**
     * What the task's form shows; the form of whoever may see the task, though only its
     * holder completes it.
     */
    @Transactional(readOnly = true)
    public StepDescription form(InboxViewer viewer, String taskId) {
        InboxTask task = tasks.visible(viewer, taskId).orElseThrow(() -> new NotFoundException("task"));
        if (!steps.serves(task.formKey())) {
            throw new NotFoundException("task");
        }
        return steps.describe(new StepContext(viewer.user(), task));
    }

    /**
     * 委派: the colleague works the task and hands it back; it stays the owner's to finish.
     */
    @Transactional
    public void delegate(InboxViewer viewer, String taskId, HandOver handOver) {
        InboxTask task = find(viewer, taskId);
        requireHolder(viewer, task);
        AppUser to = eligible(task, handOver.assignee());
        taskService.delegateTask(taskId, to.getUsername());
        record(viewer, AuditActions.TASK_DELEGATED, task, to, handOver.reason());
    }

    /** The delegate hands a delegated task back to its owner. */
    @Transactional
    public void returnToOwner(InboxViewer viewer, String taskId, String note) {
        InboxTask task = find(viewer, taskId);
        if (!viewer.actsFor(task.assignee()) || !task.delegationPending()) {
            throw conflictFor(viewer, task);
        }
        if (note != null && note.length() > 500) {
            throw InvalidInputException.of("note", "field.too-long");
        }
        taskService.resolveTask(taskId);
        AppUser owner = staff.find(task.owner()).orElse(null);
        Map<String, Object> details = details(task, task.owner(), owner == null ? task.owner() : owner.displayName(),
                note);
        audit.recordWithDetails(viewer.username(), AuditActions.TASK_RETURNED, task.caseId(), details);
    }

    /** 转办: the task becomes the colleague's, with the reason on the record. */
    @Transactional
    public void transfer(InboxViewer viewer, String taskId, HandOver handOver) {
        InboxTask task = find(viewer, taskId);
        requireHolder(viewer, task);
        AppUser to = eligible(task, handOver.assignee());
        taskService.setAssignee(taskId, to.getUsername());
        record(viewer, AuditActions.TASK_TRANSFERRED, task, to, handOver.reason());
    }

    /** A supervisor claims several unclaimed tasks at once; all of them or none. */
    @Transactional
    public void claimAll(InboxViewer viewer, List<String> taskIds) {
        requireSupervisor(viewer);
        for (String taskId : distinct(taskIds)) {
            InboxTask task = find(viewer, taskId);
            if (!viewer.username().equals(task.assignee())) {
                claimOne(viewer, task);
            }
        }
    }

    /**
     * A supervisor of the tasks' office (or the office above it) hands several tasks to
     * one colleague, whoever has them now; a delegation in progress ends. All of them or
     * none.
     */
    @Transactional
    public void reassignAll(InboxViewer viewer, List<String> taskIds, HandOver handOver) {
        requireSupervisor(viewer);
        validation.check(handOver);
        for (String taskId : distinct(taskIds)) {
            InboxTask task = find(viewer, taskId);
            if (!viewer.supervises(task.officeId())) {
                throw new AccessDeniedException("not a supervisor of office " + task.officeId());
            }
            AppUser to = eligible(task, handOver.assignee());
            if (task.delegationPending()) {
                taskService.resolveTask(taskId);
            }
            if (task.owner() != null) {
                taskService.deleteUserIdentityLink(taskId, task.owner(), IdentityLinkType.OWNER);
            }
            taskService.setAssignee(taskId, to.getUsername());
            record(viewer, AuditActions.TASK_REASSIGNED, task, to, handOver.reason());
        }
    }

    /**
     * The task as it stands now, for the body of a 409: still open (with whoever has it),
     * or finished (by whom, when); null when the viewer may not know.
     */
    public @Nullable TaskState freshState(InboxViewer viewer, String taskId) {
        return tasks.visible(viewer, taskId).map(t -> stateOf(viewer, t)).orElseGet(() -> {
            HistoricTaskInstance done = finishedOfVisibleCase(viewer, taskId);
            if (done == null) {
                return null;
            }
            String by = done.getAssignee();
            String byName = staff.find(by).map(AppUser::displayName).orElse(by);
            TaskState.Status status = "COMPLETED".equalsIgnoreCase(done.getDeleteReason()) ? TaskState.Status.COMPLETED
                    : TaskState.Status.CLOSED;
            return new TaskState(taskId, done.getTaskDefinitionKey(), status, done.getName(), by, byName,
                    done.getOwner(), null, null,
                    done.getDueDate() == null ? null : done.getDueDate().toInstant().atZone(zone).toOffsetDateTime(),
                    done.getEndTime().toInstant().atZone(zone).toOffsetDateTime(), by, Set.of(), null, null, null);
        });
    }

    /** An open task as it stands, with what the viewer may do with it now. */
    public TaskState stateOf(InboxViewer viewer, InboxTask t) {
        return new TaskState(t.taskId(), t.taskKey(), TaskState.Status.OPEN, t.taskName(), t.assignee(),
                t.assigneeName(), t.owner(), t.ownerName(), t.delegationState(), t.dueAt(), null, null,
                allowed(viewer, t), t.formKey(), t.officeId(), t.caseId());
    }

    private void claimOne(InboxViewer viewer, InboxTask task) {
        if (task.assignee() != null) {
            throw new ConflictException("problem.task-claimed-by-other", nameOf(task));
        }
        if (!tasks.offeredTo(task, viewer.username(), viewer.groups())) {
            throw new AccessDeniedException("task " + task.taskId() + " is not offered to " + viewer.username());
        }
        taskService.claim(task.taskId(), viewer.username());
        audit.record(viewer.username(), AuditActions.TASK_CLAIMED, task.caseId(), task.taskName());
    }

    /**
     * Whoever has the task (or stands in for them today), and not while it is out on
     * delegation.
     */
    private void requireHolder(InboxViewer viewer, InboxTask task) {
        if (!viewer.actsFor(task.assignee()) || task.delegationPending()) {
            throw conflictFor(viewer, task);
        }
    }

    private ConflictException conflictFor(InboxViewer viewer, InboxTask task) {
        if (task.assignee() == null) {
            return new ConflictException("problem.task-not-claimed");
        }
        if (task.delegationPending() && viewer.actsFor(task.owner())) {
            return new ConflictException("inbox.problem.delegated-to", nameOf(task));
        }
        if (task.delegationPending() && viewer.actsFor(task.assignee())) {
            return new ConflictException("inbox.problem.return-first");
        }
        if (!viewer.actsFor(task.assignee())) {
            return new ConflictException("problem.task-claimed-by-other", nameOf(task));
        }
        return new ConflictException("inbox.problem.not-delegated");
    }

    /**
     * A colleague the task may go to: staff offered it by group or by name, not its
     * holder.
     */
    private AppUser eligible(InboxTask task, String username) {
        AppUser to = staff.find(username).orElse(null);
        if (to == null || !tasks.offeredTo(task, to.getUsername(), to.candidateGroups())) {
            throw InvalidInputException.of("assignee", "inbox.assignee.not-eligible");
        }
        if (to.getUsername().equals(task.assignee())) {
            throw InvalidInputException.of("assignee", "inbox.assignee.already-has-it");
        }
        return to;
    }

    private static void requireSupervisor(InboxViewer viewer) {
        if (!viewer.isSupervisor()) {
            throw new AccessDeniedException("bulk actions are for supervisors");
        }
    }

    private static List<String> distinct(List<String> taskIds) {
        if (taskIds == null || taskIds.isEmpty() || taskIds.contains(null)) {
            throw InvalidInputException.of("taskIds", "inbox.task-ids.required");
        }
        if (taskIds.size() > 200) {
            throw InvalidInputException.of("taskIds", "inbox.task-ids.too-many", 200);
        }
        return List.copyOf(new LinkedHashSet<>(taskIds));
    }

    private void record(InboxViewer viewer, String action, InboxTask task, AppUser to, String reason) {
        audit.recordWithDetails(viewer.username(), action, task.caseId(),
                details(task, to.getUsername(), to.displayName(), reason));
    }

    private static Map<String, Object> details(InboxTask task, String to, String toName, String reason) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("task", task.taskName());
        details.put("to", to);
        details.put("toName", toName);
        if (reason != null && !reason.isBlank()) {
            details.put("reason", reason.strip());
        }
        return details;
    }

    private static String nameOf(InboxTask task) {
        return task.assigneeName() == null ? task.assignee() : task.assigneeName();
    }

    /**
     * The open task, if this viewer may see it. A task of a case they may see that was
     * completed a moment ago answers 409, so the second of two people gets told, not a
     * puzzling 404.
     */
    private InboxTask find(InboxViewer viewer, String taskId) {
        // Whoever acts on a task first holds its row until they commit; the next one then
        // reads
        // the task as they left it (or finds it gone) instead of acting on what it was.
        tasks.lock(taskId);
        return tasks.visible(viewer, taskId)
            .orElseThrow(() -> finishedOfVisibleCase(viewer, taskId) != null
                    ? new ConflictException("problem.task-already-completed") : new NotFoundException("task"));
    }

    private HistoricTaskInstance finishedOfVisibleCase(InboxViewer viewer, String taskId) {
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
        boolean ofVisibleCase = done != null && history.createHistoricProcessInstanceQuery()
            .processInstanceId(done.getProcessInstanceId())
            .list()
            .stream()
            .anyMatch(pi -> pi.getBusinessKey() != null
                    && cases.find(viewer.user(), UUID.fromString(pi.getBusinessKey())).isPresent());
        return ofVisibleCase ? done : null;
    }

    /** A hand-over to a colleague, with the reason that goes on the case's record. */
    @NullMarked
    public record HandOver(@NotBlank(message = "{inbox.assignee.required}") String assignee,
            @NotBlank(message = "{inbox.reason.required}") @Size(max = 500,
                    message = "{field.too-long}") String reason) {
    }

    /**
     * A task as it stands now: open with its holder and what the viewer may do with it,
     * or finished by whom and when. While it is delegated (委派), {@code owner} keeps it
     * and {@code assignee} works it.
     */
    @NullMarked
    public record TaskState(String taskId, String taskKey, Status status, String name, @Nullable String assignee,
            @Nullable String assigneeName, @Nullable String owner, @Nullable String ownerName,
            @Nullable DelegationState delegationState, @Nullable OffsetDateTime dueAt,
            @Nullable OffsetDateTime completedAt, @Nullable String completedBy, Set<Action> allowedActions,
            @Nullable String formKey, @Nullable String officeId, @Nullable UUID caseId) {

        public enum Status {

            OPEN, COMPLETED, CLOSED

        }
    }

}
