package io.ipcase.mediation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the law leaves open in a mediation (ipcase.mediation.*), for administrators to
 * read at {@code GET /api/admin/settings/mediation}.
 *
 * @param casePeriodMonths the period of a mediation of its own: Order 81 art. 70 sets 2
 * months for ownership disputes and says nothing for the others, so 2 months for all by
 * default
 * @param judicialConfirmationAvailable whether a court confirms the department's
 * mediation agreements: Order 81 offers the notarisation route (art. 35, 69); a Chongqing
 * court pilot is unverified (rules.md §2.1), so off until one exists
 */
@ConfigurationProperties("ipcase.mediation")
public record MediationSettings(@DefaultValue("2") int casePeriodMonths,
        @DefaultValue("false") boolean judicialConfirmationAvailable) {
}
