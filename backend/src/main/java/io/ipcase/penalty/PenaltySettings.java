package io.ipcase.penalty;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of counterfeit-patent penalties where the law is silent or its local
 * figure unverified (domain README, settings table). Administrators read them at
 * /actuator/configprops; officers at GET /api/penalty/settings.
 *
 * @param procedure CNIPA 2015 Measures (default) or the SAMR rules
 * @param hearingThresholdPerson a fine (or confiscation) from which a natural person may
 * ask for a hearing
 * @param hearingThresholdOrganisation the same for a legal person or other organisation
 * @param statementWorkingDays the statement-and-defence period after service of the
 * notice
 * @param samr the SAMR rules' periods
 * @param reports how often one client may report, or look a report up
 * @param reconsiderationBodies per office id, the body a decision names for
 * reconsideration: the people's government at the office's level (Administrative
 * Reconsideration Law 2023 art. 24)
 */
@ConfigurationProperties("ipcase.penalty")
public record PenaltySettings(PenaltyProcedure procedure, BigDecimal hearingThresholdPerson,
        BigDecimal hearingThresholdOrganisation, int statementWorkingDays, Samr samr, Reports reports,
        Map<String, String> reconsiderationBodies) {

    public PenaltySettings {
        reconsiderationBodies = reconsiderationBodies == null ? Map.of() : Map.copyOf(reconsiderationBodies);
    }

    /** The reconsideration body the office's decisions name, if one is set. */
    public Optional<String> reconsiderationBody(String officeId) {
        return Optional.ofNullable(reconsiderationBodies.get(officeId)).filter(b -> !b.isBlank());
    }

    /**
     * @param verificationWorkingDays leads verified and filed or not within (SAMR art.
     * 18)
     * @param verificationExtensionWorkingDays once, on approval (art. 18)
     * @param casePeriodDays from filing to decision
     * @param casePeriodExtensionDays on the head's approval; further ones by collective
     * decision
     */
    public record Samr(int verificationWorkingDays, int verificationExtensionWorkingDays, int casePeriodDays,
            int casePeriodExtensionDays) {
    }

    /**
     * @param submissionsPerHour reports one client address may send in an hour
     * @param lookupsPerMinute tracking-code look-ups one client address may make in a
     * minute
     */
    public record Reports(int submissionsPerHour, int lookupsPerMinute) {
    }
}
