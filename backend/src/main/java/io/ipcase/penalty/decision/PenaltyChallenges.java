package io.ipcase.penalty.decision;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.ClockState;
import io.ipcase.deadlines.ClockView;
import io.ipcase.deadlines.Deadline;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.penalty.PenaltyAudit;
import io.ipcase.penalty.PenaltyCase;
import io.ipcase.penalty.PenaltyCases;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyModel;
import io.ipcase.penalty.decision.PenaltyDecisions.Decision;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import io.ipcase.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconsideration and lawsuits against a penalty decision: while one runs, the
 * late-payment surcharge stops counting (Admin. Penalty Law art. 73 ¶3) and the court may
 * not be asked to enforce; its outcome upholds, varies or revokes the decision.
 */
@Service
public class PenaltyChallenges {

    /**
     * The model waits for the court application with the day it may be made; this moves
     * it.
     */
    static final String ENFORCEMENT_CHANGED = "EnforcementClockChanged";

    private final JdbcClient jdbc;

    private final PenaltyCases cases;

    private final PenaltyDecisions decisions;

    private final PenaltyClocks clocks;

    private final Deadlines deadlines;

    private final PenaltyModel model;

    private final AuditTrail audit;

    private final Clock clock;

    PenaltyChallenges(JdbcClient jdbc, PenaltyCases cases, PenaltyDecisions decisions, PenaltyClocks clocks,
            Deadlines deadlines, PenaltyModel model, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.decisions = decisions;
        this.clocks = clocks;
        this.deadlines = deadlines;
        this.model = model;
        this.audit = audit;
        this.clock = clock;
    }

