package io.ipcase.penalty.referral;

import java.util.Map;

import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.referral.PoliceAnswers.AnswerValues;
import io.ipcase.penalty.referral.PoliceAnswers.Stage;

/**
 * After the procuratorate's supervision: a case opened, or the penalty procedure goes on.
 */
@Step("penalty-supervision-outcome")
class PenaltySupervisionOutcomeStep implements TaskStep<AnswerValues> {

    private static final Stage STAGE = new Stage(null, "supervisionOutcome", null, null);

    private final PoliceAnswers answers;

    PenaltySupervisionOutcomeStep(PoliceAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Map<String, Object> complete(StepContext step, AnswerValues values) {
        return answers.answered(step, STAGE, values);
    }

}
