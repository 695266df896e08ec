package io.ipcase.mediation.steps;

import java.util.HashMap;
import java.util.Map;

import io.ipcase.audit.AuditTrail;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Order 81 art. 66: no consent, no filing; the requester is told within 5 working days.
 */
@Step("mediation-not-filed")
class MediationNotFiledStep implements TaskStep<MediationNotFiledStep.Values> {

    record Values(@NotBlank(message = "{mediation.not-filed.note.required}") @Size(max = 5000,
            message = "{field.too-long}") String note) {
    }

    private final OpenMediations mediations;

    private final AuditTrail audit;

    MediationNotFiledStep(OpenMediations mediations, AuditTrail audit) {
        this.mediations = mediations;
        this.audit = audit;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        OpenMediations.Current m = mediations.require(step.caseId());
        mediations.close(step.caseId(), m.id(), "NOT_FILED", step.username());
        if (m.inCase()) {
            mediations.resumeCasePeriod(step.caseId(), step.username());
        }
        audit.record(step.username(), MediationActions.MEDIATION_NOT_FILED, step.caseId(), values.note().strip());
        return new HashMap<>(Map.of("mediationOutcome", "NOT_FILED"));
    }

}
