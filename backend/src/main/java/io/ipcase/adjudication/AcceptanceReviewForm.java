package io.ipcase.adjudication;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The officer's acceptance decision on a request (Order 81 art. 16, 20). */
public record AcceptanceReviewForm(
    @NotNull(message = "{review.decision.required}") AcceptanceDecision decision,
    @Size(max = 5000, message = "{field.too-long}") String reasons,
    @Size(max = 30, message = "{review.missing-items.too-many}")
    List<@NotBlank(message = "{review.missing-items.blank}") @Size(max = 500, message = "{field.too-long}") String> missingItems,
    LocalDate supplementDueDate) {
}
