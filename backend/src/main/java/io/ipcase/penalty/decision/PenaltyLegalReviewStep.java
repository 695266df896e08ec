package io.ipcase.penalty.decision;

import java.util.Map;

import io.ipcase.inbox.steps.RequiredWhen;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.PenaltyStepLog;
import io.ipcase.penalty.PenaltyStepLog.Entry;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 法制审核 (Admin. Penalty Law art. 58): by an officer who did not investigate the case;
 * returned with reasons.
 */
@Step("penalty-legal-review")
class PenaltyLegalReviewStep implements TaskStep<PenaltyLegalReviewStep.Values> {

    enum Outcome {

        PASSED, RETURNED

    }

    record Values(@NotNull(message = "{penalty.step.outcome.required}") Outcome outcome,
            @RequiredWhen(field = "outcome", is = "RETURNED", message = "penalty.step.comments.required") @Size(
                    max = 5000, message = "{field.too-long}") String comments) {
    }

    private final PenaltyStepLog log;

    PenaltyLegalReviewStep(PenaltyStepLog log) {
        this.log = log;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        log.notByHandler(step);
        log.record(step, Entry.of(values.outcome()).withComments(values.comments()));
        return Map.of("legalReview", values.outcome().name());
    }

}
