package io.ipcase.penalty.referral;

import java.util.Map;

import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.referral.PoliceAnswers.AnswerValues;
import io.ipcase.penalty.referral.PoliceAnswers.Stage;

/**
 * The police's decision on filing the referred case (art. 8): opened, or 3 days to ask
 * them to reconsider.
 */
@Step("penalty-police-decision")
class PenaltyPoliceDecisionStep implements TaskStep<AnswerValues> {

    private static final Stage STAGE = new Stage(PenaltyClocks.POLICE_DECISION, "policeDecision",
            PenaltyClocks.RECONSIDERATION_REQUEST, "reconsiderationRequestDueAt");

    private final PoliceAnswers answers;

    PenaltyPoliceDecisionStep(PoliceAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Map<String, Object> complete(StepContext step, AnswerValues values) {
        return answers.answered(step, STAGE, values);
    }

}
