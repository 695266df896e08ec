package io.ipcase.penalty.referral;

import java.util.Map;

import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.referral.PoliceAnswers.ObjectionValues;
import io.ipcase.penalty.referral.PoliceAnswers.Stage;

/**
 * Whether the office asks the procuratorate to supervise the police's refusal to open a
 * case (art. 9).
 */
@Step("penalty-supervision-request")
class PenaltySupervisionRequestStep implements TaskStep<ObjectionValues> {

    private static final Stage STAGE = new Stage(PenaltyClocks.SUPERVISION_REQUEST, "supervisionRequest", null, null);

    private final PoliceAnswers answers;

    PenaltySupervisionRequestStep(PoliceAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Map<String, Object> complete(StepContext step, ObjectionValues values) {
        return answers.objected(step, STAGE, values);
    }

}
