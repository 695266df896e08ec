package io.ipcase.assistance.steps;

import java.util.Map;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.inbox.steps.FieldKind;
import io.ipcase.inbox.steps.Input;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The supervisor upholds the refusal, or reverses it and the request is accepted (受理通知书). */
@Step("assistance-appeal")
class AssistanceAppealStep implements TaskStep<AssistanceAppealStep.Values> {

    record Values(@Input(FieldKind.RADIO) @NotNull(message = "{assistance.appeal.allowed.required}") Boolean allowed,
                  @NotBlank(message = "{assistance.appeal.reasons.required}")
                  @Size(max = 5000, message = "{field.too-long}") String reasons) {
    }

    private final ApplicantNotices notices;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    AssistanceAppealStep(ApplicantNotices notices, JdbcClient jdbc, AuditTrail audit) {
        this.notices = notices;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        UUID caseId = step.caseId();
        jdbc.sql("""
                update assistance_requests set appeal_allowed = :a, appeal_reasons = :r, appeal_decided_by = :by
                where case_id = :id""")
            .param("a", values.allowed()).param("r", values.reasons().strip()).param("by", step.username())
            .param("id", caseId).update();
        audit.record(step.username(), AssistanceActions.ASSISTANCE_APPEAL_DECIDED, caseId,
            values.allowed() ? "ALLOWED" : "UPHELD");
        if (values.allowed()) {
            notices.issue(caseId, "assistance-acceptance", Map.of(), step.username());
        }
        return Map.of("appealAllowed", values.allowed());
    }
}
