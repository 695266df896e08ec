package io.ipcase.adjudication.decision;

import static io.ipcase.adjudication.AdjudicationPeriods.CASE_PERIOD;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.AdjudicationDocuments;
import io.ipcase.adjudication.DecisionOutcomes.Outcome;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.inbox.steps.ShownWhen;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The supervisor approves the draft, which ends the case period, or returns it with
 * comments.
 */
@Step("decision-approval")
class DecisionApprovalStep implements TaskStep<DecisionApprovalStep.Values> {

    enum Approval {

        APPROVE, RETURN

    }

    record Values(@NotNull(message = "{approval.decision.required}") Approval decision,
            @ShownWhen(field = "decision", is = "RETURN") @NotBlank(message = "{approval.comments.required}") @Size(
                    max = 5000, message = "{field.too-long}") String comments) {
    }

    private final Decisions decisions;

    private final CaseClocks clocks;

    private final Cases cases;

    private final AdjudicationDocuments documents;

    private final AuditTrail audit;

    private final Clock clock;

    DecisionApprovalStep(Decisions decisions, CaseClocks clocks, Cases cases, AdjudicationDocuments documents,
            AuditTrail audit, Clock clock) {
        this.decisions = decisions;
        this.clocks = clocks;
        this.cases = cases;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        UUID caseId = step.caseId();
        Decisions.Draft draft = decisions.decideOnDraft(caseId, values.decision().name(), values.comments(),
                step.username());
        Map<String, Object> variables = new HashMap<>();
        variables.put("decisionApproval", values.decision().name());
        if (values.decision() == Approval.APPROVE) {
            clocks.stop(caseId, CASE_PERIOD, step.username());
            // the decision is issued to both parties; a repeat infringer may see its case
            // only now
            cases.markAddressed(caseId, PartyRecord.RESPONDENT, OffsetDateTime.now(clock));
            boolean found = draft.outcome() == Outcome.INFRINGEMENT_FOUND;
            variables.put("infringementFound", found);
            audit.record(step.username(), AdjudicationActions.DECISION_APPROVED, caseId, draft.outcome().name());
            // the approved draft goes out as the decision (行政裁决书), served on each party
            documents.issueDecision(caseId, found, draft.stopMeasures(), draft.stopScope(), draft.reasoning(),
                    step.username());
        }
        else {
            audit.record(step.username(), AdjudicationActions.DECISION_RETURNED, caseId, values.comments().strip());
        }
        return variables;
    }

}
