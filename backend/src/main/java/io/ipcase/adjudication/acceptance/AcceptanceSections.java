package io.ipcase.adjudication.acceptance;

import static io.ipcase.adjudication.casework.AdjudicationSections.firstOrNull;
import static io.ipcase.adjudication.casework.AdjudicationSections.section;

import io.ipcase.cases.CaseViewSection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The acceptance review's parts of the case page: the latest decision, the supplement
 * notice, and for the office's staff the conditions of acceptance as checked (Order 81
 * art. 12, 19).
 */
@Configuration(proxyBeanMethods = false)
class AcceptanceSections {

    @NullMarked
    record Review(String decision, @Nullable String reasons, OffsetDateTime decidedAt) {
    }

    @Bean
    CaseViewSection<Review> acceptanceReviewSection(JdbcClient jdbc) {
        return section("acceptanceReview", Review.class,
                (c, viewer) -> firstOrNull(jdbc.sql("""
                        select decision, reasons, decided_at from acceptance_reviews
                        where case_id = :id order by decided_at desc, id desc""")
                    .param("id", c.id())
                    .query(Review.class)
                    .list()));
    }

    @Bean
    CaseViewSection<Supplements.SupplementRequest> supplementRequestSection(Supplements supplements) {
        return section("supplementRequest", Supplements.SupplementRequest.class,
                (c, viewer) -> supplements.latest(c).orElse(null));
    }

    @NullMarked
    record Checks(boolean standing, boolean definiteRespondent, boolean definiteClaims, boolean withinJurisdiction,
            boolean noSuitOrOtherAgreement, @Nullable Boolean patentInForce, LocalDate infringementKnownOn,
            boolean continuingInfringement, boolean withinTimeLimit, boolean repeatInfringement,
            @Nullable String earlierDecision) {
    }

    @Bean
    CaseViewSection<Checks> admissibilitySection(JdbcClient jdbc) {
        return section("admissibility", Checks.class,
                (c, viewer) -> !viewer.isStaff() ? null
                        : jdbc
                            .sql("""
                                    select standing, definite_respondent, definite_claims, within_jurisdiction, no_suit_or_other_agreement,
                                        patent_in_force, infringement_known_on, continuing_infringement, within_time_limit, repeat_infringement, earlier_decision
                                    from admissibility_checks where case_id = :id""")
                            .param("id", c.id())
                            .query(Checks.class)
                            .optional()
                            .orElse(null));
    }

}
