package io.ipcase.penalty.decision;

import java.time.LocalDate;
import java.util.Map;

import io.ipcase.inbox.steps.RequiredWhen;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.PenaltyStepLog;
import io.ipcase.penalty.PenaltyStepLog.Entry;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * 集体讨论 (Admin. Penalty Law art. 57 ¶2): the heads' meeting on a complex or major case,
 * its date, the meeting (the reference), and its conclusion.
 */
@Step("penalty-collective-discussion")
class PenaltyCollectiveDiscussionStep implements TaskStep<PenaltyCollectiveDiscussionStep.Values> {

    enum Outcome {

        AGREED, RETURNED

    }

    record Values(@NotNull(message = "{penalty.step.outcome.required}") Outcome outcome,
            @NotNull(message = "{penalty.step.date.required}") @PastOrPresent(
                    message = "{penalty.step.date.future}") LocalDate date,
            @NotBlank(message = "{penalty.step.reference.required}") @Size(max = 300,
                    message = "{field.too-long}") String reference,
            @RequiredWhen(field = "outcome", is = {
                    "AGREED", "RETURNED" }, message = "penalty.step.comments.required") @Size(max = 5000,
                            message = "{field.too-long}") String comments){
    }

    private final PenaltyStepLog log;

    PenaltyCollectiveDiscussionStep(PenaltyStepLog log) {
        this.log = log;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        log.record(step,
                Entry.of(values.outcome())
                    .on(values.date())
                    .withReference(values.reference())
                    .withComments(values.comments()));
        return Map.of("collectiveDiscussion", values.outcome().name());
    }

}
