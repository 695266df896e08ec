package io.ipcase.penalty.seizure;

import java.util.Map;

import io.ipcase.deadlines.ClockView;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.ExtensionApproval;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyStepLog;

/**
 * The seizure's 30 days extended once by up to 30 on approval, with reasons (Admin.
 * Compulsion Law art. 25).
 */
@Step("penalty-seizure-extension")
class PenaltySeizureExtensionStep implements TaskStep<ExtensionApproval> {

    private final PenaltyStepLog log;

    private final Seizures seizures;

    private final PenaltyClocks clocks;

    PenaltySeizureExtensionStep(PenaltyStepLog log, Seizures seizures, PenaltyClocks clocks) {
        this.log = log;
        this.seizures = seizures;
        this.clocks = clocks;
    }

    @Override
    public Map<String, Object> complete(StepContext step, ExtensionApproval values) {
        long id = seizures.forStep(step);
        ClockView period = values.approved() ? seizures.extend(id, step.username(), values.reasons())
                : clocks.find(step.caseId(), PenaltyClocks.seizure(seizures.find(id).seq())).orElseThrow();
        log.record(step, values.entry());
        return Map.of("seizureExpiresAt", period.deadline().expiryDate());
    }

}
