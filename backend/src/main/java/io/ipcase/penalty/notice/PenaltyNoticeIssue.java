package io.ipcase.penalty.notice;

import io.ipcase.penalty.PenaltyExecutions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_IssuePenaltyNotice: the proposed penalty goes out with the party's rights.
 */
@Component("penaltyNoticeIssue")
class PenaltyNoticeIssue implements JavaDelegate {

    private final PenaltyNotices notices;

    PenaltyNoticeIssue(PenaltyNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.issue(PenaltyExecutions.caseOf(execution), PenaltyExecutions.actor(execution));
    }

}
