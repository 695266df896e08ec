package io.ipcase.adjudication.hearing;

import java.util.HashMap;
import java.util.Map;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.casework.CaseSteps;
import io.ipcase.adjudication.withdrawal.WithdrawalGround;
import io.ipcase.audit.AuditTrail;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Art. 26: the requester absent without good reason is deemed to withdraw; the
 * respondent, decided in absence.
 */
@Step("hearing-record")
class HearingRecordStep implements TaskStep<HearingRecordStep.Values> {

    record Values(boolean requesterPresent, boolean respondentPresent,
            @NotBlank(message = "{hearing.minutes.required}") @Size(max = 20000,
                    message = "{field.too-long}") String minutes) {
    }

    private final CaseSteps steps;

    private final Hearings hearings;

    private final AuditTrail audit;

    HearingRecordStep(CaseSteps steps, Hearings hearings, AuditTrail audit) {
        this.steps = steps;
        this.hearings = hearings;
        this.audit = audit;
    }

    /** Both parties present, unless the panel records an absence. */
    @Override
    public Values initialValues(StepContext step) {
        return new Values(true, true, null);
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        steps.notSuspended(step.caseId());
        hearings.recordHeld(step.caseId(), values.requesterPresent(), values.respondentPresent(),
                values.minutes().strip(), step.username());
        audit.record(step.username(), AdjudicationActions.HEARING_RECORDED, step.caseId(),
                (values.requesterPresent() ? "" : "REQUESTER_ABSENT ")
                        + (values.respondentPresent() ? "" : "RESPONDENT_ABSENT"));
        Map<String, Object> variables = new HashMap<>();
        variables.put("requesterAbsent", !values.requesterPresent());
        variables.put("respondentAbsent", !values.respondentPresent());
        if (!values.requesterPresent()) {
            variables.put("withdrawalGround", WithdrawalGround.REQUESTER_ABSENT.name());
        }
        return variables;
    }

}
