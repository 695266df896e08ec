package io.ipcase.adjudication;

import java.time.OffsetDateTime;

import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseType;
import io.ipcase.cases.CaseViewSection;
import io.ipcase.security.AppUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The acceptance review's parts of the case page: the latest decision and the supplement notice. */
@Configuration(proxyBeanMethods = false)
class AcceptanceSections {

    @Bean
    CaseViewSection acceptanceReviewSection(JdbcClient jdbc) {
        return new CaseViewSection() {
            @Override
            public String name() {
                return "acceptanceReview";
            }

            @Override
            public Object contentFor(CaseRecord c, AppUser viewer) {
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
            }
        };
    }

    @Bean
    CaseViewSection supplementRequestSection(Supplements supplements) {
        return new CaseViewSection() {
            @Override
            public String name() {
                return "supplementRequest";
            }

            @Override
            public Object contentFor(CaseRecord c, AppUser viewer) {
                return c.caseType() != CaseType.INFRINGEMENT_ADJUDICATION ? null
                    : supplements.latest(c).orElse(null);
            }
        };
    }

    record Review(String decision, String reasons, OffsetDateTime decidedAt) {
    }
}
