package io.ipcase.penalty.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.penalty.PenaltyAudit;
import io.ipcase.penalty.PenaltyCase;
import io.ipcase.penalty.PenaltyCases;
import io.ipcase.penalty.PenaltyModel;
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
 * Deferral or instalments of the fine, asked for within the period to pay by a party in
 * economic difficulty (Admin. Penalty Law art. 66 ¶2) and decided by the supervisor.
 */
@Service
class PenaltyArrangements {

    private final JdbcClient jdbc;

    private final PenaltyCases cases;

    private final PenaltyDecisions decisions;

    private final Deadlines deadlines;

    private final PenaltyModel model;

    private final AuditTrail audit;

    PenaltyArrangements(JdbcClient jdbc, PenaltyCases cases, PenaltyDecisions decisions, Deadlines deadlines,
            PenaltyModel model, AuditTrail audit) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.decisions = decisions;
        this.deadlines = deadlines;
        this.model = model;
        this.audit = audit;
    }

    @Transactional
    public void request(AppUser user, UUID caseId, ArrangementRequest request) {
        PenaltyCase pc = cases.requireWorker(user, caseId);
        Decision d = decisions.require(caseId);
        List<Violation> violations = new ArrayList<>();
        if (request.kind() == null) {
            violations.add(Violation.keyed("kind", "penalty.arrangement.kind.required"));
        }
        if (request.reasons() == null || request.reasons().isBlank() || request.reasons().length() > 2000) {
            violations.add(Violation.keyed("reasons", "penalty.arrangement.reasons.required"));
        }
        List<LateSurcharge.Due> schedule = request.kind() == null ? List.of() : schedule(request, d, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (jdbc.sql("select count(*) from penalty_arrangements where case_id = :c and status = 'REQUESTED'")
            .param("c", caseId)
            .query(Integer.class)
            .single() > 0) {
            throw new ConflictException("problem.penalty.arrangement-pending");
        }
        jdbc.sql("""
                insert into penalty_arrangements (case_id, kind, reasons, requested_on, status)
                values (:c, :kind, :reasons, :on, 'REQUESTED')""")
            .param("c", caseId)
            .param("kind", request.kind().name())
            .param("reasons", request.reasons().strip())
            .param("on", deadlines.today())
            .update();
        long id = jdbc.sql("select max(id) from penalty_arrangements where case_id = :c")
            .param("c", caseId)
            .query(Long.class)
            .single();
        for (int i = 0; i < schedule.size(); i++) {
            jdbc.sql("insert into penalty_instalments (arrangement_id, seq, due_on, amount) values (:a, :s, :d, :m)")
                .param("a", id)
                .param("s", i + 1)
                .param("d", schedule.get(i).lastDay())
                .param("m", schedule.get(i).amount())
                .update();
        }
        audit.record(user.getUsername(), PenaltyAudit.ARRANGEMENT_REQUESTED, caseId, request.kind().name());
        model.tell(pc, "PaymentArrangementRequested", Map.of(), "problem.penalty.arrangement-not-now");
    }

    private List<LateSurcharge.Due> schedule(ArrangementRequest request, Decision d, List<Violation> violations) {
        LocalDate due = d.paymentDueOn();
        if (request.kind() == ArrangementKind.DEFERRAL) {
            if (request.newDueOn() == null || due == null || !request.newDueOn().isAfter(due)) {
                violations.add(Violation.keyed("newDueOn", "penalty.arrangement.due.later"));
                return List.of();
            }
            return List.of(new LateSurcharge.Due(request.newDueOn(), d.fine()));
        }
        List<LateSurcharge.Due> parts = request.instalments() == null ? List.of()
                : request.instalments().stream().map(i -> new LateSurcharge.Due(i.dueOn(), i.amount())).toList();
        BigDecimal sum = parts.stream()
            .map(LateSurcharge.Due::amount)
            .map(a -> a == null ? BigDecimal.ZERO : a)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean ordered = true;
        for (int i = 0; i < parts.size(); i++) {
            LateSurcharge.Due p = parts.get(i);
            if (p.lastDay() == null || p.amount() == null || p.amount().signum() <= 0
                    || (i > 0 && !p.lastDay().isAfter(parts.get(i - 1).lastDay()))) {
                ordered = false;
            }
        }
        if (parts.size() < 2 || !ordered || sum.compareTo(d.fine()) != 0) {
            violations.add(Violation.keyed("instalments", "penalty.arrangement.instalments.invalid",
                    d.fine().toPlainString()));
            return List.of();
        }
        return parts;
    }

    /**
     * The fine's parts by their last day: the latest approved arrangement's, or the whole
     * fine at once.
     */
    List<LateSurcharge.Due> schedule(UUID caseId, Decision d) {
        List<LateSurcharge.Due> approved = jdbc
            .sql("""
                    select i.due_on, i.amount from penalty_instalments i join penalty_arrangements a on a.id = i.arrangement_id
                    where a.case_id = :c and a.status = 'APPROVED' and a.id = (select max(id) from penalty_arrangements
                        where case_id = :c and status = 'APPROVED')
                    order by i.seq""")
            .param("c", caseId)
            .query((rs, i) -> new LateSurcharge.Due(rs.getObject("due_on", LocalDate.class),
                    rs.getBigDecimal("amount")))
            .list();
        if (!approved.isEmpty()) {
            BigDecimal scheduled = approved.stream()
                .map(LateSurcharge.Due::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (scheduled.compareTo(d.fine()) == 0) {
                return approved;
            }
            // a fine varied after the arrangement falls due at its last day
            return List.of(new LateSurcharge.Due(approved.get(approved.size() - 1).lastDay(), d.fine()));
        }
        return List.of(new LateSurcharge.Due(d.paymentDueOn(), d.fine()));
    }

    enum ArrangementKind {

        DEFERRAL, INSTALMENTS

    }

    record ArrangementRequest(ArrangementKind kind, String reasons, LocalDate newDueOn, List<Instalment> instalments) {
    }

    record Instalment(LocalDate dueOn, BigDecimal amount) {
    }

}
