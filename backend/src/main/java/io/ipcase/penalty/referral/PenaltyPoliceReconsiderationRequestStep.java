package io.ipcase.penalty.referral;

import java.util.Map;

import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.referral.PoliceAnswers.ObjectionValues;
import io.ipcase.penalty.referral.PoliceAnswers.Stage;

/**
 * Whether the office asks the police to reconsider a no-case decision (art. 9): asked,
 * they have 3 days.
 */
@Step("penalty-police-reconsideration-request")
class PenaltyPoliceReconsiderationRequestStep implements TaskStep<ObjectionValues> {

    private static final Stage STAGE = new Stage(PenaltyClocks.RECONSIDERATION_REQUEST, "reconsiderationRequest",
            PenaltyClocks.POLICE_RECONSIDERATION, "policeReconsiderationDueAt");

    private final PoliceAnswers answers;

    PenaltyPoliceReconsiderationRequestStep(PoliceAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Map<String, Object> complete(StepContext step, ObjectionValues values) {
        return answers.objected(step, STAGE, values);
    }

}
