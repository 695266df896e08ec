package io.ipcase.injunction;

import java.util.List;
import java.util.Optional;
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
 * The case page of an adjudication: the injunctions linked to it, as far as the viewer
 * may see them.
 */
@Component
class InjunctionLinksSection implements CaseViewSection<InjunctionLinksSection.Links> {

    private final JdbcClient jdbc;

    private final Cases cases;

    InjunctionLinksSection(JdbcClient jdbc, Cases cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    @Override
    public String name() {
        return "linkedInjunctions";
    }

    @NullMarked
    record Links(List<LinkedCase> injunctions) {
    }

    @Override
    public Links contentFor(CaseRecord c, AppUser viewer) {
        if (c.caseType() != CaseType.INFRINGEMENT_ADJUDICATION) {
            return null;
        }
        List<LinkedCase> linked = jdbc.sql("select case_id from injunctions where adjudication_case_id = :id")
            .param("id", c.id())
            .query(UUID.class)
            .list()
            .stream()
            .map(id -> cases.linked(viewer, id, "INJUNCTION"))
            .flatMap(Optional::stream)
            .toList();
        return linked.isEmpty() ? null : new Links(linked);
    }

}
