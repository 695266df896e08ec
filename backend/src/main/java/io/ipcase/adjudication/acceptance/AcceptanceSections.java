package io.ipcase.adjudication;

import java.time.OffsetDateTime;

import io.ipcase.cases.CaseType;
import io.ipcase.cases.CaseViewSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The acceptance review's parts of the case page: the latest decision and the supplement notice. */
@Configuration(proxyBeanMethods = false)
class AcceptanceSections {

    @Bean
    CaseViewSection<Review> acceptanceReviewSection(JdbcClient jdbc) {
        return CaseViewSection.of("acceptanceReview", Review.class, (c, viewer) -> {
            if (c.caseType() != CaseType.INFRINGEMENT_ADJUDICATION) {
                return null;
            }
            return jdbc.sql("""
                    select decision, reasons, decided_at from acceptance_reviews
                    where case_id = :id order by decided_at desc, id desc""")
                .param("id", c.id())
                .query((rs, i) -> new Review(rs.getString("decision"), rs.getString("reasons"),
                    rs.getObject("decided_at", OffsetDateTime.class)))
                .list().stream().findFirst().orElse(null);
        });
    }

    @Bean
    CaseViewSection<Supplements.SupplementRequest> supplementRequestSection(Supplements supplements) {
        return CaseViewSection.of("supplementRequest", Supplements.SupplementRequest.class,
            (c, viewer) -> c.caseType() != CaseType.INFRINGEMENT_ADJUDICATION ? null : supplements.latest(c).orElse(null));
    }

    record Review(String decision, String reasons, OffsetDateTime decidedAt) {
    }
}
