package io.ipcase.penalty.decision;

import java.util.Map;

import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.DatedReference;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyStepLog;

/**
 * A revoked decision withdrawn from publication within 3 working days (Admin. Penalty Law
 * art. 48 ¶2).
 */
@Step("penalty-publication-withdrawal")
class PenaltyPublicationWithdrawalStep implements TaskStep<DatedReference> {

    private final PenaltyStepLog log;

    private final PenaltyClocks clocks;

    PenaltyPublicationWithdrawalStep(PenaltyStepLog log, PenaltyClocks clocks) {
        this.log = log;
        this.clocks = clocks;
    }

    @Override
    public Map<String, Object> complete(StepContext step, DatedReference values) {
        clocks.stopIfRunning(step.caseId(), PenaltyClocks.PUBLICATION_WITHDRAWAL, step.username());
        log.record(step, values.entry());
        return Map.of();
    }

}
