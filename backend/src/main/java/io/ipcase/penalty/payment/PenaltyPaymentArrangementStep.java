package io.ipcase.penalty.payment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.ipcase.deadlines.ClockView;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.Approval;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyStepLog;
import io.ipcase.penalty.decision.PenaltyDecisions;
import io.ipcase.penalty.decision.PenaltyDecisions.Decision;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The supervisor decides a request to defer the fine or pay it in instalments (Admin.
 * Penalty Law art. 66 ¶2): approved, the fine falls due on the arrangement's last day.
 */
@Step("penalty-payment-arrangement")
class PenaltyPaymentArrangementStep implements TaskStep<Approval> {

    private final JdbcClient jdbc;

    private final PenaltyStepLog log;

    private final PenaltyDecisions decisions;

    private final PenaltyClocks clocks;

    private final Deadlines deadlines;

    private final Clock clock;

    PenaltyPaymentArrangementStep(JdbcClient jdbc, PenaltyStepLog log, PenaltyDecisions decisions, PenaltyClocks clocks,
            Deadlines deadlines, Clock clock) {
        this.jdbc = jdbc;
        this.log = log;
        this.decisions = decisions;
        this.clocks = clocks;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Approval values) {
        boolean approved = values.approved();
        long id = jdbc.sql("select id from penalty_arrangements where case_id = :c and status = 'REQUESTED'")
            .param("c", step.caseId())
            .query(Long.class)
            .single();
        jdbc.sql("update penalty_arrangements set status = :s, decided_by = :by, decided_at = :at where id = :id")
            .param("s", values.outcome().name())
            .param("by", step.username())
            .param("at", OffsetDateTime.now(clock))
            .param("id", id)
            .update();
        Map<String, Object> vars = approved ? moved(step.caseId(), id, step.username()) : Map.of();
        log.record(step, values.entry());
        return vars;
    }

    private Map<String, Object> moved(UUID caseId, long arrangementId, String actor) {
        LocalDate last = jdbc.sql("select max(due_on) from penalty_instalments where arrangement_id = :a")
            .param("a", arrangementId)
            .query(LocalDate.class)
            .single();
        ClockView payment = clocks.movePayment(caseId, last, actor);
        Decision d = decisions.require(caseId);
        // Admin. Penalty Law art. 72 ¶2: the period to apply to the court runs from the
        // end of the deferral
        LocalDate enforcementFrom = payment.deadline().lastDay().isAfter(d.windowsCloseOn())
                ? payment.deadline().lastDay() : d.windowsCloseOn();
        decisions.paymentMoved(caseId, payment.deadline().lastDay(), enforcementFrom);
        Map<String, Object> vars = new HashMap<>();
        vars.put("paymentExpiresAt", payment.deadline().expiryDate());
        vars.put("enforcementFromAt", deadlines.endingOn(enforcementFrom).expiryDate());
        return vars;
    }

}
