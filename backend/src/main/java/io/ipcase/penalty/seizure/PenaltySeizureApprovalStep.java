package io.ipcase.penalty.seizure;

import java.util.Map;

import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.Approval;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyDocuments;
import io.ipcase.penalty.PenaltyStepLog;

/**
 * Approved, the decision to seal or seize (查封扣押决定书) is made, to be handed over when
 * carried out.
 */
@Step("penalty-seizure-approval")
class PenaltySeizureApprovalStep implements TaskStep<Approval> {

    private final PenaltyStepLog log;

    private final Seizures seizures;

    private final PenaltyDocuments documents;

    PenaltySeizureApprovalStep(PenaltyStepLog log, Seizures seizures, PenaltyDocuments documents) {
        this.log = log;
        this.seizures = seizures;
        this.documents = documents;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Approval values) {
        long id = seizures.forStep(step);
        boolean approved = values.approved();
        seizures.decided(id, approved);
        if (approved) {
            documents.toParty(
                    step.caseId(), PenaltyDocuments.SEIZURE_DECISION, Map.of("seizure", seizures.find(id), "days",
                            PenaltyClocks.SEIZURE_DAYS, "extensionDays", PenaltyClocks.SEIZURE_EXTENSION_DAYS),
                    step.username());
        }
        log.record(step, values.entry());
        return Map.of("seizureApproval", values.outcome().name());
    }

}
