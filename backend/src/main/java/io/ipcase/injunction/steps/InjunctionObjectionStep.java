package io.ipcase.injunction.steps;

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
import io.ipcase.web.ConflictException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The respondent's objection decided within the setting's days (异议决定书, to both parties):
 * sustained, the injunction is to be lifted.
 */
@Step("injunction-objection")
class InjunctionObjectionStep implements TaskStep<InjunctionObjectionStep.Values> {

    record Values(
            @Input(FieldKind.RADIO) @NotNull(message = "{injunction.objection.sustained.required}") Boolean sustained,
            @NotBlank(message = "{injunction.objection.reasons.required}") @Size(max = 5000,
                    message = "{field.too-long}") String reasons) {
    }

    private final InjunctionObjections objections;

    private final InjunctionClocks clocks;

    private final OfficialDocuments documents;

    private final AuditTrail audit;

    InjunctionObjectionStep(InjunctionObjections objections, InjunctionClocks clocks, OfficialDocuments documents,
            AuditTrail audit) {
        this.objections = objections;
        this.clocks = clocks;
        this.documents = documents;
        this.audit = audit;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        UUID caseId = step.caseId();
        InjunctionObjections.Open objection = objections.open(caseId)
            .orElseThrow(() -> new ConflictException("problem.injunction-no-objection"));
        String reasons = values.reasons().strip();
        objections.decide(objection.id(), values.sustained(), reasons, step.username());
        clocks.stop(caseId, InjunctionClocks.OBJECTION, step.username());
        documents.issue(caseId, "objection-decision",
                Map.of("grounds", objection.grounds(), "sustained", values.sustained(), "reasons", reasons),
                Addressee.allParties(ServiceMethod.ELECTRONIC), step.username());
        audit.record(step.username(), InjunctionActions.INJUNCTION_OBJECTION_DECIDED, caseId,
                values.sustained() ? "SUSTAINED" : "REJECTED");
        return Map.of("objectionSustained", values.sustained());
    }

}
