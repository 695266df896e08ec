package io.ipcase.cases;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A request to handle a patent-infringement dispute (请求书, CNIPA Order 81 art. 15): the
 * parties, the patent, the claims relied on, the facts and reasons and the measures
 * requested.
 */
public record InfringementFiling(@NotBlank(message = "{filing.office.required}") String officeId,
        @NotNull(message = "{filing.requester.required}") @Valid Party requester,
        @NotNull(message = "{filing.respondent.required}") @Valid Party respondent,
        @NotNull(message = "{filing.patent.required}") @Valid Patent patent,
        @NotEmpty(message = "{filing.claims.required}") @Size(max = 100,
                message = "{filing.claims.too-many}") List<@NotNull @Positive(
                        message = "{filing.claims.positive}") Integer> claims,
        @NotBlank(message = "{filing.facts.required}") @Size(max = 20000,
                message = "{field.too-long}") String factsAndReasons,
        @NotBlank(message = "{filing.measures.required}") @Size(max = 5000,
                message = "{field.too-long}") String requestedMeasures) {

    /**
     * A party. The requester's identity number is required (proof of standing, Order 81
     * art. 14); a respondent must be definite (art. 12) but the requester may not know
     * its number.
     */
    public record Party(@NotNull(message = "{party.kind.required}") PartyKind kind,
            @NotBlank(message = "{party.name.required}") @Size(max = 200, message = "{field.too-long}") String name,
            @Size(max = 32, message = "{field.too-long}") String idNumber,
            @NotBlank(message = "{party.address.required}") @Size(max = 300,
                    message = "{field.too-long}") String address,
            @Size(max = 100, message = "{field.too-long}") String contact, Boolean domicileInChina) {

        public boolean domiciledInChina() {
            return domicileInChina == null || domicileInChina;
        }
    }

    public record Patent(@NotBlank(message = "{patent.number.required}") String number,
            @NotNull(message = "{patent.type.required}") PatentType type,
            @NotBlank(message = "{patent.title.required}") @Size(max = 300,
                    message = "{field.too-long}") String title) {
    }
}
