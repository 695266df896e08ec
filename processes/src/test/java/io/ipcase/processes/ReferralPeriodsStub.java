package io.ipcase.processes;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Stands in for the backend's bean that starts the referral's approval clock when the
 * written report is made: it hands the model the due date the backend would compute.
 */
public class ReferralPeriodsStub {

    private final Date approvalDue;

    public ReferralPeriodsStub(Date approvalDue) {
        this.approvalDue = approvalDue;
    }

    public void reportMade(DelegateExecution execution) {
        execution.setVariable("referralApprovalDueAt", approvalDue);
    }

}
