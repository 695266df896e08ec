package io.ipcase.penalty;

import io.ipcase.inbox.steps.RequiredWhen;
import io.ipcase.penalty.PenaltyStepLog.Entry;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The values of a head's approval (of a referral, a seizure, a payment arrangement):
 * approved, or refused with the reasons.
 */
public record Approval(@NotNull(message = "{penalty.step.outcome.required}") Outcome outcome,
        @RequiredWhen(field = "outcome", is = "REFUSED", message = "penalty.step.comments.required") @Size(max = 5000,
                message = "{field.too-long}") String comments) {

    public enum Outcome {

        APPROVED, REFUSED

    }

    public boolean approved() {
        return outcome == Outcome.APPROVED;
    }

    /** The step's row: the outcome and the reasons. */
    public Entry entry() {
        return Entry.of(outcome).withComments(comments);
    }
}
