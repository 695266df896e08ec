package io.ipcase.penalty.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.penalty.PenaltyAudit;
import io.ipcase.penalty.PenaltyCase;
import io.ipcase.penalty.PenaltyCases;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyModel;
import io.ipcase.penalty.decision.PenaltyChallenges;
import io.ipcase.penalty.decision.PenaltyDecisions;
import io.ipcase.penalty.decision.PenaltyDecisions.Decision;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the party pays on a penalty: the fine and the confiscated gains within 15 days of
 * service, with the late-payment surcharge after that ({@link LateSurcharge}); the fine
 * paid in full ends the wait for it.
 */
@Service
public class PenaltyPayments {

    private final JdbcClient jdbc;

    private final PenaltyCases cases;

    private final PenaltyDecisions decisions;

    private final PenaltyArrangements arrangements;

    private final PenaltyChallenges challenges;

    private final PenaltyClocks clocks;

    private final PenaltyModel model;

    private final AuditTrail audit;

    private final Clock clock;

    PenaltyPayments(JdbcClient jdbc, PenaltyCases cases, PenaltyDecisions decisions, PenaltyArrangements arrangements,
            PenaltyChallenges challenges, PenaltyClocks clocks, PenaltyModel model, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.decisions = decisions;
        this.arrangements = arrangements;
        this.challenges = challenges;
        this.clocks = clocks;
        this.model = model;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Due record(AppUser user, UUID caseId, PaymentRecord payment) {
        PenaltyCase pc = cases.requireWorker(user, caseId);
        if (!decisions.require(caseId).inForce()) {
            throw new ConflictException("problem.penalty.nothing-to-pay");
        }
        List<Violation> violations = new ArrayList<>();
        if (payment.paidOn() == null) {
            violations.add(Violation.keyed("paidOn", "penalty.step.date.required"));
        }
        else if (payment.paidOn().isAfter(LocalDate.now(clock))) {
            violations.add(Violation.keyed("paidOn", "penalty.step.date.future"));
        }
        if (payment.amount() == null || payment.amount().signum() <= 0 || payment.amount().scale() > 2) {
            violations.add(Violation.keyed("amount", "penalty.payment.amount.invalid"));
        }
        if (payment.receipt() == null || payment.receipt().isBlank() || payment.receipt().length() > 100) {
            violations.add(Violation.keyed("receipt", "penalty.payment.receipt.required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        jdbc.sql("""
                insert into penalty_payments (case_id, paid_on, amount, receipt, recorded_by, recorded_at)
                values (:c, :on, :amount, :receipt, :by, :at)""")
            .param("c", caseId)
            .param("on", payment.paidOn())
            .param("amount", payment.amount())
            .param("receipt", payment.receipt().strip())
            .param("by", user.getUsername())
            .param("at", OffsetDateTime.now(clock))
            .update();
        audit.record(user.getUsername(), PenaltyAudit.PAYMENT_RECORDED, caseId, payment.amount().toPlainString());
        Due due = due(caseId, payment.paidOn());
        if (due.outstanding().signum() <= 0) {
            clocks.stopIfRunning(caseId, PenaltyClocks.PAYMENT, user.getUsername());
            model.tellAnyWaiting(pc, "FinePaid", Map.of());
        }
        return due;
    }

    /**
     * What the party owes on a day: the fine, the confiscated gains and the surcharge,
     * less what they paid.
     */
    public Due due(UUID caseId, LocalDate asOf) {
        Decision d = decisions.require(caseId);
        List<LateSurcharge.Payment> paid = jdbc
            .sql("select paid_on, amount from penalty_payments where case_id = :c order by paid_on")
            .param("c", caseId)
            .query(LateSurcharge.Payment.class)
            .list();
        BigDecimal totalPaid = paid.stream()
            .map(LateSurcharge.Payment::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal surcharge = BigDecimal.ZERO.setScale(2);
        if (d.paymentDueOn() != null) {
            List<LateSurcharge.Pause> pauses = challenges.pauses(caseId)
                .stream()
                .map(p -> new LateSurcharge.Pause(p.filedOn(), p.decidedOn()))
                .toList();
            surcharge = LateSurcharge.asOf(d.fine(), arrangements.schedule(caseId, d), paid, pauses, asOf);
        }
        BigDecimal owed = d.fine().add(d.confiscatedGains()).add(surcharge);
        return new Due(asOf, d.fine(), d.confiscatedGains(), surcharge, totalPaid,
                owed.subtract(totalPaid).max(BigDecimal.ZERO.setScale(2)), d.paymentDueOn());
    }

    public record Due(LocalDate asOf, BigDecimal fine, BigDecimal confiscatedGains, BigDecimal surcharge,
            BigDecimal paid, BigDecimal outstanding, LocalDate lastDayToPay) {
    }

    record PaymentRecord(LocalDate paidOn, BigDecimal amount, String receipt) {
    }

}
