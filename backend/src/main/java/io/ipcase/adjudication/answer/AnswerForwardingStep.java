package io.ipcase.adjudication.answer;

import static io.ipcase.adjudication.AdjudicationPeriods.FORWARDING;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Order 81 art. 22 ¶2: the answer forwarded to the requester within 5 working days. */
@Step("answer-forwarding")
class AnswerForwardingStep implements TaskStep<AnswerForwardingStep.Values> {

    record Values(
            @NotNull(message = "{forwarding.date.required}") @PastOrPresent(
                    message = "{field.date.not-future}") LocalDate forwardedOn,
            @Size(max = 5000, message = "{field.too-long}") String note) {
    }

    private final JdbcClient jdbc;

    private final CaseClocks clocks;

    private final AuditTrail audit;

    private final Clock clock;

    AnswerForwardingStep(JdbcClient jdbc, CaseClocks clocks, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.clocks = clocks;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        jdbc.sql("""
                update case_answers set forwarded_at = :at, forwarded_by = :by
                where case_id = :id and forwarded_at is null""")
            .param("at", values.forwardedOn().atStartOfDay(clock.getZone()).toOffsetDateTime())
            .param("by", step.username())
            .param("id", step.caseId())
            .update();
        clocks.stop(step.caseId(), FORWARDING, step.username());
        audit.record(step.username(), AdjudicationActions.ANSWER_FORWARDED, step.caseId(),
                values.forwardedOn().toString());
        return Map.of();
    }

}
