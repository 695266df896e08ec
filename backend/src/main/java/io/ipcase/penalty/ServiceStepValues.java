package io.ipcase.penalty;

import java.time.LocalDate;

import io.ipcase.documents.ServiceMethod;
import io.ipcase.inbox.steps.FieldKind;
import io.ipcase.inbox.steps.Input;
import io.ipcase.penalty.PenaltyStepLog.Entry;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The values of a step that records a document's service (the notice, the decision, the
 * reminder): the day on the receipt (or of a public notice's publication) and how it was
 * served.
 */
public record ServiceStepValues(
        @NotNull(message = "{penalty.step.date.required}") @PastOrPresent(
                message = "{penalty.step.date.future}") LocalDate date,
        @Input(FieldKind.SELECT) @NotNull(message = "{penalty.step.method.required}") ServiceMethod method,
        @Size(max = 5000, message = "{field.too-long}") String comments) {

    /**
     * The day of service, from which every period of the party runs: the day on the
     * receipt, or 30 days after a public notice's publication (CPL art. 95; Admin.
     * Penalty Law art. 61).
     */
    public LocalDate servedOn() {
        return method.servedOn(date);
    }

    /** The step's row: the day, and the method as its reference. */
    public Entry entry() {
        return Entry.done().on(date).withReference(method.name()).withComments(comments);
    }
}
