package io.ipcase.adjudication.period;

import static io.ipcase.adjudication.AdjudicationPeriods.CASE_PERIOD;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.AdjudicationDocuments;
import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockState;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.web.ConflictException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Order 81 art. 28: resume once the cause has ended; the case period runs on and the parties are told. */
@Step("resumption")
class ResumptionStep implements TaskStep<ResumptionStep.Values> {

    record Values(@NotBlank(message = "{suspension.resumption.required}") @Size(max = 5000, message = "{field.too-long}")
                  String note) {
    }

    private final CaseClocks clocks;
    private final AdjudicationDocuments documents;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ResumptionStep(CaseClocks clocks, AdjudicationDocuments documents, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.clocks = clocks;
        this.documents = documents;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        Optional<OffsetDateTime> suspendedAt = jdbc.sql("""
                select decided_at from suspensions
                where case_id = :id and decision = 'SUSPEND' and resumed_at is null""")
            .param("id", step.caseId()).query(OffsetDateTime.class).optional();
        int resumed = jdbc.sql("""
                update suspensions set resumed_by = :by, resumed_at = :at
                where case_id = :id and decision = 'SUSPEND' and resumed_at is null""")
            .param("by", step.username()).param("at", OffsetDateTime.now(clock)).param("id", step.caseId())
            .update();
        if (resumed == 0) {
            throw new ConflictException("problem.not-suspended");
        }
        if (clocks.find(step.caseId(), CASE_PERIOD).map(p -> p.state() == ClockState.PAUSED).orElse(false)) {
            clocks.resume(step.caseId(), CASE_PERIOD, step.username());
        }
        String note = values.note().strip();
        audit.record(step.username(), AdjudicationActions.CASE_RESUMED, step.caseId(), note);
        documents.issueResumptionNotice(step.caseId(),
            suspendedAt.orElseThrow().atZoneSameInstant(clock.getZone()).toLocalDate(), note, step.username());
        return Map.of();
    }
}
