package io.ipcase.penalty.decision;

import java.util.Map;

import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.DatedReference;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyStepLog;

/** The penalty decision published (CNIPA 2015 Measures art. 46), where and when. */
@Step("penalty-publication")
class PenaltyPublicationStep implements TaskStep<DatedReference> {

    private final PenaltyStepLog log;

    private final PenaltyDecisions decisions;

    private final PenaltyClocks clocks;

    PenaltyPublicationStep(PenaltyStepLog log, PenaltyDecisions decisions, PenaltyClocks clocks) {
        this.log = log;
        this.decisions = decisions;
        this.clocks = clocks;
    }

    @Override
    public Map<String, Object> complete(StepContext step, DatedReference values) {
        decisions.published(step.caseId(), values.date(), PenaltyStepLog.text(values.reference()));
        clocks.stopIfRunning(step.caseId(), PenaltyClocks.PUBLICATION, step.username());
        log.record(step, values.entry());
        return Map.of();
    }

}
