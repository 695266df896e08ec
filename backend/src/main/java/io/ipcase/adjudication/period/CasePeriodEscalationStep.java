package io.ipcase.adjudication.period;

import java.util.Map;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.audit.AuditTrail;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The supervisor takes up a case whose period ran out (Order 81 art. 37): what happens
 * next, on the record.
 */
@Step("case-period-escalation")
class CasePeriodEscalationStep implements TaskStep<CasePeriodEscalationStep.Values> {

    record Values(@NotBlank(message = "{escalation.note.required}") @Size(max = 5000,
            message = "{field.too-long}") String note) {
    }

    private final AuditTrail audit;

    CasePeriodEscalationStep(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        audit.record(step.username(), AdjudicationActions.CASE_PERIOD_ESCALATION_REVIEWED, step.caseId(),
                values.note().strip());
        return Map.of();
    }

}
