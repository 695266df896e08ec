package io.ipcase.adjudication.evidence;

import static io.ipcase.adjudication.AdjudicationPeriods.EVIDENCE_MINIMUM_DAYS;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.AdjudicationDocuments;
import io.ipcase.adjudication.casework.CaseSteps;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PatentType;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The panel sets the evidence period, at least 15 days from each party's receipt of the
 * notice of it (Order 81 art. 54), the investigation measures a dispute allows (Patent
 * Law art. 69 ¶2), and whether the requester is to file the patent's evaluation report
 * (art. 66 ¶2, for a utility model or a design only). The notice (举证通知书) is issued to
 * every party and served like every other; the period starts when the last party has
 * received it ({@link Evidence#onServed}), so that no party has fewer days from its own
 * receipt than the panel gave.
 */
@Step("evidence-plan")
class EvidencePlanStep implements TaskStep<EvidencePlanStep.Values> {

    /**
     * A measure outside the three reads as null, so that it is refused with the law's
     * reason.
     */
    record Values(
            @NotNull(message = "{evidence.days.required}") @Min(value = EVIDENCE_MINIMUM_DAYS,
                    message = "{evidence.period.too-short}") @Max(value = 365,
                            message = "{evidence.days.too-many}") Integer evidenceDays,
            @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) Set<InvestigationMeasure> measures,
            boolean evaluationReportRequired, @Size(max = 5000, message = "{field.too-long}") String notes) {
    }

    private final Cases cases;

    private final CaseSteps steps;

    private final AdjudicationDocuments documents;

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final Clock clock;

    EvidencePlanStep(Cases cases, CaseSteps steps, AdjudicationDocuments documents, JdbcClient jdbc, AuditTrail audit,
            Clock clock) {
        this.cases = cases;
        this.steps = steps;
        this.documents = documents;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The least the law allows: 15 days from each party's receipt. */
    @Override
    public Values initialValues(StepContext step) {
        return new Values(EVIDENCE_MINIMUM_DAYS, Set.of(), false, null);
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        steps.notSuspended(step.caseId());
        CaseRecord c = cases.findUnchecked(step.caseId()).orElseThrow();
        Set<InvestigationMeasure> measures = values.measures() == null ? Set.of() : values.measures();
        List<Violation> violations = new ArrayList<>();
        if (measures.stream().anyMatch(Objects::isNull)) {
            violations.add(Violation.keyed("measures", "evidence.measures.not-allowed"));
        }
        if (values.evaluationReportRequired() && c.patentType() == PatentType.INVENTION) {
            // Patent Law art. 66 ¶2: only for a utility model or a design
            violations.add(Violation.keyed("evaluationReportRequired", "evidence.evaluation-report.not-invention"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<InvestigationMeasure> sorted = measures.stream().sorted().toList();
        jdbc.sql("""
                insert into evidence_plans (case_id, evidence_days, measures, evaluation_report_required, notes,
                    planned_by, planned_at) values (:id, :days, :measures, :report, :notes, :by, :at)""")
            .param("id", c.id())
            .param("days", values.evidenceDays())
            .param("measures", String.join(",", sorted.stream().map(Enum::name).toList()))
            .param("report", values.evaluationReportRequired())
            .param("notes", values.notes())
            .param("by", step.username())
            .param("at", OffsetDateTime.now(clock))
            .update();
        documents.issueEvidenceNotice(c.id(), values.evidenceDays(), sorted.stream().map(m -> m.nameZh).toList(),
                values.evaluationReportRequired(), step.username());
        audit.record(step.username(), AdjudicationActions.EVIDENCE_PLANNED, c.id(),
                values.evidenceDays() + " days from receipt");
        return Map.of("evaluationReportRequired", values.evaluationReportRequired());
    }

}
