package io.ipcase.penalty;

import io.ipcase.inbox.steps.RequiredWhen;
import io.ipcase.penalty.PenaltyStepLog.Entry;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The values of an approval of more time (the case period, a seizure's period): granted
 * or refused, with the reasons either way, which go on the clock's record.
 */
public record ExtensionApproval(@NotNull(message = "{penalty.step.outcome.required}") Outcome outcome,
        @RequiredWhen(field = "outcome", is = {
                "APPROVED", "REFUSED" }, message = "penalty.step.comments.required") @Size(max = 5000,
                        message = "{field.too-long}") String comments){

    public enum Outcome {

        APPROVED, REFUSED

    }

    public boolean approved() {
        return outcome == Outcome.APPROVED;
    }

    /** The reasons as the clock's record takes them. */
    public String reasons() {
        return PenaltyStepLog.text(comments);
    }

    /** The step's row: the outcome and the reasons. */
    public Entry entry() {
        return Entry.of(outcome).withComments(comments);
    }
}
