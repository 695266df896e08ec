package io.ipcase.assistance;

import java.util.UUID;

import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseType;
import io.ipcase.cases.CaseViewSection;
import io.ipcase.cases.Cases;
import io.ipcase.cases.Cases.LinkedCase;
import io.ipcase.security.AppUser;
import org.jspecify.annotations.NullMarked;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case page of a mediation or adjudication an assistance request was referred into:
 * where it came from.
 */
@Component
class AssistanceOriginSection implements CaseViewSection<AssistanceOriginSection.Origin> {

    private final JdbcClient jdbc;

    private final Cases cases;

    AssistanceOriginSection(JdbcClient jdbc, Cases cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    @Override
    public String name() {
        return "assistanceOrigin";
    }

    @NullMarked
    record Origin(LinkedCase assistanceCase) {
    }

    @Override
    public Origin contentFor(CaseRecord c, AppUser viewer) {
        if (c.caseType() == CaseType.ASSISTANCE) {
            return null;
        }
        return jdbc.sql("select case_id from assistance_requests where referred_case_id = :id")
            .param("id", c.id())
            .query(UUID.class)
            .optional()
            .flatMap(id -> cases.linked(viewer, id, "ASSISTANCE"))
            .map(Origin::new)
            .orElse(null);
    }

}
