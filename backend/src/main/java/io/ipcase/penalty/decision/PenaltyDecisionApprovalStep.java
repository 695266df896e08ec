package io.ipcase.penalty.decision;

import java.util.Map;

import io.ipcase.inbox.steps.RequiredWhen;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.PenaltyStepLog;
import io.ipcase.penalty.PenaltyStepLog.Entry;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The head approves the decision, which is then issued, or returns it with reasons. */
@Step("penalty-decision-approval")
class PenaltyDecisionApprovalStep implements TaskStep<PenaltyDecisionApprovalStep.Values> {

    enum Outcome {

        APPROVED, RETURNED

    }

    record Values(@NotNull(message = "{penalty.step.outcome.required}") Outcome outcome,
            @RequiredWhen(field = "outcome", is = "RETURNED", message = "penalty.step.comments.required") @Size(
                    max = 5000, message = "{field.too-long}") String comments) {
    }

    private final PenaltyStepLog log;

    PenaltyDecisionApprovalStep(PenaltyStepLog log) {
        this.log = log;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        log.record(step, Entry.of(values.outcome()).withComments(values.comments()));
        return Map.of("decisionApproval", values.outcome().name());
    }

}
