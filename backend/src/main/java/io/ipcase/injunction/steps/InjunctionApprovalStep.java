package io.ipcase.injunction.steps;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.documents.Addressee;
import io.ipcase.documents.OfficialDocuments;
import io.ipcase.documents.ServiceMethod;
import io.ipcase.inbox.steps.FieldKind;
import io.ipcase.inbox.steps.Input;
import io.ipcase.inbox.steps.RequiredWhen;
import io.ipcase.inbox.steps.ShownWhen;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The supervisor's approval: the injunction (禁令决定书) orders the respondent to stop at once
 * and is issued for service on it; an online shop's platform gets a notice to act on it
 * (平台通知书). A proposal returned goes back to the review, with the reasons why.
 */
@Step("injunction-approval")
class InjunctionApprovalStep implements TaskStep<InjunctionApprovalStep.Values> {

    enum Approval {

        APPROVE, RETURN

    }

    /**
     * @param serviceMethod how the injunction is to be served on the respondent
     */
    record Values(@NotNull(message = "{injunction.approval.decision.required}") Approval decision,
            @Input(FieldKind.SELECT) @ShownWhen(field = "decision", is = "APPROVE") @NotNull(
                    message = "{injunction.approval.service-method.required}") ServiceMethod serviceMethod,
            @RequiredWhen(field = "decision", is = "RETURN", message = "injunction.approval.note.required") @Size(
                    max = 5000, message = "{field.too-long}") String note) {
    }

    private final InjunctionDecisions decisions;

    private final InjunctionClocks clocks;

    private final Cases cases;

    private final OfficialDocuments documents;

    private final AuditTrail audit;

    InjunctionApprovalStep(InjunctionDecisions decisions, InjunctionClocks clocks, Cases cases,
            OfficialDocuments documents, AuditTrail audit) {
        this.decisions = decisions;
        this.clocks = clocks;
        this.cases = cases;
        this.documents = documents;
        this.audit = audit;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        UUID caseId = step.caseId();
        String note = values.note() == null || values.note().isBlank() ? null : values.note().strip();
        audit.record(step.username(), InjunctionActions.INJUNCTION_APPROVAL_DECIDED, caseId,
                values.decision().name() + (note == null ? "" : ": " + note));
        if (values.decision() == Approval.APPROVE) {
            issue(caseId, values.serviceMethod(), step.username());
        }
        return Map.of("approval", values.decision().name());
    }

    private void issue(UUID caseId, ServiceMethod serviceMethod, String actor) {
        InjunctionDecisions.Order order = decisions.approved(caseId, actor);
        clocks.stop(caseId, InjunctionClocks.REVIEW, actor);
        PartyRecord respondent = cases.parties(caseId)
            .stream()
            .filter(p -> PartyRecord.RESPONDENT.equals(p.role()))
            .findFirst()
            .orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("stopOrder", order.stopOrder());
        model.put("actsToStop", order.actsToStop());
        documents.issue(caseId, "injunction-decision", model, Addressee.party(respondent, serviceMethod), actor);
        if (order.platformName() != null) {
            model.put("platformName", order.platformName());
            model.put("listingUrl", order.listingUrl());
            documents.issue(caseId, "platform-notice", model,
                    Addressee.authority(order.platformName(), ServiceMethod.ELECTRONIC), actor);
        }
    }

}
