package io.ipcase.adjudication.period;

import static io.ipcase.adjudication.AdjudicationPeriods.CASE_PERIOD;
import static io.ipcase.adjudication.casework.AdjudicationSections.firstOrNull;
import static io.ipcase.adjudication.casework.AdjudicationSections.section;

import io.ipcase.adjudication.casework.AdjudicationSections.Period;
import io.ipcase.cases.CaseViewSection;
import io.ipcase.deadlines.CaseClocks;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The case period and its extensions, and the latest suspension, on the case page. */
@Configuration(proxyBeanMethods = false)
class PeriodSections {

    @NullMarked
    record Extension(String level, Integer months, String approver, @Nullable String approvalRef,
            OffsetDateTime decidedAt) {
    }

    @NullMarked
    record CasePeriodView(Period period, List<Extension> extensions, boolean extensionPending) {
    }

    @Bean
    CaseViewSection<CasePeriodView> casePeriodSection(CaseClocks clocks, JdbcClient jdbc) {
        return section("casePeriod", CasePeriodView.class, (c, viewer) -> clocks.find(c.id(), CASE_PERIOD).map(v -> {
            List<Extension> extensions = jdbc.sql("""
                    select level, months, approver, approval_ref, decided_at from case_period_extensions
                    where case_id = :id and decision = 'APPROVE' order by decided_at""")
                .param("id", c.id())
                .query(Extension.class)
                .list();
            boolean pending = jdbc
                .sql("select count(*) from case_period_extensions where case_id = :id and decision is null")
                .param("id", c.id())
                .query(Integer.class)
                .single() > 0;
            return new CasePeriodView(Period.of(v), extensions, pending);
        }).orElse(null));
    }

    @NullMarked
    record Suspension(String ground, String details, OffsetDateTime requestedAt, @Nullable String decision,
            @Nullable String refusalGround, @Nullable String reasons, @Nullable OffsetDateTime decidedAt,
            @Nullable OffsetDateTime resumedAt, boolean active) {
    }

    @Bean
    CaseViewSection<Suspension> suspensionSection(JdbcClient jdbc) {
        return section("suspension", Suspension.class,
                (c, viewer) -> firstOrNull(jdbc.sql("""
                        select ground, details, requested_at, decision, refusal_ground, reasons, decided_at, resumed_at,
                            case when decision = 'SUSPEND' and resumed_at is null then true else false end as active
                        from suspensions where case_id = :id order by requested_at desc""")
                    .param("id", c.id())
                    .query(Suspension.class)
                    .list()));
    }

}
