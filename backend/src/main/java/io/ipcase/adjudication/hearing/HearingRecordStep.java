package io.ipcase.adjudication.hearing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.CaseSteps;
import io.ipcase.adjudication.WithdrawalGround;
import io.ipcase.audit.AuditTrail;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Art. 26: the requester absent without good reason is deemed to withdraw; the respondent, decided in absence. */
@Step("hearing-record")
class HearingRecordStep implements TaskStep<HearingRecordStep.Values> {

    record Values(boolean requesterPresent, boolean respondentPresent,
                  @NotBlank(message = "{hearing.minutes.required}") @Size(max = 20000, message = "{field.too-long}")
                  String minutes) {
    }

    private final CaseSteps steps;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    HearingRecordStep(CaseSteps steps, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.steps = steps;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Values initialValues(StepContext step) {
        return new Values(true, true, null);
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        steps.notSuspended(step.caseId());
        jdbc.sql("""
                update hearings set status = 'HELD', requester_present = :rp, respondent_present = :sp,
                    minutes = :minutes, recorded_by = :by, recorded_at = :at
                where case_id = :id and status = 'SCHEDULED'""")
            .param("rp", values.requesterPresent()).param("sp", values.respondentPresent())
            .param("minutes", values.minutes().strip()).param("by", step.username())
            .param("at", OffsetDateTime.now(clock)).param("id", step.caseId()).update();
        audit.record(step.username(), AdjudicationActions.HEARING_RECORDED, step.caseId(),
            (values.requesterPresent() ? "" : "REQUESTER_ABSENT ") + (values.respondentPresent() ? "" : "RESPONDENT_ABSENT"));
        Map<String, Object> variables = new HashMap<>();
        variables.put("requesterAbsent", !values.requesterPresent());
        variables.put("respondentAbsent", !values.respondentPresent());
        if (!values.requesterPresent()) {
            variables.put("withdrawalGround", WithdrawalGround.REQUESTER_ABSENT.name());
        }
        return variables;
    }
}
