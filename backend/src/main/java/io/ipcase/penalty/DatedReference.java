package io.ipcase.penalty;

import java.time.LocalDate;

import io.ipcase.penalty.PenaltyStepLog.Entry;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The values of a step that records something done on a day, with its reference (a
 * letter's number, a court, a web address): a publication and its withdrawal, an
 * application to the court, the items handed to the police.
 */
public record DatedReference(
        @NotNull(message = "{penalty.step.date.required}") @PastOrPresent(
                message = "{penalty.step.date.future}") LocalDate date,
        @NotBlank(message = "{penalty.step.reference.required}") @Size(max = 300,
                message = "{field.too-long}") String reference,
        @Size(max = 5000, message = "{field.too-long}") String comments) {

    /** The step's row: the day, the reference and the comments. */
    public Entry entry() {
        return Entry.done().on(date).withReference(reference).withComments(comments);
    }
}
