package io.ipcase.penalty.filing;

import java.util.Date;
import java.util.Set;

import io.ipcase.deadlines.ClockChanged;
import io.ipcase.deadlines.ClockState;
import io.ipcase.penalty.PenaltyCase;
import io.ipcase.penalty.PenaltyCases;
import io.ipcase.penalty.PenaltyClocks;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the tasks due within the case period in step with its clock: an extension or an
 * excluded period moves the due dates of the open ones, and of those still to come
 * (casePeriodDueAt).
 */
@Component("penaltyCasePeriodListener")
class CasePeriodListener {

    /** The tasks of counterfeit-penalty whose due date is the end of the case period. */
    static final Set<String> CASE_PERIOD_TASKS = Set.of("Task_Investigate", "Task_ApproveCasePeriodExtension",
            "Task_ProposePenalty", "Task_ServePenaltyNotice", "Task_ReviewStatement", "Task_LegalReview",
            "Task_CollectiveDiscussion", "Task_ApproveDecision");

    private final PenaltyCases cases;

    private final RuntimeService runtime;

    private final TaskService tasks;

    CasePeriodListener(PenaltyCases cases, RuntimeService runtime, TaskService tasks) {
        this.cases = cases;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    @EventListener
    void onClockChanged(ClockChanged changed) {
        if (!PenaltyClocks.CASE_PERIOD.equals(changed.key()) || changed.clock().state() == ClockState.STOPPED) {
            return;
        }
        cases.find(changed.caseId())
            .map(PenaltyCase::processInstanceId)
            .filter(pi -> runtime.createProcessInstanceQuery().processInstanceId(pi).count() > 0)
            .ifPresent(pi -> {
                Date due = changed.clock().deadline().dueDate();
                runtime.setVariable(pi, "casePeriodDueAt", due);
                for (Task task : tasks.createTaskQuery().processInstanceId(pi).list()) {
                    if (CASE_PERIOD_TASKS.contains(task.getTaskDefinitionKey()) && !due.equals(task.getDueDate())) {
                        task.setDueDate(due);
                        tasks.saveTask(task);
                    }
                }
            });
    }

}
