package io.ipcase.adjudication.answer;

import static io.ipcase.adjudication.AdjudicationPeriods.CASE_PERIOD;
import static io.ipcase.adjudication.AdjudicationPeriods.JURISDICTION;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.casework.CaseSteps;
import io.ipcase.adjudication.withdrawal.WithdrawalGround;
import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.inbox.steps.ShownWhen;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The department's decision on a jurisdiction objection (Order 81 art. 9): rejected, or
 * upheld and the case transferred; the case period runs on unless the case is suspended
 * (art. 37 ¶2).
 */
@Step("jurisdiction-objection-decision")
class JurisdictionObjectionDecisionStep implements TaskStep<JurisdictionObjectionDecisionStep.Values> {

    enum Decision {

        REJECT, TRANSFER

    }

    record Values(@NotNull(message = "{decision.required}") Decision decision,
            @ShownWhen(field = "decision", is = "TRANSFER") @NotBlank(
                    message = "{objection.transfer-to.required}") @Size(max = 200,
                            message = "{field.too-long}") String transferTo,
            @NotBlank(message = "{reasons.required}") @Size(max = 5000, message = "{field.too-long}") String reasons) {
    }

    private final JdbcClient jdbc;

    private final CaseClocks clocks;

    private final CaseSteps steps;

    private final AuditTrail audit;

    private final Clock clock;

    JurisdictionObjectionDecisionStep(JdbcClient jdbc, CaseClocks clocks, CaseSteps steps, AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.clocks = clocks;
        this.steps = steps;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        boolean paused = jdbc.sql("""
                select paused_case_period from jurisdiction_objections where case_id = :id and decision is null""")
            .param("id", step.caseId())
            .query(Boolean.class)
            .optional()
            .orElse(false);
        jdbc.sql("""
                update jurisdiction_objections set decision = :d, transfer_to = :to, reasons = :r, decided_by = :by,
                    decided_at = :at where case_id = :id and decision is null""")
            .param("d", values.decision().name())
            .param("to", values.transferTo())
            .param("r", values.reasons().strip())
            .param("by", step.username())
            .param("at", OffsetDateTime.now(clock))
            .param("id", step.caseId())
            .update();
        clocks.stop(step.caseId(), JURISDICTION, step.username());
        if (paused && !steps.suspended(step.caseId())) {
            clocks.resume(step.caseId(), CASE_PERIOD, step.username());
        }
        audit.record(step.username(), AdjudicationActions.JURISDICTION_OBJECTION_DECIDED, step.caseId(),
                values.decision().name());
        Map<String, Object> variables = new HashMap<>();
        variables.put("jurisdictionDecision", values.decision().name());
        if (values.decision() == Decision.TRANSFER) {
            // art. 9: outside its jurisdiction, the department withdraws the case and
            // passes it on
            variables.put("withdrawalGround", WithdrawalGround.TRANSFERRED.name());
        }
        return variables;
    }

}
