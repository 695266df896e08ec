package io.ipcase.penalty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.ClockView;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notice of the proposed penalty and the party's rights before the decision (Admin. Penalty
 * Law art. 44-45, 62-65): statement and defence within the period the notice gives (a setting), a
 * hearing requested within 5 working days where the penalty is large enough (a setting), held on
 * 7 working days' notice; the hearing's time is not counted in the case period.
 */
@Service
class PenaltyNotices {

    static final String EXCLUDED_HEARING = "HEARING";

    private final JdbcClient jdbc;
    private final PenaltyCases cases;
    private final PenaltyDecisions decisions;
    private final PenaltyClocks clocks;
    private final Deadlines deadlines;
    private final RuntimeService runtime;
    private final AuditTrail audit;
    private final Clock clock;
    private final PenaltyDocuments documents;
    private final PenaltySettings settings;

    PenaltyNotices(JdbcClient jdbc, PenaltyCases cases, PenaltyDecisions decisions, PenaltyClocks clocks,
                   Deadlines deadlines, RuntimeService runtime, AuditTrail audit, Clock clock,
                   PenaltyDocuments documents, PenaltySettings settings) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.decisions = decisions;
        this.clocks = clocks;
        this.deadlines = deadlines;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
        this.documents = documents;
        this.settings = settings;
    }

    void issue(UUID caseId, String actor) {
        PenaltyDecisions.Proposal p = decisions.latestProposal(caseId)
            .orElseThrow(() -> new IllegalStateException("no proposal for " + caseId));
        audit.record(actor, PenaltyAudit.NOTICE_ISSUED, caseId, p.fine().toPlainString()
            + (p.hearingRight() ? " HEARING_RIGHT" : ""));
        Map<String, Object> model = new HashMap<>();
        model.put("proposal", p);
        model.put("fine", PenaltyDocuments.yuan(p.fine()));
        model.put("confiscatedGains", PenaltyDocuments.yuan(p.confiscatedGains()));
        model.put("statementWorkingDays", settings.statementWorkingDays());
        model.put("hearingRequestWorkingDays", PenaltyClocks.HEARING_REQUEST_WORKING_DAYS);
        documents.toParty(caseId, PenaltyDocuments.NOTICE, model, actor);
    }

    /** The notice reached the party: the periods to state and defend, and to ask for a hearing, start. */
    Map<String, Object> served(UUID caseId, LocalDate servedOn, String actor) {
        PenaltyDecisions.Proposal p = decisions.latestProposal(caseId).orElseThrow();
        ClockView statement = clocks.startStatement(caseId, servedOn, actor);
        ClockView rightsEnd = statement;
        LocalDate hearingEnd = null;
        if (p.hearingRight()) {
            ClockView hearing = clocks.startHearingRequest(caseId, servedOn, actor);
            hearingEnd = hearing.deadline().lastDay();
            if (hearing.deadline().expiresAt().isAfter(statement.deadline().expiresAt())) {
                rightsEnd = hearing;
            }
        }
        jdbc.sql("""
                update penalty_proposals set notice_served_on = :on, rights_end_on = :end, hearing_request_end_on = :hearing
                where id = :id""")
            .param("on", servedOn).param("end", rightsEnd.deadline().lastDay()).param("hearing", hearingEnd)
            .param("id", p.id()).update();
        return Map.of("rightsExpiresAt", rightsEnd.deadline().expiryDate());
    }

    /** What the party put forward, recorded by an officer as it arrived (in writing or orally). */
    @Transactional
    public void respond(AppUser user, UUID caseId, PartyResponse response) {
        PenaltyCase pc = cases.requireWorker(user, caseId);
        PenaltyDecisions.Proposal p = decisions.latestProposal(caseId)
            .filter(x -> x.noticeServedOn() != null)
            .orElseThrow(() -> new ConflictException("problem.penalty.no-notice"));
        List<Violation> violations = new ArrayList<>();
        if (response.kind() == null) {
            violations.add(Violation.keyed("kind", "penalty.response.kind.required"));
        }
        if (response.receivedOn() == null || response.receivedOn().isBefore(p.noticeServedOn())
            || response.receivedOn().isAfter(deadlines.today())) {
            violations.add(Violation.keyed("receivedOn", "penalty.response.received-on.invalid"));
        }
        if (response.content() != null && response.content().length() > 5000) {
            violations.add(Violation.keyed("content", "field.too-long"));
        }
        if (response.kind() == ResponseKind.STATEMENT && (response.content() == null || response.content().isBlank())) {
            violations.add(Violation.keyed("content", "penalty.response.content.required"));
        }
        if (response.kind() == ResponseKind.HEARING_REQUEST && violations.isEmpty()) {
            if (!p.hearingRight()) {
                throw new ConflictException("problem.penalty.no-hearing-right");
            }
            // art. 64(1), 85: within 5 working days of the notice
            if (response.receivedOn().isAfter(p.hearingRequestEndOn())) {
                violations.add(Violation.keyed("receivedOn", "penalty.response.hearing-request.late", p.hearingRequestEndOn()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        jdbc.sql("""
                insert into penalty_responses (case_id, proposal_id, kind, received_on, content, recorded_by, recorded_at)
                values (:c, :p, :kind, :on, :content, :by, :at)""")
            .param("c", caseId).param("p", p.id()).param("kind", response.kind().name())
            .param("on", response.receivedOn())
            .param("content", response.content() == null || response.content().isBlank() ? null : response.content().strip())
            .param("by", user.getUsername()).param("at", OffsetDateTime.now(clock)).update();
        audit.record(user.getUsername(), PenaltyAudit.RESPONSE_RECORDED, caseId, response.kind().name());
        Map<String, Object> vars = new HashMap<>();
        String message = switch (response.kind()) {
            case STATEMENT -> {
                vars.put("statementMade", true);
                yield "StatementReceived";
            }
            case HEARING_REQUEST -> "HearingRequested";
            case WAIVER -> "RightsWaived";
        };
        try {
            runtime.createMessageCorrelation(message).processInstanceId(pc.processInstanceId()).setVariables(vars)
                .correlate();
        } catch (MismatchingMessageCorrelationException periodOver) {
            throw new ConflictException("problem.penalty.rights-period-over");
        }
        if (response.kind() == ResponseKind.HEARING_REQUEST) {
            jdbc.sql("insert into penalty_hearings (case_id, proposal_id, requested_on) values (:c, :p, :on)")
                .param("c", caseId).param("p", p.id()).param("on", response.receivedOn()).update();
            // CNIPA 2015 Measures art. 36, SAMR: the hearing is not counted in the case period
            clocks.pause(caseId, PenaltyClocks.CASE_PERIOD, EXCLUDED_HEARING, user.getUsername());
        }
        if (response.kind() != ResponseKind.STATEMENT) {
            rightsOver(caseId, user.getUsername());
        }
    }

    void rightsOver(UUID caseId, String actor) {
        clocks.stopIfRunning(caseId, PenaltyClocks.STATEMENT, actor);
        clocks.stopIfRunning(caseId, PenaltyClocks.HEARING_REQUEST, actor);
    }

    /**
     * The hearing's day and place, 7 working days after today at the earliest (art. 64(2)), with a
     * presiding officer who did not investigate the case (art. 64(4)).
     */
    Map<String, Object> schedule(AppUser user, PenaltyCase pc, HearingPlan plan) {
        List<Violation> violations = new ArrayList<>();
        LocalDate earliest = deadlines.workingDays(deadlines.today(), PenaltyClocks.HEARING_NOTICE_WORKING_DAYS).lastDay();
        LocalDate day = plan.at() == null ? null : plan.at().atZoneSameInstant(deadlines.zone()).toLocalDate();
        if (day == null) {
            violations.add(Violation.keyed("at", "penalty.hearing.at.required"));
        } else if (day.isBefore(earliest)) {
            violations.add(Violation.keyed("at", "penalty.hearing.at.too-soon", earliest));
        }
        if (plan.place() == null || plan.place().isBlank() || plan.place().length() > 300) {
            violations.add(Violation.keyed("place", "penalty.hearing.place.required"));
        }
        if (plan.presider() == null || plan.presider().isBlank()) {
            violations.add(Violation.keyed("presider", "penalty.hearing.presider.required"));
        } else if (pc.isHandler(plan.presider())) {
            violations.add(Violation.keyed("presider", "penalty.hearing.presider.investigated"));
        } else if (jdbc.sql("""
                select count(*) from app_users u join user_roles r on r.username = u.username
                where u.username = :u and u.office_id = :o and r.role in ('OFFICER', 'SUPERVISOR')""")
            .param("u", plan.presider()).param("o", pc.officeId()).query(Integer.class).single() == 0) {
            violations.add(Violation.keyed("presider", "penalty.handlers.not-officer", plan.presider()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        jdbc.sql("""
                update penalty_hearings set scheduled_at = :at, place = :place, presider = :presider, public_hearing = :pub
                where id = (select max(id) from penalty_hearings where case_id = :c)""")
            .param("at", plan.at()).param("place", plan.place().strip()).param("presider", plan.presider())
            .param("pub", plan.publicHearing() == null || plan.publicHearing()).param("c", pc.caseId()).update();
        audit.record(user.getUsername(), PenaltyAudit.HEARING_SCHEDULED, pc.caseId(), day + " " + plan.place().strip());
        Map<String, Object> model = new HashMap<>();
        model.put("hearingDay", day);
        model.put("hearingTime", plan.at().atZoneSameInstant(deadlines.zone()).toLocalTime().toString());
        model.put("place", plan.place().strip());
        model.put("presiderName", documents.names(List.of(plan.presider())));
        model.put("publicHearing", plan.publicHearing() == null || plan.publicHearing());
        documents.toParty(pc.caseId(), PenaltyDocuments.HEARING_NOTICE, model, user.getUsername());
        Map<String, Object> vars = new HashMap<>();
        vars.put("hearingPresider", plan.presider());
        vars.put("hearingDueAt", Date.from(deadlines.endingOn(day).dueAt().toInstant()));
        return vars;
    }

    /** Held, or the party stayed away and so waived it (art. 64(8)); the case period runs again. */
    Map<String, Object> held(AppUser user, PenaltyCase pc, StepValues v) {
        boolean held = "HELD".equals(v.outcome());
        jdbc.sql("""
                update penalty_hearings set outcome = :o, held_on = :on, record = :record
                where id = (select max(id) from penalty_hearings where case_id = :c)""")
            .param("o", v.outcome()).param("on", v.date()).param("record", v.commentsOrNull()).param("c", pc.caseId())
            .update();
        clocks.resume(pc.caseId(), PenaltyClocks.CASE_PERIOD, user.getUsername());
        audit.record(user.getUsername(), PenaltyAudit.HEARING_HELD, pc.caseId(), v.outcome());
        Map<String, Object> vars = new HashMap<>();
        vars.put("hearingHeld", held);
        vars.put("statementMade", held || Boolean.TRUE.equals(runtime.getVariable(pc.processInstanceId(), "statementMade")));
        vars.put("casePeriodDueAt", clocks.find(pc.caseId(), PenaltyClocks.CASE_PERIOD).orElseThrow().deadline().dueDate());
        return vars;
    }

    enum ResponseKind { STATEMENT, HEARING_REQUEST, WAIVER }

    record PartyResponse(ResponseKind kind, LocalDate receivedOn, String content) {
    }

    record HearingPlan(OffsetDateTime at, String place, String presider, Boolean publicHearing) {
    }
}
