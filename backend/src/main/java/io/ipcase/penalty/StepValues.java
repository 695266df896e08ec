package io.ipcase.penalty;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.Size;
import io.ipcase.documents.ServiceMethod;

/**
 * The values of the procedure's plainer steps (approvals and recorded outcomes): which way it
 * went, when, a reference (a letter's number, a court, a web address), and comments. Each step
 * says which of these it needs (see {@link PenaltySteps}).
 *
 * @param method how a document was served, where the step records a service
 */
public record StepValues(
    @Size(max = 30, message = "{field.too-long}") String outcome,
    LocalDate date,
    OffsetDateTime at,
    @Size(max = 300, message = "{field.too-long}") String reference,
    @Size(max = 5000, message = "{field.too-long}") String comments,
    ServiceMethod method) {

    String commentsOrNull() {
        return comments == null || comments.isBlank() ? null : comments.strip();
    }

    String referenceOrNull() {
        return reference == null || reference.isBlank() ? null : reference.strip();
    }
}
