package io.ipcase.adjudication.withdrawal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.audit.AuditTrail;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The panel decides on a request to withdraw the case (Order 81 art. 36), with its
 * reasons.
 */
@Step("withdrawal-decision")
class WithdrawalDecisionStep implements TaskStep<WithdrawalDecisionStep.Values> {

    enum Decision {

        WITHDRAW, CONTINUE

    }

    record Values(@NotNull(message = "{decision.required}") Decision decision,
            @NotBlank(message = "{reasons.required}") @Size(max = 5000, message = "{field.too-long}") String reasons) {
    }

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final Clock clock;

    WithdrawalDecisionStep(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        jdbc.sql("""
                update withdrawal_requests set decision = :d, reasons = :r, decided_by = :by, decided_at = :at
                where case_id = :id and decision is null""")
            .param("d", values.decision().name())
            .param("r", values.reasons().strip())
            .param("by", step.username())
            .param("at", OffsetDateTime.now(clock))
            .param("id", step.caseId())
            .update();
        audit.record(step.username(), AdjudicationActions.WITHDRAWAL_DECIDED, step.caseId(), values.decision().name());
        return Map.of("withdrawalDecision", values.decision().name());
    }

}
