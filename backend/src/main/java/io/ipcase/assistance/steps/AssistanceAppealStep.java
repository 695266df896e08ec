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

/**
 * The supervisor upholds the refusal, or reverses it and the request is accepted (受理通知书).
 */
@Step("assistance-appeal")
class AssistanceAppealStep implements TaskStep<AssistanceAppealStep.Values> {

    record Values(@Input(FieldKind.RADIO) @NotNull(message = "{assistance.appeal.allowed.required}") Boolean allowed,
            @NotBlank(message = "{assistance.appeal.reasons.required}") @Size(max = 5000,
                    message = "{field.too-long}") String reasons) {
    }

    private final AssistanceRequests requests;

    private final ApplicantNotices notices;

    private final AuditTrail audit;

    AssistanceAppealStep(AssistanceRequests requests, ApplicantNotices notices, AuditTrail audit) {
        this.requests = requests;
        this.notices = notices;
        this.audit = audit;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        UUID caseId = step.caseId();
        requests.appealDecided(caseId, values.allowed(), values.reasons().strip(), step.username());
        audit.record(step.username(), AssistanceActions.ASSISTANCE_APPEAL_DECIDED, caseId,
                values.allowed() ? "ALLOWED" : "UPHELD");
        if (values.allowed()) {
            notices.issue(caseId, "assistance-acceptance", Map.of(), step.username());
        }
        return Map.of("appealAllowed", values.allowed());
    }

}
