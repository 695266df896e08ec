package io.ipcase.penalty.filing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.ipcase.cases.PartyKind;
import io.ipcase.penalty.LeadSource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A lead registered for the filing decision (立案审批): where it came from, whom it is
 * against, what is suspected, and the officers who will handle it.
 *
 * @param reportId the report, for a lead from the public
 * @param sourceReference the referring authority and its letter, or how the office found
 * it
 * @param discoveredOn when the office found the case or received the referral (a report's
 * own receipt counts for a report)
 * @param handlers two or more officers of the office (Admin. Penalty Law art. 42)
 * @param leadHandler the one of them who leads (主办人)
 * @param actEndedOn the day of the act, or the day a continuing or repeated act ended,
 * from which the limitation runs (Admin. Penalty Law art. 36); not for an act still going
 * on
 * @param actContinuing the act still goes on
 * @param safetyHarm the act endangers life, health or financial security and harm
 * followed: 5 years instead of 2
 */
public record NewPenaltyCase(@NotNull(message = "{penalty.source.required}") LeadSource source, UUID reportId,
        @Size(max = 300, message = "{field.too-long}") String sourceReference, LocalDate discoveredOn,
        @NotNull(message = "{penalty.party.required}") @Valid Party party,
        @NotBlank(message = "{penalty.suspected-act.required}") @Size(max = 5000,
                message = "{field.too-long}") String suspectedAct,
        @NotNull(message = "{penalty.handlers.too-few}") List<@NotBlank String> handlers,
        @NotBlank(message = "{penalty.lead-handler.required}") String leadHandler, LocalDate actEndedOn,
        Boolean actContinuing, Boolean safetyHarm) {

    public record Party(@NotNull(message = "{party.kind.required}") PartyKind kind,
            @NotBlank(message = "{party.name.required}") @Size(max = 200, message = "{field.too-long}") String name,
            @Size(max = 32, message = "{field.too-long}") String idNumber,
            @NotBlank(message = "{party.address.required}") @Size(max = 300,
                    message = "{field.too-long}") String address,
            @Size(max = 100, message = "{field.too-long}") String contact) {
    }
}