    /** A reconsideration applied for, or a lawsuit brought, within its window. */
    @Transactional
    public void file(AppUser user, UUID caseId, ChallengeRecord challenge) {
        PenaltyCase pc = cases.requireWorker(user, caseId);
        Decision d = decisions.require(caseId);
        if (!d.inForce()) {
            throw new ConflictException("problem.penalty.nothing-to-challenge");
        }
        List<Violation> violations = new ArrayList<>();
        if (challenge.kind() == null) {
            violations.add(Violation.keyed("kind", "penalty.challenge.kind.required"));
        }
        if (challenge.filedOn() == null || challenge.filedOn().isAfter(deadlines.today())
                || challenge.filedOn().isBefore(d.servedOn())) {
            violations.add(Violation.keyed("filedOn", "penalty.challenge.filed-on.invalid"));
        }
        if (challenge.body() == null || challenge.body().isBlank() || challenge.body().length() > 200) {
            violations.add(Violation.keyed("body", "penalty.challenge.body.required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String window = challenge.kind() == ChallengeKind.RECONSIDERATION ? PenaltyClocks.RECONSIDERATION_WINDOW
                : PenaltyClocks.LITIGATION_WINDOW;
        Optional<ClockView> open = clocks.find(caseId, window);
        if (open.isEmpty() || challenge.filedOn().isAfter(open.get().deadline().lastDay())
                || open.get().state() == ClockState.STOPPED) {
            throw InvalidInputException.of("filedOn", "penalty.challenge.window-closed");
        }
        if (pending(caseId)) {
            throw new ConflictException("problem.penalty.challenge-pending");
        }
        jdbc.sql("""
                insert into penalty_challenges (case_id, kind, filed_on, body, recorded_by, recorded_at)
                values (:c, :kind, :on, :body, :by, :at)""")
            .param("c", caseId)
            .param("kind", challenge.kind().name())
            .param("on", challenge.filedOn())
            .param("body", challenge.body().strip())
            .param("by", user.getUsername())
            .param("at", OffsetDateTime.now(clock))
            .update();
        clocks.stopIfRunning(caseId, PenaltyClocks.RECONSIDERATION_WINDOW, user.getUsername());
        clocks.stopIfRunning(caseId, PenaltyClocks.LITIGATION_WINDOW, user.getUsername());
        audit.record(user.getUsername(), PenaltyAudit.CHALLENGE_RECORDED, caseId, challenge.kind().name() + " FILED");
        model.tellAnyWaiting(pc, ENFORCEMENT_CHANGED, Map.of("challengePending", true));
    }

    /**
     * The reconsideration body or the court decided. Revoked, the decision is withdrawn
     * from publication within 3 working days (art. 48 ¶2); otherwise the party may still
     * sue within 15 days of a reconsideration decision, and the court may be asked to
     * enforce after that.
     */
    @Transactional
    public void decide(AppUser user, UUID caseId, long challengeId, ChallengeDecision decision) {
        PenaltyCase pc = cases.requireWorker(user, caseId);
        Decision d = decisions.require(caseId);
        Challenge c = jdbc
            .sql("select id, kind, filed_on, decided_on from penalty_challenges where id = :id and case_id = :c")
            .param("id", challengeId)
            .param("c", caseId)
            .query(Challenge.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("challenge"));
        if (c.decidedOn() != null) {
            throw new ConflictException("problem.penalty.challenge-decided");
        }
        List<Violation> violations = new ArrayList<>();
        if (decision.decidedOn() == null || decision.decidedOn().isBefore(c.filedOn())
                || decision.decidedOn().isAfter(deadlines.today())) {
            violations.add(Violation.keyed("decidedOn", "penalty.challenge.decided-on.invalid"));
        }
        if (decision.outcome() == null) {
            violations.add(Violation.keyed("outcome", "penalty.step.outcome.required"));
        }
        else if (decision.outcome() == ChallengeOutcome.VARIED
                && (decision.variedFine() == null || decision.variedFine().signum() < 0
                        || decision.variedFine().compareTo(d.fine()) >= 0 || decision.variedFine().scale() > 2)) {
            violations
                .add(Violation.keyed("variedFine", "penalty.challenge.varied-fine.invalid", d.fine().toPlainString()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        jdbc.sql("update penalty_challenges set decided_on = :on, outcome = :o, varied_fine = :f where id = :id")
            .param("on", decision.decidedOn())
            .param("o", decision.outcome().name())
            .param("f", decision.variedFine())
            .param("id", challengeId)
            .update();
        audit.record(user.getUsername(), PenaltyAudit.CHALLENGE_RECORDED, caseId,
                c.kind() + " " + decision.outcome().name());
        if (decision.outcome() == ChallengeOutcome.REVOKED) {
            decisions.revoked(caseId, decision.decidedOn());
            ClockView withdrawal = clocks.startPublicationWithdrawal(caseId, deadlines.today(), user.getUsername());
            model.tell(pc, "DecisionRevoked", Map.of("publicationWithdrawalDueAt", withdrawal.deadline().dueDate()),
                    "problem.penalty.case-closed");
            return;
        }
        if (decision.outcome() == ChallengeOutcome.VARIED) {
            decisions.varied(caseId, decision.variedFine());
        }
        LocalDate windowsClose = ChallengeKind.valueOf(c.kind()) == ChallengeKind.RECONSIDERATION
                ? clocks.restartLitigationAfterReconsideration(caseId, decision.decidedOn(), user.getUsername())
                    .deadline()
                    .lastDay()
                : decision.decidedOn();
        LocalDate enforcementFrom = d.paymentDueOn() != null && d.paymentDueOn().isAfter(windowsClose)
                ? d.paymentDueOn() : windowsClose;
        decisions.windowsClose(caseId, enforcementFrom);
        model.tellAnyWaiting(pc, ENFORCEMENT_CHANGED, Map.of("challengePending", false, "enforcementFromAt",
                Deadline.endOf(enforcementFrom, deadlines.zone()).expiryDate()));
    }

    /**
     * The days the surcharge does not count: from each challenge's filing to its
     * decision, or on while undecided.
     */
    public List<Pause> pauses(UUID caseId) {
        return jdbc.sql("select filed_on, decided_on from penalty_challenges where case_id = :c order by filed_on")
            .param("c", caseId)
            .query(Pause.class)
            .list();
    }

    private boolean pending(UUID caseId) {
        return jdbc.sql("select count(*) from penalty_challenges where case_id = :c and decided_on is null")
            .param("c", caseId)
            .query(Integer.class)
            .single() > 0;
    }

    enum ChallengeKind {

        RECONSIDERATION, LITIGATION

    }

    enum ChallengeOutcome {

        UPHELD, VARIED, REVOKED

    }

    /**
     * A challenge from the day it was filed to the day it was decided (null while it
     * runs).
     */
    public record Pause(LocalDate filedOn, LocalDate decidedOn) {
    }

    private record Challenge(long id, String kind, LocalDate filedOn, LocalDate decidedOn) {
    }

    record ChallengeRecord(ChallengeKind kind, LocalDate filedOn, String body) {
    }

    record ChallengeDecision(LocalDate decidedOn, ChallengeOutcome outcome, BigDecimal variedFine) {
    }

}
