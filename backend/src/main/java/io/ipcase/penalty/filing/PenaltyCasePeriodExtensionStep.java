package io.ipcase.penalty.filing;

import java.util.Map;

import io.ipcase.deadlines.ClockView;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.ExtensionApproval;
import io.ipcase.penalty.PenaltyCase;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyProcedure;
import io.ipcase.penalty.PenaltyStepLog;
import io.ipcase.web.ConflictException;

/**
 * The handlers asked for more time. CNIPA 2015 Measures art. 36: one extension of 15 days
 * on the head's approval. SAMR: 30 days on the head's approval, any further one by
 * collective decision; either way with its reasons.
 */
@Step("penalty-case-period-extension")
class PenaltyCasePeriodExtensionStep implements TaskStep<ExtensionApproval> {

    private final PenaltyStepLog log;

    private final PenaltyClocks clocks;

    PenaltyCasePeriodExtensionStep(PenaltyStepLog log, PenaltyClocks clocks) {
        this.log = log;
        this.clocks = clocks;
    }

    @Override
    public Map<String, Object> complete(StepContext step, ExtensionApproval values) {
        PenaltyCase pc = log.caseOf(step);
        ClockView period = clocks.find(pc.caseId(), PenaltyClocks.CASE_PERIOD).orElseThrow();
        if (values.approved()) {
            if (period.extended() && pc.procedure() == PenaltyProcedure.CNIPA_2015) {
                throw new ConflictException("problem.penalty.case-period-extended");
            }
            period = clocks.extendCasePeriod(pc.caseId(), pc.procedure(), period.extended(), step.username(),
                    values.reasons());
        }
        log.record(step, values.entry());
        return Map.of("casePeriodDueAt", period.deadline().dueDate());
    }

}
