package io.ipcase.adjudication.evidence;

import static io.ipcase.adjudication.AdjudicationPeriods.EVIDENCE;
import static io.ipcase.adjudication.casework.AdjudicationSections.firstOrNull;
import static io.ipcase.adjudication.casework.AdjudicationSections.section;

import io.ipcase.adjudication.casework.AdjudicationSections.Period;
import io.ipcase.cases.CaseViewSection;
import io.ipcase.deadlines.CaseClocks;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The evidence stage on the case page: its period and measures, the evaluation report,
 * and for the office's staff the investigation records.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceSections {

    @NullMarked
    record Investigation(String measure, LocalDate carriedOutOn, String place, String findings, boolean signedByParties,
            @Nullable String refusalNote) {
    }

    @NullMarked
    record EvidenceView(Period period, List<String> measures, boolean evaluationReportRequired,
            @Nullable String evaluationReportConclusion, @Nullable Boolean evaluationReportProvided,
            List<Investigation> investigations) {
    }

    @Bean
    CaseViewSection<EvidenceView> evidenceSection(CaseClocks clocks, JdbcClient jdbc) {
        return section("evidence", EvidenceView.class, (c, viewer) -> clocks.find(c.id(), EVIDENCE).map(period -> {
            record Plan(String measures, boolean evaluationReportRequired) {
            }
            Plan plan = jdbc.sql("select measures, evaluation_report_required from evidence_plans where case_id = :id")
                .param("id", c.id())
                .query(Plan.class)
                .single();
            record Review(boolean provided, String conclusion) {
            }
            Review review = firstOrNull(
                    jdbc.sql("select provided, conclusion from evaluation_report_reviews where case_id = :id")
                        .param("id", c.id())
                        .query(Review.class)
                        .list());
            List<Investigation> investigations = !viewer.isStaff() ? List.of()
                    : jdbc.sql("""
                            select measure, carried_out_on, place, findings, signed_by_parties, refusal_note
                            from investigation_records where case_id = :id order by carried_out_on, id""")
                        .param("id", c.id())
                        .query(Investigation.class)
                        .list();
            return new EvidenceView(Period.of(period),
                    plan.measures().isBlank() ? List.of() : Arrays.asList(plan.measures().split(",")),
                    plan.evaluationReportRequired(), review == null ? null : review.conclusion(),
                    review == null ? null : review.provided(), investigations);
        }).orElse(null));
    }

}
