package io.ipcase.penalty.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.ClockView;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.penalty.PenaltyAudit;
import io.ipcase.penalty.PenaltyCase;
import io.ipcase.penalty.PenaltyCases;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyDocuments;
import io.ipcase.penalty.PenaltyModel;
import io.ipcase.penalty.PenaltySettings;
import io.ipcase.penalty.proposal.PenaltyProposals;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notice of the proposed penalty and the party's rights before the decision (Admin.
 * Penalty Law art. 44-45, 62-65): statement and defence within the period the notice
 * gives (a setting), a hearing requested within 5 working days where the penalty is large
 * enough (a setting); the hearing's time is not counted in the case period.
 */
@Service
class PenaltyNotices {

    private final JdbcClient jdbc;

    private final PenaltyCases cases;

    private final PenaltyProposals proposals;

    private final PenaltyClocks clocks;

    private final Deadlines deadlines;

    private final PenaltyModel model;

    private final AuditTrail audit;

    private final Clock clock;

    private final PenaltyDocuments documents;

    private final PenaltySettings settings;

    PenaltyNotices(JdbcClient jdbc, PenaltyCases cases, PenaltyProposals proposals, PenaltyClocks clocks,
            Deadlines deadlines, PenaltyModel model, AuditTrail audit, Clock clock, PenaltyDocuments documents,
            PenaltySettings settings) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.proposals = proposals;
        this.clocks = clocks;
        this.deadlines = deadlines;
        this.model = model;
        this.audit = audit;
        this.clock = clock;
        this.documents = documents;
        this.settings = settings;
    }

    /**
     * The notice of the latest proposal goes to the party, with its rights and their
     * periods.
     */
    void issue(UUID caseId, String actor) {
        PenaltyProposals.Proposal p = proposals.latest(caseId)
            .orElseThrow(() -> new IllegalStateException("no proposal for " + caseId));
        audit.record(actor, PenaltyAudit.NOTICE_ISSUED, caseId,
                p.fine().toPlainString() + (p.hearingRight() ? " HEARING_RIGHT" : ""));
        Map<String, Object> model = new HashMap<>();
        model.put("proposal", p);
        model.put("fine", PenaltyDocuments.yuan(p.fine()));
        model.put("confiscatedGains", PenaltyDocuments.yuan(p.confiscatedGains()));
        model.put("statementWorkingDays", settings.statementWorkingDays());
        model.put("hearingRequestWorkingDays", PenaltyClocks.HEARING_REQUEST_WORKING_DAYS);
        documents.toParty(caseId, PenaltyDocuments.NOTICE, model, actor);
    }

    /**
     * The notice reached the party: the periods to state and defend, and to ask for a
     * hearing, start.
     */
    Map<String, Object> served(UUID caseId, LocalDate servedOn, String actor) {
        PenaltyProposals.Proposal p = proposals.latest(caseId).orElseThrow();
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
        jdbc.sql(
                """
                        update penalty_proposals set notice_served_on = :on, rights_end_on = :end, hearing_request_end_on = :hearing
                        where id = :id""")
            .param("on", servedOn)
            .param("end", rightsEnd.deadline().lastDay())
            .param("hearing", hearingEnd)
            .param("id", p.id())
            .update();
        return Map.of("rightsExpiresAt", rightsEnd.deadline().expiryDate());
    }

    /**
     * What the party put forward, recorded by an officer as it arrived (in writing or
     * orally).
     */
    @Transactional
    public void respond(AppUser user, UUID caseId, PartyResponse response) {
        PenaltyCase pc = cases.requireWorker(user, caseId);
        PenaltyProposals.Proposal p = proposals.latest(caseId)
            .filter(x -> x.noticeServedOn() != null)
            .orElseThrow(() -> new ConflictException("problem.penalty.no-notice"));
        List<Violation> violations = new ArrayList<>();
        // a party may answer a public notice before it is deemed served (CPL art. 95):
        // from
        // the notice's issue on
        LocalDate earliest = documents.issuedOn(caseId, PenaltyDocuments.NOTICE, deadlines.zone())
            .filter(issued -> issued.isBefore(p.noticeServedOn()))
            .orElse(p.noticeServedOn());
        if (response.kind() == null) {
            violations.add(Violation.keyed("kind", "penalty.response.kind.required"));
        }
        if (response.receivedOn() == null || response.receivedOn().isBefore(earliest)
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
                violations.add(Violation.keyed("receivedOn", "penalty.response.hearing-request.late",
                        p.hearingRequestEndOn()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        jdbc.sql(
                """
                        insert into penalty_responses (case_id, proposal_id, kind, received_on, content, recorded_by, recorded_at)
                        values (:c, :p, :kind, :on, :content, :by, :at)""")
            .param("c", caseId)
            .param("p", p.id())
            .param("kind", response.kind().name())
            .param("on", response.receivedOn())
            .param("content",
                    response.content() == null || response.content().isBlank() ? null : response.content().strip())
            .param("by", user.getUsername())
            .param("at", OffsetDateTime.now(clock))
            .update();
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
        model.tell(pc, message, vars, "problem.penalty.rights-period-over");
        if (response.kind() == ResponseKind.HEARING_REQUEST) {
            jdbc.sql("insert into penalty_hearings (case_id, proposal_id, requested_on) values (:c, :p, :on)")
                .param("c", caseId)
                .param("p", p.id())
                .param("on", response.receivedOn())
                .update();
            // CNIPA 2015 Measures art. 36, SAMR: the hearing is not counted in the case
            // period
            clocks.pause(caseId, PenaltyClocks.CASE_PERIOD, PenaltyClocks.EXCLUDED_HEARING, user.getUsername());
        }
        if (response.kind() != ResponseKind.STATEMENT) {
            rightsOver(caseId, user.getUsername());
        }
    }

    void rightsOver(UUID caseId, String actor) {
        clocks.stopIfRunning(caseId, PenaltyClocks.STATEMENT, actor);
        clocks.stopIfRunning(caseId, PenaltyClocks.HEARING_REQUEST, actor);
    }

    enum ResponseKind {

        STATEMENT, HEARING_REQUEST, WAIVER

    }

    record PartyResponse(ResponseKind kind, LocalDate receivedOn, String content) {
    }

}
