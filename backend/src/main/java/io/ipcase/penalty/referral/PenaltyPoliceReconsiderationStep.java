package io.ipcase.penalty.referral;

import java.util.Map;

import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.referral.PoliceAnswers.AnswerValues;
import io.ipcase.penalty.referral.PoliceAnswers.Stage;

/**
 * The police's reconsideration (art. 9): a case opened, or 3 days to ask the
 * procuratorate to supervise.
 */
@Step("penalty-police-reconsideration")
class PenaltyPoliceReconsiderationStep implements TaskStep<AnswerValues> {

    private static final Stage STAGE = new Stage(PenaltyClocks.POLICE_RECONSIDERATION, "policeReconsideration",
            PenaltyClocks.SUPERVISION_REQUEST, "supervisionRequestDueAt");

    private final PoliceAnswers answers;

    PenaltyPoliceReconsiderationStep(PoliceAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Map<String, Object> complete(StepContext step, AnswerValues values) {
        return answers.answered(step, STAGE, values);
    }

}
