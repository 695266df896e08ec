package io.ipcase.adjudication.acceptance;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.AdjudicationPeriods;
import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.inbox.steps.ShownWhen;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The supervisor's decision; an approved extension moves the review's due date by 5 working days (art. 20). */
@Step("acceptance-extension-approval")
class AcceptanceExtensionApprovalStep implements TaskStep<AcceptanceExtensionApprovalStep.Values> {

    enum Approval { APPROVE, REFUSE }

    record Values(@NotNull(message = "{approval.decision.required}") Approval decision,
                  @ShownWhen(field = "decision", is = "REFUSE")
                  @NotBlank(message = "{approval.comments.required}") @Size(max = 5000, message = "{field.too-long}")
                  String comments) {
    }

    private final JdbcClient jdbc;
    private final CaseClocks clocks;
    private final AuditTrail audit;
    private final Clock clock;

    AcceptanceExtensionApprovalStep(JdbcClient jdbc, CaseClocks clocks, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.clocks = clocks;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        String reasons = jdbc.sql("select reasons from acceptance_extensions where case_id = :id")
            .param("id", step.caseId()).query(String.class).single();
        jdbc.sql("""
                update acceptance_extensions set decision = :d, comments = :c, decided_by = :by, decided_at = :at
                where case_id = :id""")
            .param("d", values.decision().name()).param("c", values.comments()).param("by", step.username())
            .param("at", OffsetDateTime.now(clock)).param("id", step.caseId()).update();
        if (values.decision() == Approval.APPROVE) {
            clocks.extend(step.caseId(), AdjudicationPeriods.ACCEPTANCE, AdjudicationPeriods.ACCEPTANCE_EXTENSION,
                step.username(), "DEPARTMENT_HEAD", reasons);
        }
        audit.record(step.username(), AdjudicationActions.ACCEPTANCE_EXTENSION_DECIDED, step.caseId(),
            values.decision().name());
        return Map.of();
    }
}
