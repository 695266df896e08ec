package io.ipcase.adjudication.acceptance;

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

/**
 * The supervisor's decision; an approved extension moves the review's due date by 5
 * working days (art. 20).
 */
@Step("acceptance-extension-approval")
class AcceptanceExtensionApprovalStep implements TaskStep<AcceptanceExtensionApprovalStep.Values> {

    enum Approval {

        APPROVE, REFUSE

    }

    record Values(@NotNull(message = "{approval.decision.required}") Approval decision,
            @ShownWhen(field = "decision", is = "REFUSE") @NotBlank(message = "{approval.comments.required}") @Size(
                    max = 5000, message = "{field.too-long}") String comments) {
    }

    private final AcceptanceExtensions extensions;

    private final CaseClocks clocks;

    private final AuditTrail audit;

    AcceptanceExtensionApprovalStep(AcceptanceExtensions extensions, CaseClocks clocks, AuditTrail audit) {
        this.extensions = extensions;
        this.clocks = clocks;
        this.audit = audit;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        String reasons = extensions.decide(step.caseId(), values.decision().name(), values.comments(), step.username());
        if (values.decision() == Approval.APPROVE) {
            clocks.extend(step.caseId(), AdjudicationPeriods.ACCEPTANCE, AdjudicationPeriods.ACCEPTANCE_EXTENSION,
                    step.username(), "DEPARTMENT_HEAD", reasons);
        }
        audit.record(step.username(), AdjudicationActions.ACCEPTANCE_EXTENSION_DECIDED, step.caseId(),
                values.decision().name());
        return Map.of();
    }

}
