package io.ipcase.injunction.steps;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.documents.Addressee;
import io.ipcase.documents.OfficialDocuments;
import io.ipcase.documents.ServiceMethod;
import io.ipcase.inbox.steps.FieldKind;
import io.ipcase.inbox.steps.Input;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.RuntimeService;

/**
 * The injunction lifted (解除禁令决定书, to both parties), for the reason its procedure
 * recorded: an objection sustained, the patent invalidated, no infringement found, or no
 * adjudication request.
 */
@Step("injunction-lifting")
class InjunctionLiftingStep implements TaskStep<InjunctionLiftingStep.Values> {

    record Values(
            @Input(FieldKind.SELECT) @NotNull(
                    message = "{injunction.lifting.service-method.required}") ServiceMethod serviceMethod,
            @Size(max = 5000, message = "{field.too-long}") String note) {
    }

    private final InjunctionDecisions decisions;

    private final InjunctionClocks clocks;

    private final OfficialDocuments documents;

    private final RuntimeService runtime;

    private final AuditTrail audit;

    InjunctionLiftingStep(InjunctionDecisions decisions, InjunctionClocks clocks, OfficialDocuments documents,
            RuntimeService runtime, AuditTrail audit) {
        this.decisions = decisions;
        this.clocks = clocks;
        this.documents = documents;
        this.runtime = runtime;
        this.audit = audit;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        UUID caseId = step.caseId();
        String reason = (String) runtime.getVariable(step.task().processInstanceId(), "liftReason");
        decisions.lifted(caseId, reason, step.username());
        clocks.stop(caseId, InjunctionClocks.LAPSE, step.username());
        clocks.stop(caseId, InjunctionClocks.OBJECTION, step.username());
        Map<String, Object> model = new HashMap<>();
        model.put("reason", reason);
        model.put("note", values.note() == null || values.note().isBlank() ? null : values.note().strip());
        documents.issue(caseId, "lifting-decision", model, Addressee.allParties(values.serviceMethod()),
                step.username());
        audit.record(step.username(), InjunctionActions.INJUNCTION_LIFTED, caseId, reason);
        return Map.of();
    }

}
