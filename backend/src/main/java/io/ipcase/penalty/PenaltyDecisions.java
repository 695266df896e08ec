package io.ipcase.penalty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.ClockView;
import io.ipcase.deadlines.Deadline;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import io.ipcase.web.NotFoundException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import io.ipcase.documents.ServiceMethod;

/**
 * The decision and what follows it: service, payment within 15 days with the late-payment
 * surcharge, deferral or instalments, reconsideration and lawsuits, and the windows after which the
 * court may be asked to enforce. Amounts are exact decimals throughout.
 */
@Service
class PenaltyDecisions {

    private final JdbcClient jdbc;
    private final PenaltyCases cases;
    private final PenaltyClocks clocks;
    private final Seizures seizures;
    private final Deadlines deadlines;
    private final RuntimeService runtime;
    private final AuditTrail audit;
    private final Clock clock;
    private final PenaltyDocuments documents;

    PenaltyDecisions(JdbcClient jdbc, PenaltyCases cases, PenaltyClocks clocks, Seizures seizures, Deadlines deadlines,
                     RuntimeService runtime, AuditTrail audit, Clock clock, PenaltyDocuments documents) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.clocks = clocks;
        this.seizures = seizures;
        this.deadlines = deadlines;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
        this.documents = documents;
    }

    /**
     * Records the approved decision: the case period stops (CNIPA 2015 Measures art. 36), seized
     * items are confiscated by a penalty that says so and released otherwise, and the periods to
     * serve (7 working days) and publish it (20) start.
     */
    Map<String, Object> issue(UUID caseId, String investigationOutcome, String actor) {
        PenaltyCase pc = cases.get(caseId);
        DecisionKind kind = DecisionKind.of(investigationOutcome);
        LocalDate today = deadlines.today();
        BigDecimal fine = BigDecimal.ZERO.setScale(2);
        BigDecimal confiscated = BigDecimal.ZERO.setScale(2);
        String correction = null;
        boolean confiscateSeized = false;
        if (kind == DecisionKind.PENALTY) {
            Proposal p = latestProposal(caseId).orElseThrow(() -> new IllegalStateException("no proposal for " + caseId));
            fine = p.fine();
            confiscated = p.confiscatedGains();
            correction = p.correction();
            confiscateSeized = p.confiscateSeized();
        }
        jdbc.sql("""
                insert into penalty_decisions (case_id, kind, fine, confiscated_gains, correction, decided_on)
                values (:c, :kind, :fine, :confiscated, :correction, :on)""")
            .param("c", caseId).param("kind", kind.name()).param("fine", fine).param("confiscated", confiscated)
            .param("correction", correction).param("on", today).update();
        clocks.stopIfRunning(caseId, PenaltyClocks.CASE_PERIOD, actor);
        seizures.endAll(caseId, confiscateSeized ? "CONFISCATED" : "RELEASED", actor);
        audit.record(actor, PenaltyAudit.DECISION_ISSUED, caseId, kind.name() + " " + fine.toPlainString());
        Map<String, Object> vars = new HashMap<>();
        vars.put("decisionKind", kind.name());
        if (kind != DecisionKind.WITHDRAWN) {
            vars.put("decisionServiceDueAt",
                clocks.startDecisionService(caseId, today, actor).deadline().dueDate());
        }
        if (kind == DecisionKind.PENALTY) {
            vars.put("publicationDueAt", clocks.startPublication(caseId, today, actor).deadline().dueDate());
            Map<String, Object> model = new HashMap<>();
            model.put("decision", require(caseId));
            model.put("fine", PenaltyDocuments.yuan(fine));
            model.put("confiscatedGains", PenaltyDocuments.yuan(confiscated));
            model.put("paymentDays", PenaltyClocks.PAYMENT_DAYS);
            model.put("reconsiderationDays", PenaltyClocks.RECONSIDERATION_DAYS);
            documents.toParty(caseId, PenaltyDocuments.DECISION, model, actor);
        }
        return vars;
    }

    /**
     * The decision reached the party: 15 days to pay (art. 67), 60 days to apply for reconsideration
     * and 6 months to sue; the court may be asked to enforce once both have run out.
     */
    Map<String, Object> served(UUID caseId, LocalDate servedOn, ServiceMethod method, String actor) {
        Decision d = require(caseId);
        if (servedOn.isBefore(d.decidedOn())) {
            throw InvalidInputException.of("date", "penalty.step.date.before-decision");
        }
        clocks.stopIfRunning(caseId, PenaltyClocks.DECISION_SERVICE, actor);
        Map<String, Object> vars = new HashMap<>();
        if (d.kind() != DecisionKind.PENALTY) {
            jdbc.sql("update penalty_decisions set served_on = :on, service_method = :m where case_id = :c")
                .param("on", servedOn).param("m", method.name()).param("c", caseId).update();
            return vars;
        }
        boolean paymentDue = d.fine().add(d.confiscatedGains()).signum() > 0;
        ClockView litigation = clocks.startLitigationWindow(caseId, servedOn, actor);
        clocks.startReconsiderationWindow(caseId, servedOn, actor);
        LocalDate paymentDueOn = null;
        Deadline enforcementFrom = litigation.deadline();
        if (paymentDue) {
            ClockView payment = clocks.startPayment(caseId, servedOn, actor);
            paymentDueOn = payment.deadline().lastDay();
            vars.put("paymentExpiresAt", payment.deadline().expiryDate());
        }
        jdbc.sql("""
                update penalty_decisions set served_on = :on, service_method = :m, payment_due_on = :due,
                    windows_close_on = :close where case_id = :c""")
            .param("on", servedOn).param("m", method.name()).param("due", paymentDueOn)
            .param("close", enforcementFrom.lastDay()).param("c", caseId).update();
        vars.put("paymentDue", paymentDue);
        vars.put("enforcementFromAt", enforcementFrom.expiryDate());
        return vars;
    }

    void published(UUID caseId, LocalDate on, String reference, String actor) {
        jdbc.sql("update penalty_decisions set published_on = :on, publication_ref = :ref where case_id = :c")
            .param("on", on).param("ref", reference).param("c", caseId).update();
        clocks.stopIfRunning(caseId, PenaltyClocks.PUBLICATION, actor);
    }

    @Transactional
    public Due recordPayment(AppUser user, UUID caseId, PaymentRecord payment) {
        PenaltyCase pc = cases.requireWorker(user, caseId);
        Decision d = require(caseId);
        List<Violation> violations = new ArrayList<>();
        if (d.kind() != DecisionKind.PENALTY || d.servedOn() == null || d.revokedOn() != null) {
            throw new ConflictException("problem.penalty.nothing-to-pay");
        }
        if (payment.paidOn() == null) {
            violations.add(Violation.keyed("paidOn", "penalty.step.date.required"));
        } else if (payment.paidOn().isAfter(deadlines.today())) {
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
            .param("c", caseId).param("on", payment.paidOn()).param("amount", payment.amount())
            .param("receipt", payment.receipt().strip()).param("by", user.getUsername())
            .param("at", OffsetDateTime.now(clock)).update();
        audit.record(user.getUsername(), PenaltyAudit.PAYMENT_RECORDED, caseId, payment.amount().toPlainString());
        Due due = due(caseId, payment.paidOn());
        if (due.outstanding().signum() <= 0) {
            clocks.stopIfRunning(caseId, PenaltyClocks.PAYMENT, user.getUsername());
            runtime.createMessageCorrelation("FinePaid").processInstanceId(pc.processInstanceId()).correlateAll();
        }
        return due;
    }

    /** Deferral or instalments, asked for within the period to pay (art. 66 ¶2); the supervisor decides. */
    @Transactional
    public void requestArrangement(AppUser user, UUID caseId, ArrangementRequest request) {
        PenaltyCase pc = cases.requireWorker(user, caseId);
        Decision d = require(caseId);
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
            .param("c", caseId).query(Integer.class).single() > 0) {
            throw new ConflictException("problem.penalty.arrangement-pending");
        }
        jdbc.sql("""
                insert into penalty_arrangements (case_id, kind, reasons, requested_on, status)
                values (:c, :kind, :reasons, :on, 'REQUESTED')""")
            .param("c", caseId).param("kind", request.kind().name()).param("reasons", request.reasons().strip())
            .param("on", deadlines.today()).update();
        long id = jdbc.sql("select max(id) from penalty_arrangements where case_id = :c").param("c", caseId)
            .query(Long.class).single();
        for (int i = 0; i < schedule.size(); i++) {
            jdbc.sql("insert into penalty_instalments (arrangement_id, seq, due_on, amount) values (:a, :s, :d, :m)")
                .param("a", id).param("s", i + 1).param("d", schedule.get(i).lastDay())
                .param("m", schedule.get(i).amount()).update();
        }
        audit.record(user.getUsername(), PenaltyAudit.ARRANGEMENT_REQUESTED, caseId, request.kind().name());
        try {
            runtime.createMessageCorrelation("PaymentArrangementRequested").processInstanceId(pc.processInstanceId())
                .correlate();
        } catch (MismatchingMessageCorrelationException notWithinThePeriod) {
            throw new ConflictException("problem.penalty.arrangement-not-now");
        }
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
        BigDecimal sum = parts.stream().map(LateSurcharge.Due::amount)
            .map(a -> a == null ? BigDecimal.ZERO : a).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean ordered = true;
        for (int i = 0; i < parts.size(); i++) {
            LateSurcharge.Due p = parts.get(i);
            if (p.lastDay() == null || p.amount() == null || p.amount().signum() <= 0
                || (i > 0 && !p.lastDay().isAfter(parts.get(i - 1).lastDay()))) {
                ordered = false;
            }
        }
        if (parts.size() < 2 || !ordered || sum.compareTo(d.fine()) != 0) {
            violations.add(Violation.keyed("instalments", "penalty.arrangement.instalments.invalid", d.fine().toPlainString()));
            return List.of();
        }
        return parts;
    }

    /** The supervisor's answer: approved, the fine falls due on the arrangement's last day. */
    Map<String, Object> decideArrangement(UUID caseId, boolean approved, String actor) {
        long id = jdbc.sql("select id from penalty_arrangements where case_id = :c and status = 'REQUESTED'")
            .param("c", caseId).query(Long.class).single();
        jdbc.sql("update penalty_arrangements set status = :s, decided_by = :by, decided_at = :at where id = :id")
            .param("s", approved ? "APPROVED" : "REFUSED").param("by", actor)
            .param("at", OffsetDateTime.now(clock)).param("id", id).update();
        Map<String, Object> vars = new HashMap<>();
        if (!approved) {
            return vars;
        }
        LocalDate last = jdbc.sql("select max(due_on) from penalty_instalments where arrangement_id = :a")
            .param("a", id).query(LocalDate.class).single();
        ClockView payment = clocks.movePayment(caseId, last, actor);
        Decision d = require(caseId);
        // Admin. Penalty Law art. 72 ¶2: the period to apply to the court runs from the end of the deferral
        LocalDate enforcementFrom = payment.deadline().lastDay().isAfter(d.windowsCloseOn())
            ? payment.deadline().lastDay() : d.windowsCloseOn();
        jdbc.sql("update penalty_decisions set payment_due_on = :due, windows_close_on = :close where case_id = :c")
            .param("due", payment.deadline().lastDay()).param("close", enforcementFrom).param("c", caseId).update();
        vars.put("paymentExpiresAt", payment.deadline().expiryDate());
        vars.put("enforcementFromAt", deadlines.endingOn(enforcementFrom).expiryDate());
        return vars;
    }

    /** A reconsideration applied for, or a lawsuit brought: the surcharge stops counting while it runs. */
    @Transactional
    public void fileChallenge(AppUser user, UUID caseId, ChallengeRecord challenge) {
        PenaltyCase pc = cases.requireWorker(user, caseId);
        Decision d = require(caseId);
        if (d.kind() != DecisionKind.PENALTY || d.servedOn() == null || d.revokedOn() != null) {
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
            || open.get().state() == io.ipcase.deadlines.ClockState.STOPPED) {
            throw InvalidInputException.of("filedOn", "penalty.challenge.window-closed");
        }
        if (pendingChallenge(caseId)) {
            throw new ConflictException("problem.penalty.challenge-pending");
        }
        jdbc.sql("""
                insert into penalty_challenges (case_id, kind, filed_on, body, recorded_by, recorded_at)
                values (:c, :kind, :on, :body, :by, :at)""")
            .param("c", caseId).param("kind", challenge.kind().name()).param("on", challenge.filedOn())
            .param("body", challenge.body().strip()).param("by", user.getUsername())
            .param("at", OffsetDateTime.now(clock)).update();
        clocks.stopIfRunning(caseId, PenaltyClocks.RECONSIDERATION_WINDOW, user.getUsername());
        clocks.stopIfRunning(caseId, PenaltyClocks.LITIGATION_WINDOW, user.getUsername());
        audit.record(user.getUsername(), PenaltyAudit.CHALLENGE_RECORDED, caseId, challenge.kind().name() + " FILED");
        enforcementChanged(pc, Map.of("challengePending", true));
    }

    /**
     * The reconsideration body or the court decided. Revoked, the decision is withdrawn from
     * publication within 3 working days (art. 48 ¶2); otherwise the party may still sue within 15
     * days of a reconsideration decision, and the court may be asked to enforce after that.
     */
    @Transactional
    public void decideChallenge(AppUser user, UUID caseId, long challengeId, ChallengeDecision decision) {
        PenaltyCase pc = cases.requireWorker(user, caseId);
        Decision d = require(caseId);
        Challenge c = jdbc.sql("select id, kind, filed_on, decided_on from penalty_challenges where id = :id and case_id = :c")
            .param("id", challengeId).param("c", caseId).query(Challenge.class).optional()
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
        } else if (decision.outcome() == ChallengeOutcome.VARIED && (decision.variedFine() == null
            || decision.variedFine().signum() < 0 || decision.variedFine().compareTo(d.fine()) >= 0
            || decision.variedFine().scale() > 2)) {
            violations.add(Violation.keyed("variedFine", "penalty.challenge.varied-fine.invalid", d.fine().toPlainString()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        jdbc.sql("update penalty_challenges set decided_on = :on, outcome = :o, varied_fine = :f where id = :id")
            .param("on", decision.decidedOn()).param("o", decision.outcome().name())
            .param("f", decision.variedFine()).param("id", challengeId).update();
        audit.record(user.getUsername(), PenaltyAudit.CHALLENGE_RECORDED, caseId,
            c.kind() + " " + decision.outcome().name());
        if (decision.outcome() == ChallengeOutcome.REVOKED) {
            jdbc.sql("update penalty_decisions set revoked_on = :on where case_id = :c")
                .param("on", decision.decidedOn()).param("c", caseId).update();
            ClockView withdrawal = clocks.startPublicationWithdrawal(caseId, deadlines.today(), user.getUsername());
            try {
                runtime.createMessageCorrelation("DecisionRevoked").processInstanceId(pc.processInstanceId())
                    .setVariable("publicationWithdrawalDueAt", withdrawal.deadline().dueDate()).correlate();
            } catch (MismatchingMessageCorrelationException caseClosed) {
                throw new ConflictException("problem.penalty.case-closed");
            }
            return;
        }
        if (decision.outcome() == ChallengeOutcome.VARIED) {
            jdbc.sql("update penalty_decisions set fine = :f where case_id = :c")
                .param("f", decision.variedFine()).param("c", caseId).update();
        }
        LocalDate windowsClose = ChallengeKind.valueOf(c.kind()) == ChallengeKind.RECONSIDERATION
            ? clocks.restartLitigationAfterReconsideration(caseId, decision.decidedOn(), user.getUsername())
                .deadline().lastDay()
            : decision.decidedOn();
        LocalDate enforcementFrom = d.paymentDueOn() != null && d.paymentDueOn().isAfter(windowsClose)
            ? d.paymentDueOn() : windowsClose;
        jdbc.sql("update penalty_decisions set windows_close_on = :close where case_id = :c")
            .param("close", enforcementFrom).param("c", caseId).update();
        enforcementChanged(pc, Map.of("challengePending", false,
            "enforcementFromAt", Deadline.endOf(enforcementFrom, deadlines.zone()).expiryDate()));
    }

    private void enforcementChanged(PenaltyCase pc, Map<String, Object> vars) {
        runtime.setVariables(pc.processInstanceId(), vars);
        runtime.createMessageCorrelation("EnforcementClockChanged").processInstanceId(pc.processInstanceId())
            .correlateAll();
    }

    private boolean pendingChallenge(UUID caseId) {
        return jdbc.sql("select count(*) from penalty_challenges where case_id = :c and decided_on is null")
            .param("c", caseId).query(Integer.class).single() > 0;
    }

    /** What the party owes on a day: the fine, the confiscated gains and the surcharge, less what they paid. */
    Due due(UUID caseId, LocalDate asOf) {
        Decision d = require(caseId);
        List<LateSurcharge.Payment> paid = jdbc.sql("select paid_on, amount from penalty_payments where case_id = :c order by paid_on")
            .param("c", caseId).query(LateSurcharge.Payment.class).list();
        BigDecimal totalPaid = paid.stream().map(LateSurcharge.Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal surcharge = BigDecimal.ZERO.setScale(2);
        if (d.paymentDueOn() != null) {
            surcharge = LateSurcharge.asOf(d.fine(), schedule(caseId, d), paid, pauses(caseId), asOf);
        }
        BigDecimal owed = d.fine().add(d.confiscatedGains()).add(surcharge);
        return new Due(asOf, d.fine(), d.confiscatedGains(), surcharge, totalPaid, owed.subtract(totalPaid).max(BigDecimal.ZERO.setScale(2)),
            d.paymentDueOn());
    }

    private List<LateSurcharge.Due> schedule(UUID caseId, Decision d) {
        List<LateSurcharge.Due> approved = jdbc.sql("""
                select i.due_on, i.amount from penalty_instalments i join penalty_arrangements a on a.id = i.arrangement_id
                where a.case_id = :c and a.status = 'APPROVED' and a.id = (select max(id) from penalty_arrangements
                    where case_id = :c and status = 'APPROVED')
                order by i.seq""")
            .param("c", caseId).query((rs, i) -> new LateSurcharge.Due(rs.getObject("due_on", LocalDate.class),
                rs.getBigDecimal("amount"))).list();
        if (!approved.isEmpty()) {
            BigDecimal scheduled = approved.stream().map(LateSurcharge.Due::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (scheduled.compareTo(d.fine()) == 0) {
                return approved;
            }
            // a fine varied after the arrangement falls due at its last day
            return List.of(new LateSurcharge.Due(approved.get(approved.size() - 1).lastDay(), d.fine()));
        }
        return List.of(new LateSurcharge.Due(d.paymentDueOn(), d.fine()));
    }

    private List<LateSurcharge.Pause> pauses(UUID caseId) {
        return jdbc.sql("select filed_on, decided_on from penalty_challenges where case_id = :c order by filed_on")
            .param("c", caseId).query((rs, i) -> new LateSurcharge.Pause(rs.getObject("filed_on", LocalDate.class),
                rs.getObject("decided_on", LocalDate.class))).list();
    }

    Optional<Decision> find(UUID caseId) {
        return jdbc.sql("""
                select kind, fine, confiscated_gains, correction, decided_on, served_on, service_method, payment_due_on,
                    windows_close_on, published_on, publication_ref, revoked_on
                from penalty_decisions where case_id = :c""")
            .param("c", caseId).query(Decision.class).optional();
    }

    Decision require(UUID caseId) {
        return find(caseId).orElseThrow(() -> new ConflictException("problem.penalty.no-decision"));
    }

    Optional<Proposal> latestProposal(UUID caseId) {
        return jdbc.sql(Proposal.SELECT + " where case_id = :c order by id desc limit 1").param("c", caseId)
            .query(Proposal.class).optional();
    }

    /** The court may be asked to enforce from the day after the windows close; the 3 months run from it. */
    Map<String, Object> windowsClosed(UUID caseId, Instant enforcementFrom, String actor) {
        LocalDate lastDay = enforcementFrom.minusNanos(1).atZone(deadlines.zone()).toLocalDate();
        return Map.of("courtApplicationDueAt",
            clocks.startCourtApplication(caseId, lastDay, actor).deadline().dueDate());
    }

    enum DecisionKind {
        PENALTY, EXEMPT, STOP_SELLING, WITHDRAWN;

        static DecisionKind of(String investigationOutcome) {
            return switch (investigationOutcome) {
                case "PENALTY" -> PENALTY;
                case "EXEMPT" -> EXEMPT;
                case "STOP_SELLING" -> STOP_SELLING;
                case "WITHDRAW" -> WITHDRAWN;
                default -> throw new IllegalArgumentException(investigationOutcome);
            };
        }
    }

    enum ArrangementKind { DEFERRAL, INSTALMENTS }

    enum ChallengeKind { RECONSIDERATION, LITIGATION }

    enum ChallengeOutcome { UPHELD, VARIED, REVOKED }

    record Decision(DecisionKind kind, BigDecimal fine, BigDecimal confiscatedGains, String correction,
                    LocalDate decidedOn, LocalDate servedOn, String serviceMethod, LocalDate paymentDueOn,
                    LocalDate windowsCloseOn, LocalDate publishedOn, String publicationRef, LocalDate revokedOn) {
    }

    record Proposal(long id, BigDecimal fine, String discretionLevel, BigDecimal ceiling, BigDecimal rangeMin,
                    BigDecimal rangeMax, BigDecimal illegalGains, BigDecimal confiscatedGains, String correction,
                    boolean confiscateSeized, boolean complexOrMajor, boolean heavy, boolean hearingRight,
                    String newFacts, String proposedBy, OffsetDateTime proposedAt, LocalDate noticeServedOn,
                    LocalDate rightsEndOn, LocalDate hearingRequestEndOn) {

        static final String SELECT = """
            select id, fine, discretion_level, ceiling, range_min, range_max, illegal_gains, confiscated_gains,
                correction, confiscate_seized, complex_or_major, heavy, hearing_right, new_facts, proposed_by,
                proposed_at, notice_served_on, rights_end_on, hearing_request_end_on from penalty_proposals""";
    }

    record Due(LocalDate asOf, BigDecimal fine, BigDecimal confiscatedGains, BigDecimal surcharge, BigDecimal paid,
               BigDecimal outstanding, LocalDate lastDayToPay) {
    }

    record Challenge(long id, String kind, LocalDate filedOn, LocalDate decidedOn) {
    }

    record PaymentRecord(LocalDate paidOn, BigDecimal amount, String receipt) {
    }

    record ArrangementRequest(ArrangementKind kind, String reasons, LocalDate newDueOn, List<Instalment> instalments) {
    }

    record Instalment(LocalDate dueOn, BigDecimal amount) {
    }

    record ChallengeRecord(ChallengeKind kind, LocalDate filedOn, String body) {
    }

    record ChallengeDecision(LocalDate decidedOn, ChallengeOutcome outcome, BigDecimal variedFine) {
    }
}
