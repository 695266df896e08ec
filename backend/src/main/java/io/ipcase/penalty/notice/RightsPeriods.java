package io.ipcase.penalty.notice;

import io.ipcase.penalty.PenaltyExecutions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Called as the rights period ends unanswered or waived (counterfeit-penalty,
 * Gateway_RightsPeriodOver): the clocks of the statement and the hearing request stop.
 */
@Component("rightsPeriods")
public class RightsPeriods {

    private final PenaltyNotices notices;

    RightsPeriods(PenaltyNotices notices) {
        this.notices = notices;
    }

    public void over(DelegateExecution execution) {
        notices.rightsOver(PenaltyExecutions.caseOf(execution), PenaltyExecutions.actor(execution));
    }

}
