package io.ipcase.penalty.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;

import io.ipcase.deadlines.Deadlines;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyExecutions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Called as the reminder task starts (counterfeit-penalty, Task_IssueReminder): the
 * reconsideration and litigation windows have closed unpaid, and the 3 months to apply to
 * the court run from then (Administrative Compulsion Law art. 53).
 */
@Component("enforcementPeriods")
public class EnforcementPeriods {

    private final PenaltyClocks clocks;

    private final Deadlines deadlines;

    EnforcementPeriods(PenaltyClocks clocks, Deadlines deadlines) {
        this.clocks = clocks;
        this.deadlines = deadlines;
    }

    public void windowsClosed(DelegateExecution execution) {
        Instant from = ((Date) execution.getVariable("enforcementFromAt")).toInstant();
        UUID caseId = PenaltyExecutions.caseOf(execution);
        // the court may be asked from the day after the windows close; the 3 months run
        // from it
        LocalDate lastDay = from.minusNanos(1).atZone(deadlines.zone()).toLocalDate();
        execution.setVariable("courtApplicationDueAt",
                clocks.startCourtApplication(caseId, lastDay, PenaltyExecutions.actor(execution)).deadline().dueDate());
    }

}
