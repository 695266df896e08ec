package io.ipcase.adjudication.evidence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.audit.AuditTrail;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.storage.DocumentKind;
import io.ipcase.storage.Documents;
import io.ipcase.web.InvalidInputException;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The panel reads the evaluation report (Patent Law art. 66 ¶2), or records that it was
 * not provided.
 */
@Step("evaluation-report-review")
class EvaluationReportReviewStep implements TaskStep<EvaluationReportReviewStep.Values> {

    enum Conclusion {

        NO_DEFECT, DEFECTS_FOUND

    }

    record Values(Conclusion conclusion, @Size(max = 5000, message = "{field.too-long}") String notes) {
    }

    private final Documents files;

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final Clock clock;

    EvaluationReportReviewStep(Documents files, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.files = files;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        boolean provided = files.list(step.caseId())
            .stream()
            .anyMatch(d -> DocumentKind.EVALUATION_REPORT.name().equals(d.kind()));
        if (provided && values.conclusion() == null) {
            throw InvalidInputException.of("conclusion", "evaluation-report.conclusion.required");
        }
        if (!provided && values.conclusion() != null) {
            throw InvalidInputException.of("conclusion", "evaluation-report.not-provided");
        }
        jdbc.sql("""
                insert into evaluation_report_reviews (case_id, provided, conclusion, notes, reviewed_by, reviewed_at)
                values (:id, :provided, :conclusion, :notes, :by, :at)""")
            .param("id", step.caseId())
            .param("provided", provided)
            .param("conclusion", values.conclusion() == null ? null : values.conclusion().name())
            .param("notes", values.notes())
            .param("by", step.username())
            .param("at", OffsetDateTime.now(clock))
            .update();
        audit.record(step.username(), AdjudicationActions.EVALUATION_REPORT_REVIEWED, step.caseId(),
                provided ? values.conclusion().name() : "NOT_PROVIDED");
        return Map.of();
    }

}
