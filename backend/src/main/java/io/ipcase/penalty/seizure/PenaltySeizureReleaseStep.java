package io.ipcase.penalty.seizure;

import java.time.LocalDate;
import java.util.Map;

import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.PenaltyStepLog;
import io.ipcase.penalty.PenaltyStepLog.Entry;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The seizure's period ran out (Admin. Compulsion Law art. 28(4)): the items are
 * released, on this day.
 */
@Step("penalty-seizure-release")
class PenaltySeizureReleaseStep implements TaskStep<PenaltySeizureReleaseStep.Values> {

    record Values(
            @NotNull(message = "{penalty.step.date.required}") @PastOrPresent(
                    message = "{penalty.step.date.future}") LocalDate date,
            @Size(max = 5000, message = "{field.too-long}") String comments) {
    }

    private final PenaltyStepLog log;

    private final Seizures seizures;

    PenaltySeizureReleaseStep(PenaltyStepLog log, Seizures seizures) {
        this.log = log;
        this.seizures = seizures;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        log.byHandler(step);
        seizures.releasedOnExpiry(seizures.forStep(step), values.date(), step.username());
        log.record(step, Entry.done().on(values.date()).withComments(values.comments()));
        return Map.of();
    }

}
