package io.ipcase.penalty.payment;

import java.time.LocalDate;
import java.util.Map;

import io.ipcase.inbox.steps.RequiredWhen;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.PenaltyStepLog;
import io.ipcase.penalty.PenaltyStepLog.Entry;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** What the court did with the application: enforced, or refused with its reasons. */
@Step("penalty-enforcement-outcome")
class PenaltyEnforcementOutcomeStep implements TaskStep<PenaltyEnforcementOutcomeStep.Values> {

    enum Outcome {

        ENFORCED, REFUSED

    }

    record Values(@NotNull(message = "{penalty.step.outcome.required}") Outcome outcome,
            @NotNull(message = "{penalty.step.date.required}") @PastOrPresent(
                    message = "{penalty.step.date.future}") LocalDate date,
            @RequiredWhen(field = "outcome", is = "REFUSED", message = "penalty.step.comments.required") @Size(
                    max = 5000, message = "{field.too-long}") String comments) {
    }

    private final PenaltyStepLog log;

    PenaltyEnforcementOutcomeStep(PenaltyStepLog log) {
        this.log = log;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        log.byHandler(step);
        log.record(step, Entry.of(values.outcome()).on(values.date()).withComments(values.comments()));
        return Map.of();
    }

}
