package io.ipcase.adjudication.enforcement;

import static io.ipcase.adjudication.AdjudicationPeriods.APPEAL_WINDOW;
import static io.ipcase.adjudication.casework.AdjudicationSections.listSection;
import static io.ipcase.adjudication.casework.AdjudicationSections.section;

import io.ipcase.adjudication.casework.AdjudicationSections.Period;
import io.ipcase.cases.CaseViewSection;
import io.ipcase.deadlines.CaseClocks;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The window to sue with the suits reported in it, and the steps of compulsory
 * enforcement, on the case page.
 */
@Configuration(proxyBeanMethods = false)
class EnforcementSections {

    @NullMarked
    record Lawsuit(String partyRole, String court, LocalDate filedOn) {
    }

    @NullMarked
    record Window(Period period, List<Lawsuit> lawsuits) {
    }

    @Bean
    CaseViewSection<Window> appealWindowSection(CaseClocks clocks, JdbcClient jdbc) {
        return section("appealWindow", Window.class, (c, viewer) -> clocks.find(c.id(), APPEAL_WINDOW)
            .map(v -> new Window(Period.of(v),
                    jdbc.sql("select party_role, court, filed_on from lawsuits where case_id = :id order by filed_on")
                        .param("id", c.id())
                        .query(Lawsuit.class)
                        .list()))
            .orElse(null));
    }

    @NullMarked
    record Step(String step, @Nullable String finding, @Nullable String court, @Nullable LocalDate onDay,
            @Nullable String notes, OffsetDateTime recordedAt) {
    }

    @Bean
    CaseViewSection<List<Step>> enforcementSection(JdbcClient jdbc) {
        return listSection("enforcement", Step.class, (c, viewer) -> jdbc.sql("""
                select step, finding, court, on_day, notes, recorded_at from enforcement_steps
                where case_id = :id order by recorded_at, id""").param("id", c.id()).query(Step.class).list());
    }

}
