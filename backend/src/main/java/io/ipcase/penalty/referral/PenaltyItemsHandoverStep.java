package io.ipcase.penalty.referral;

import java.util.Map;

import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.DatedReference;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyStepLog;
import io.ipcase.penalty.seizure.Seizures;

/**
 * The police opened a case: the items and the file go to them within 3 days of the notice
 * (art. 12), which ends the seizures the office held; the referral ends there.
 */
@Step("penalty-items-handover")
class PenaltyItemsHandoverStep implements TaskStep<DatedReference> {

    private final PenaltyStepLog log;

    private final PenaltyClocks clocks;

    private final Seizures seizures;

    PenaltyItemsHandoverStep(PenaltyStepLog log, PenaltyClocks clocks, Seizures seizures) {
        this.log = log;
        this.clocks = clocks;
        this.seizures = seizures;
    }

    @Override
    public Map<String, Object> complete(StepContext step, DatedReference values) {
        log.byHandler(step);
        clocks.stopIfRunning(step.caseId(), PenaltyClocks.ITEMS_HANDOVER, step.username());
        seizures.endAll(step.caseId(), "HANDED_OVER", step.username());
        log.record(step, values.entry());
        return Map.of("policeOutcome", "CASE_OPENED");
    }

}
