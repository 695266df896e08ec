package io.ipcase.engine;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import io.ipcase.web.ConflictException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The adjudication's side of the engine: tells a case's model what happened (a message
 * with the dates it needs), asks whether the model waits for something, and moves the due
 * dates of open tasks. The case id is every instance's business key, the called models'
 * included.
 */
@Component
public class Procedure {

    /** Who acts when no person does: a timer, or the engine on its own. */
    public static final String SYSTEM = "system";

    private final RuntimeService runtime;

    private final TaskService tasks;

    private final ManagementService management;

    Procedure(RuntimeService runtime, TaskService tasks, ManagementService management) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
    }

    /** Whether the case's procedure waits, now, for this message. */
    public boolean awaits(UUID caseId, String message) {
        return runtime.createExecutionQuery()
            .processInstanceBusinessKey(caseId.toString())
            .messageEventSubscriptionName(message)
            .count() > 0;
    }

    /**
     * Tells the case's procedure that something happened. A case that is not at a step
     * where it can happen answers 409 with the given message key, and nothing is written.
     */
    public void tell(UUID caseId, String message, Map<String, Object> variables, String notNowKey) {
        if (!awaits(caseId, message)) {
            throw new ConflictException(notNowKey);
        }
        runtime.createMessageCorrelation(message)
            .processInstanceBusinessKey(caseId.toString())
            .setVariables(variables)
            .correlate();
    }

    /**
     * Tells whichever part of the procedure listens, if any (a clock's change of dates).
     */
    public void tellIfWaiting(UUID caseId, String message, Map<String, Object> variables) {
        runtime.createMessageCorrelation(message)
            .processInstanceBusinessKey(caseId.toString())
            .setVariables(variables)
            .correlateAll();
    }

    /** Sets variables on the case's main process instance, where the models read them. */
    public void set(String processInstanceId, Map<String, Object> variables) {
        runtime.setVariables(processInstanceId, variables);
    }

    public List<Task> openTasks(UUID caseId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseId.toString()).list();
    }

    /** Moves the due date of the case's open tasks that fall due on {@code from}. */
    public void moveDueDates(UUID caseId, Date from, Date to) {
        if (from == null || to == null || from.equals(to)) {
            return;
        }
        for (Task task : openTasks(caseId)) {
            if (from.equals(task.getDueDate())) {
                task.setDueDate(to);
                tasks.saveTask(task);
            }
        }
    }

    /**
     * Moves every date the case's instances hold from a date that changed to its new one
     * (the called models' included): date variables ({@code <name>ExpiresAt} that timers
     * read when they start), the due dates of waiting timer jobs, and of open tasks. A
     * timer already waiting fires on its new date; one still to come reads the new
     * variable.
     * @param moves old date to new date
     * @return how many timers moved
     */
    public int moveDates(UUID caseId, Map<Date, Date> moves) {
        Map<Long, Date> by = new HashMap<>();
        moves.forEach((from, to) -> {
            if (from != null && to != null && from.getTime() != to.getTime()) {
                by.put(from.getTime(), to);
            }
        });
        if (by.isEmpty()) {
            return 0;
        }
        String[] instances = runtime.createProcessInstanceQuery()
            .processInstanceBusinessKey(caseId.toString())
            .list()
            .stream()
            .map(ProcessInstance::getId)
            .toArray(String[]::new);
        if (instances.length == 0) {
            return 0;
        }
        for (VariableInstance v : runtime.createVariableInstanceQuery().processInstanceIdIn(instances).list()) {
            if (v.getValue() instanceof Date d && by.containsKey(d.getTime())) {
                if (v.getTaskId() != null) {
                    tasks.setVariableLocal(v.getTaskId(), v.getName(), by.get(d.getTime()));
                }
                else {
                    runtime.setVariableLocal(v.getExecutionId(), v.getName(), by.get(d.getTime()));
                }
            }
        }
        int timers = 0;
        for (String instance : instances) {
            for (Job job : management.createJobQuery().processInstanceId(instance).timers().list()) {
                Date to = job.getDuedate() == null ? null : by.get(job.getDuedate().getTime());
                if (to != null) {
                    management.setJobDuedate(job.getId(), to);
                    timers++;
                }
            }
        }
        for (Task task : openTasks(caseId)) {
            Date to = task.getDueDate() == null ? null : by.get(task.getDueDate().getTime());
            if (to != null) {
                task.setDueDate(to);
                tasks.saveTask(task);
            }
        }
        return timers;
    }

    /**
     * Who acts in a service task: the person whose request moved the engine, or "system"
     * for a timer.
     */
    public static String actor(DelegateExecution execution) {
        Authentication who = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return who == null ? SYSTEM : who.getUserId();
    }

}
