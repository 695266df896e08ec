package io.ipcase.adjudication;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The officer's acceptance decision on a request (Order 81 art. 16, 20): on acceptance, the panel
 * and the admissibility checks (art. 12, 19) and whether it is a repeat infringement (art. 34).
 */
public record AcceptanceReviewForm(
    @NotNull(message = "{review.decision.required}") AcceptanceDecision decision,
    @Size(max = 5000, message = "{field.too-long}") String reasons,
    @Size(max = 30, message = "{review.missing-items.too-many}")
    List<@NotBlank(message = "{review.missing-items.blank}") @Size(max = 500, message = "{field.too-long}") String> missingItems,
    LocalDate supplementDueDate,
    @Size(max = 15, message = "{review.panel.too-large}") List<@NotBlank String> panelMembers,
    String leadOfficer,
    @Valid Admissibility admissibility,
    Boolean repeatInfringement,
    @Size(max = 200, message = "{field.too-long}") String earlierDecision) {

    /** Order 81 art. 12 (conditions of acceptance) and art. 19 (the 3-year limit). */
    public record Admissibility(
        boolean standing,
        boolean definiteRespondent,
        boolean definiteClaims,
        boolean withinJurisdiction,
        boolean noSuitOrOtherAgreement,
        LocalDate infringementKnownOn,
        boolean continuingInfringement) {
    }
}
