package io.ipcase.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseType;
import io.ipcase.cases.CaseViewSection;
import io.ipcase.deadlines.ClockView;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.penalty.decision.PenaltyDecisions;
import io.ipcase.penalty.filing.Limitation;
import io.ipcase.penalty.investigation.Investigation;
import io.ipcase.penalty.payment.PenaltyPayments;
import io.ipcase.penalty.proposal.PenaltyProposals;
import io.ipcase.penalty.seizure.Seizures;
import io.ipcase.security.AppUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counterfeit-patent case on its case page, for the office's staff: where it came
 * from, who handles it, the investigation's measures and gains, the seizures with their
 * clocks, the proposal with its ceiling and band, what the party said, the steps taken,
 * the decision, and what the party owes today with the surcharge.
 */
@Component
class PenaltySection implements CaseViewSection<PenaltySection.PenaltyView> {

    private final JdbcClient jdbc;

    private final PenaltyCases cases;

    private final Investigation investigation;

    private final Seizures seizures;

    private final PenaltyProposals proposals;

    private final PenaltyDecisions decisions;

    private final PenaltyPayments payments;

    private final PenaltyClocks clocks;

    private final Deadlines deadlines;

    PenaltySection(JdbcClient jdbc, PenaltyCases cases, Investigation investigation, Seizures seizures,
            PenaltyProposals proposals, PenaltyDecisions decisions, PenaltyPayments payments, PenaltyClocks clocks,
            Deadlines deadlines) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.investigation = investigation;
        this.seizures = seizures;
        this.proposals = proposals;
        this.decisions = decisions;
        this.payments = payments;
        this.clocks = clocks;
        this.deadlines = deadlines;
    }

    @Override
    public String name() {
        return "penalty";
    }

    @Override
    public PenaltyView contentFor(CaseRecord theCase, AppUser viewer) {
        if (theCase.caseType() != CaseType.COUNTERFEIT_PENALTY || !viewer.isStaff()) {
            return null;
        }
        PenaltyCase pc = cases.get(theCase.id());
        UUID id = pc.caseId();
        Findings findings = jdbc.sql("""
                select another_persons_patent, business_volume, patentee_loss, patent_count, repeat_within_two_years,
                    other_serious, investigation_outcome, investigation_report, crime_ground, concluded_at
                from penalty_cases where case_id = :c""").param("c", id).query(Findings.class).single();
        String trackingCode = pc.reportId() == null ? null
                : jdbc.sql("select tracking_code from penalty_reports where id = :r")
                    .param("r", pc.reportId())
                    .query(String.class)
                    .single();
        List<SeizureView> seizureViews = seizures.forCase(id)
            .stream()
            .map(s -> new SeizureView(s, clocks.find(id, PenaltyClocks.seizure(s.seq())).orElse(null)))
            .toList();
        Optional<PenaltyDecisions.Decision> decision = decisions.find(id);
        PenaltyPayments.Due due = decision.filter(d -> d.kind() == PenaltyDecisions.DecisionKind.PENALTY)
            .map(d -> payments.due(id, deadlines.today()))
            .orElse(null);
        return new PenaltyView(pc.procedure(), pc.source(), pc.sourceReference(), pc.discoveredOn(), trackingCode,
                pc.leadHandler(), pc.handlers(), pc.partyName(), pc.partyKind().name(), pc.suspectedAct(),
                investigation.totalGains(id), investigation.gains(id), investigation.measures(id), findings,
                seizureViews, proposals.latest(id).orElse(null), responses(id), hearing(id), steps(id),
                decision.orElse(null), due, payments(id), arrangements(id), challenges(id),
                pc.procedure().excludedPeriods(), limitation(id));
    }

    private List<Response> responses(UUID id) {
        return jdbc
            .sql("select kind, received_on, content, recorded_by from penalty_responses where case_id = :c order by id")
            .param("c", id)
            .query(Response.class)
            .list();
    }

    private Hearing hearing(UUID id) {
        return jdbc.sql("""
                select requested_on, scheduled_at, place, presider, public_hearing, outcome, held_on, record
                from penalty_hearings where case_id = :c order by id desc limit 1""")
            .param("c", id)
            .query(Hearing.class)
            .optional()
            .orElse(null);
    }

    private List<Step> steps(UUID id) {
        return jdbc.sql("""
                select step, outcome, occurred_on, reference, comments, decided_by, decided_at
                from penalty_steps where case_id = :c order by decided_at, id""")
            .param("c", id)
            .query(Step.class)
            .list();
    }

    private List<Payment> payments(UUID id) {
        return jdbc.sql(
                "select paid_on, amount, receipt, recorded_by from penalty_payments where case_id = :c order by paid_on, id")
            .param("c", id)
            .query(Payment.class)
            .list();
    }

    private List<Arrangement> arrangements(UUID id) {
        return jdbc.sql(
                "select id, kind, reasons, requested_on, status from penalty_arrangements where case_id = :c order by id")
            .param("c", id)
            .query((rs, i) -> new Arrangement(rs.getLong("id"), rs.getString("kind"), rs.getString("reasons"),
                    rs.getObject("requested_on", LocalDate.class), rs.getString("status"), List.of()))
            .list()
            .stream()
            .map(a -> a.withInstalments(
                    jdbc.sql("select due_on, amount from penalty_instalments where arrangement_id = :a order by seq")
                        .param("a", a.id())
                        .query(Instalment.class)
                        .list()))
            .toList();
    }

    private List<Challenge> challenges(UUID id) {
        return jdbc.sql("""
                select id, kind, filed_on, body, decided_on, outcome, varied_fine from penalty_challenges
                where case_id = :c order by filed_on, id""").param("c", id).query(Challenge.class).list();
    }

    record PenaltyView(PenaltyProcedure procedure, LeadSource source, String sourceReference, LocalDate discoveredOn,
            String reportTrackingCode, String leadHandler, List<String> handlers, String partyName, String partyKind,
            String suspectedAct, BigDecimal illegalGains, List<Investigation.Gain> gains,
            List<Investigation.Measure> measures, Findings findings, List<SeizureView> seizures,
            PenaltyProposals.Proposal proposal, List<Response> responses, Hearing hearing, List<Step> steps,
            PenaltyDecisions.Decision decision, PenaltyPayments.Due due, List<Payment> payments,
            List<Arrangement> arrangements, List<Challenge> challenges, Set<String> excludedPeriodReasons,
            LimitationView limitation) {
    }

    /**
     * Admin. Penalty Law art. 36 as recorded at filing: the act's day (or its end),
     * whether it goes on, the 5 years for harm to life, health or financial security, and
     * the last day it could be discovered (none recorded for cases registered before).
     */
    record LimitationView(LocalDate actEndedOn, boolean actContinuing, boolean safetyHarm, LocalDate lastDay) {
    }

    private LimitationView limitation(UUID id) {
        return jdbc.sql("select act_ended_on, act_continuing, safety_harm from penalty_cases where case_id = :c")
            .param("c", id)
            .query((rs, i) -> {
                LocalDate ended = rs.getObject("act_ended_on", LocalDate.class);
                boolean continuing = rs.getBoolean("act_continuing");
                boolean harm = rs.getBoolean("safety_harm");
                return new LimitationView(ended, continuing, harm, Limitation.lastDay(ended, continuing, harm));
            })
            .single();
    }

    record Findings(Boolean anotherPersonsPatent, BigDecimal businessVolume, BigDecimal patenteeLoss,
            Integer patentCount, Boolean repeatWithinTwoYears, Boolean otherSerious, String investigationOutcome,
            String investigationReport, String crimeGround, OffsetDateTime concludedAt) {
    }

    record SeizureView(Seizures.Seizure seizure, ClockView clock) {
    }

    record Response(String kind, LocalDate receivedOn, String content, String recordedBy) {
    }

    record Hearing(LocalDate requestedOn, OffsetDateTime scheduledAt, String place, String presider,
            Boolean publicHearing, String outcome, LocalDate heldOn, String record) {
    }

    record Step(String step, String outcome, LocalDate occurredOn, String reference, String comments, String decidedBy,
            OffsetDateTime decidedAt) {
    }

    record Payment(LocalDate paidOn, BigDecimal amount, String receipt, String recordedBy) {
    }

    record Instalment(LocalDate dueOn, BigDecimal amount) {
    }

    record Arrangement(long id, String kind, String reasons, LocalDate requestedOn, String status,
            List<Instalment> instalments) {

        Arrangement withInstalments(List<Instalment> list) {
            return new Arrangement(id, kind, reasons, requestedOn, status, list);
        }
    }

    record Challenge(long id, String kind, LocalDate filedOn, String body, LocalDate decidedOn, String outcome,
            BigDecimal variedFine) {
    }

}
