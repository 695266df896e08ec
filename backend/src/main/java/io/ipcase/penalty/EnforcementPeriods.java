package io.ipcase.penalty;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Called as the reminder task starts (counterfeit-penalty, Task_IssueReminder): the
 * reconsideration and litigation windows have closed unpaid, and the 3 months to apply to the
 * court run from then (Administrative Compulsion Law art. 53).
 */
@Component("enforcementPeriods")
public class EnforcementPeriods {

    private final PenaltyDecisions decisions;

    EnforcementPeriods(PenaltyDecisions decisions) {
        this.decisions = decisions;
    }

    public void windowsClosed(DelegateExecution execution) {
        Date from = (Date) execution.getVariable("enforcementFromAt");
        execution.setVariables(decisions.windowsClosed(PenaltyDelegates.caseOf(execution), from.toInstant(),
            PenaltyDelegates.actor(execution)));
    }
}
