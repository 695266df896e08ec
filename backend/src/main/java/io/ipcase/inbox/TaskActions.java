package io.ipcase.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.ipcase.audit.AuditActions;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.Cases;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import io.ipcase.web.JsonPaths;
import io.ipcase.web.NotFoundException;
import jakarta.validation.Validator;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claiming, releasing and completing tasks. Each action and its audit record commit together;
 * of two people acting on the same task at once, one wins and the other gets a 409.
 */
@Service
public class TaskActions {

    private final InboxTasks tasks;
    private final TaskService taskService;
    private final HistoryService history;
    private final Cases cases;
    private final AuditTrail audit;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final Map<String, TaskForm<?>> forms;

    TaskActions(InboxTasks tasks, TaskService taskService, HistoryService history, Cases cases, AuditTrail audit,
                ObjectMapper mapper, Validator validator, List<TaskForm<?>> forms) {
        this.tasks = tasks;
        this.taskService = taskService;
        this.history = history;
        this.cases = cases;
        this.audit = audit;
        this.mapper = mapper;
        this.validator = validator;
        this.forms = forms.stream().collect(Collectors.toMap(TaskForm::formKey, Function.identity()));
    }

    @Transactional
    public void claim(AppUser user, String taskId) {
        InboxTask task = find(user, taskId);
        if (user.getUsername().equals(task.assignee())) {
            return;
        }
        if (task.assignee() != null) {
            throw new ConflictException("problem.task-claimed-by-other", task.assignee());
        }
        taskService.claim(taskId, user.getUsername());
        audit.record(user.getUsername(), AuditActions.TASK_CLAIMED, task.caseId(), task.taskName());
    }

    @Transactional
    public void unclaim(AppUser user, String taskId) {
        InboxTask task = find(user, taskId);
        if (!user.getUsername().equals(task.assignee())) {
            throw new ConflictException("problem.task-not-yours");
        }
        taskService.setAssignee(taskId, null);
        audit.record(user.getUsername(), AuditActions.TASK_UNCLAIMED, task.caseId(), task.taskName());
    }

    @Transactional
    public void complete(AppUser user, String taskId, JsonNode values) {
        InboxTask task = find(user, taskId);
        if (!user.getUsername().equals(task.assignee())) {
            throw task.assignee() == null
                ? new ConflictException("problem.task-not-claimed")
                : new ConflictException("problem.task-claimed-by-other", task.assignee());
        }
        TaskForm<?> form = forms.get(task.formKey());
        if (form == null) {
            throw new IllegalStateException("no form serves task " + task.taskKey() + " (" + task.formKey() + ")");
        }
        taskService.complete(taskId, submit(form, user, task, values));
    }

    private <T> Map<String, Object> submit(TaskForm<T> form, AppUser user, InboxTask task, JsonNode json) {
        T values = read(json, form.valuesType());
        List<Violation> violations = new ArrayList<>();
        validator.validate(values).forEach(v ->
            violations.add(Violation.resolved(v.getPropertyPath().toString(), v.getMessage())));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return form.submit(user, task, values);
    }

    private <T> T read(JsonNode json, Class<T> type) {
        try {
            return mapper.treeToValue(json == null ? mapper.createObjectNode() : json, type);
        } catch (MismatchedInputException e) {
            throw InvalidInputException.of(JsonPaths.of(e), "field.invalid-value");
        } catch (JsonProcessingException e) {
            throw InvalidInputException.of("body", "field.invalid-value");
        }
    }

    /**
     * The open task, if this user may see it. A task of a case they may see that was completed a
     * moment ago answers 409, so the second of two people gets told, not a puzzling 404.
     */
    private InboxTask find(AppUser user, String taskId) {
        return tasks.visible(user, taskId).orElseThrow(() -> {
            HistoricTaskInstance done = history.createHistoricTaskInstanceQuery()
                .taskId(taskId).finished().singleResult();
            boolean ofVisibleCase = done != null && history.createHistoricProcessInstanceQuery()
                .processInstanceId(done.getProcessInstanceId()).list().stream()
                .anyMatch(pi -> pi.getBusinessKey() != null
                    && cases.find(user, UUID.fromString(pi.getBusinessKey())).isPresent());
            return ofVisibleCase ? new ConflictException("problem.task-already-completed")
                : new NotFoundException("task");
        });
    }
}
