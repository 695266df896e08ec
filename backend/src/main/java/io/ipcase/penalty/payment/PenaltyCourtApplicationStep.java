package io.ipcase.penalty.payment;

import java.util.Map;

import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.DatedReference;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyStepLog;

/**
 * The court asked to enforce the decision (Administrative Compulsion Law art. 53), when
 * and which court.
 */
@Step("penalty-court-application")
class PenaltyCourtApplicationStep implements TaskStep<DatedReference> {

    private final PenaltyStepLog log;

    private final PenaltyClocks clocks;

    PenaltyCourtApplicationStep(PenaltyStepLog log, PenaltyClocks clocks) {
        this.log = log;
        this.clocks = clocks;
    }

    @Override
    public Map<String, Object> complete(StepContext step, DatedReference values) {
        log.byHandler(step);
        clocks.stopIfRunning(step.caseId(), PenaltyClocks.COURT_APPLICATION, step.username());
        log.record(step, values.entry());
        return Map.of();
    }

}
