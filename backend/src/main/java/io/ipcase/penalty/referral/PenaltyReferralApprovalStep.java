package io.ipcase.penalty.referral;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.Approval;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyDocuments;
import io.ipcase.penalty.PenaltyStepLog;

/**
 * The head decides the referral within 3 days of the report (State Council regulation on
 * referring suspected crimes, art. 5); approved, the referral (移送书) is written, to go to
 * the police within 24 hours (art. 6, 8).
 */
@Step("penalty-referral-approval")
class PenaltyReferralApprovalStep implements TaskStep<Approval> {

    private final PenaltyStepLog log;

    private final PenaltyClocks clocks;

    private final PenaltyDocuments documents;

    private final Clock clock;

    PenaltyReferralApprovalStep(PenaltyStepLog log, PenaltyClocks clocks, PenaltyDocuments documents, Clock clock) {
        this.log = log;
        this.clocks = clocks;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Approval values) {
        clocks.stopIfRunning(step.caseId(), PenaltyClocks.REFERRAL_APPROVAL, step.username());
        Map<String, Object> vars = new HashMap<>();
        vars.put("referralApproval", values.outcome().name());
        if (!values.approved()) {
            vars.put("policeOutcome", "REFERRAL_REFUSED");
        }
        else {
            documents.toAuthority(step.caseId(), PenaltyDocuments.POLICE_REFERRAL, "公安机关", Map.of(), step.username());
            vars.put("policeTransferDueAt",
                    clocks.startPoliceTransfer(step.caseId(), clock.instant(), step.username()).deadline().dueDate());
        }
        log.record(step, values.entry());
        return vars;
    }

}
