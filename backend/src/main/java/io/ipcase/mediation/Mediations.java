package io.ipcase.mediation;

import static io.ipcase.mediation.steps.MediationPeriods.CASE_PERIOD;
import static io.ipcase.mediation.steps.MediationPeriods.FILING;
import static io.ipcase.mediation.steps.MediationPeriods.FIVE_WORKING_DAYS;
import static io.ipcase.mediation.steps.MediationPeriods.NOTICE;
import static io.ipcase.mediation.steps.MediationPeriods.NOTICE_PERIOD;
import static io.ipcase.mediation.steps.MediationPeriods.NOT_FILED_NOTICE;
import static io.ipcase.mediation.steps.MediationPeriods.OPINION;
import static io.ipcase.mediation.steps.MediationPeriods.OPINION_PERIOD;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.adjudication.AdjudicationSettings;
import io.ipcase.adjudication.DecisionOutcomes;
import io.ipcase.engine.Procedure;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseFiling;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseType;
import io.ipcase.cases.Cases;
import io.ipcase.cases.InfringementFiling;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockState;
import io.ipcase.deadlines.ClockView;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.mediation.steps.MediationActions;
import io.ipcase.mediation.steps.OpenMediations;
import io.ipcase.storage.DocumentKind;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.ForbiddenException;
import io.ipcase.web.InvalidInputException.Violation;
import io.ipcase.web.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import io.ipcase.storage.CaseFile;

/**
 * Mediation of a patent dispute (Order 81 art. 35, 63–70): asked for inside an
 * adjudication case or as a case of its own. The department sends the other side a notice
 * within 5 working days; it has 15 days from receipt to state whether it agrees; on
 * consent the mediation is filed within 5 working days, and without it the requester is
 * told so within 5 working days.
 */
@Service
public class Mediations {

    static final String PROCESS_KEY = "mediation";

    private final Cases cases;

    private final CaseFiling filing;

    private final CaseClocks clocks;

    private final Deadlines deadlines;

    private final Procedure procedure;

    private final RuntimeService runtime;

    private final AdjudicationSettings adjudicationSettings;

    private final DecisionOutcomes decisions;

    private final OpenMediations mediations;

    private final Validation validation;

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final Clock clock;

    Mediations(Cases cases, CaseFiling filing, CaseClocks clocks, Deadlines deadlines, Procedure procedure,
            RuntimeService runtime, AdjudicationSettings adjudicationSettings, DecisionOutcomes decisions,
            OpenMediations mediations, Validation validation, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.filing = filing;
        this.clocks = clocks;
        this.deadlines = deadlines;
        this.procedure = procedure;
        this.runtime = runtime;
        this.adjudicationSettings = adjudicationSettings;
        this.decisions = decisions;
        this.mediations = mediations;
        this.validation = validation;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ a mediation of
    // its own

    public record StandaloneRequest(String officeId, InfringementFiling.Party requester,
            InfringementFiling.Party respondent, InfringementFiling.Patent patent,
            @NotNull(message = "{mediation.subject.required}") MediationSubject subject,
            @NotBlank(message = "{mediation.request.required}") @Size(max = 20000,
                    message = "{field.too-long}") String request) {
    }

    /** Order 81 art. 63–64: a party asks the department to mediate a patent dispute. */
    @Transactional
    public CaseFiling.FiledCase file(AppUser user, StandaloneRequest request, List<CaseFile> files) {
        List<Violation> violations = new ArrayList<>(validation.violationsOf(request));
        if (request.subject() == MediationSubject.INFRINGEMENT) {
            // the whole infringement dispute is adjudicated, and mediated inside that
            // case (art. 35)
            violations.add(Violation.keyed("subject", "mediation.subject.infringement-in-case"));
        }
        if (request.subject() == MediationSubject.DAMAGES && files.isEmpty()) {
            // art. 64 ¶3: a copy of the decision finding infringement
            violations.add(Violation.keyed("files", "mediation.damages.decision-required"));
        }
        CaseFiling.FiledCase filed = filing.fileRequest(user, CaseType.MEDIATION, request.officeId(),
                request.requester(), request.respondent(), request.patent(),
                request.request() == null ? "" : request.request().strip(),
                request.subject() == null ? "" : request.subject().name(), DocumentKind.EVIDENCE, files, violations);
        LocalDate receivedOn = LocalDate.now(clock);
        mediations.start(filed.id(), false, request.subject(), user.getUsername(), PartyRecord.REQUESTER,
                request.request().strip());
        ClockView notice = clocks.start(filed.id(), NOTICE, NOTICE_PERIOD, receivedOn, user.getUsername());
        var instance = runtime.startProcessInstanceByKey(PROCESS_KEY, filed.id().toString(), Map.of("officeId",
                request.officeId(), "inCase", false, "mediationNoticeDueAt", notice.deadline().dueDate()));
        cases.attachProcessInstance(filed.id(), instance.getId());
        audit.record(user.getUsername(), MediationActions.MEDIATION_REQUESTED, filed.id(), request.subject().name());
        return filed;
    }

    // ------------------------------------------------------------------ inside an
    // adjudication case

    public record InCaseRequest(@NotBlank(message = "{mediation.request.required}") @Size(max = 5000,
            message = "{field.too-long}") String request) {
    }

    /**
     * A party asks for mediation in its adjudication case: of the whole dispute while it
     * is being handled (Order 81 art. 35), of the damages alone after a decision finding
     * infringement (Patent Law art. 65).
     */
    @Transactional
    public void requestInCase(AppUser user, UUID caseId, InCaseRequest request) {
        CaseRecord c = cases.require(user, caseId);
        if (c.caseType() != CaseType.INFRINGEMENT_ADJUDICATION) {
            throw new ConflictException("problem.not-an-adjudication");
        }
        String role = cases.partyRoleOf(user, caseId).orElseThrow(() -> new ForbiddenException("problem.parties-only"));
        if (mediations.of(caseId).isPresent()) {
            throw new ConflictException("problem.mediation-running");
        }
        String message;
        MediationSubject subject;
        if (procedure.awaits(caseId, "MediationRequested")) {
            message = "MediationRequested";
            subject = MediationSubject.INFRINGEMENT;
        }
        else if (procedure.awaits(caseId, "DamagesMediationRequested") && infringementDecided(caseId)) {
            message = "DamagesMediationRequested";
            subject = MediationSubject.DAMAGES;
        }
        else {
            throw new ConflictException("problem.mediation-not-now");
        }
        mediations.start(caseId, true, subject, user.getUsername(), role, request.request().strip());
        ClockView notice = clocks.start(caseId, NOTICE, NOTICE_PERIOD, LocalDate.now(clock), user.getUsername());
        audit.record(user.getUsername(), MediationActions.MEDIATION_REQUESTED, caseId, subject.name());
        procedure.tell(caseId, message, Map.of("mediationNoticeDueAt", notice.deadline().dueDate()),
                "problem.mediation-not-now");
        if (subject == MediationSubject.INFRINGEMENT && adjudicationSettings.pauseCasePeriodDuringMediation()
                && clocks.find(caseId, CASE_PERIOD).map(v -> v.state() == ClockState.RUNNING).orElse(false)) {
            clocks.pause(caseId, CASE_PERIOD, "MEDIATION", user.getUsername());
        }
    }

    /**
     * A decision finding infringement has been served: the damages may be mediated (art.
     * 64 ¶3).
     */
    boolean infringementDecided(UUID caseId) {
        return decisions.served(caseId).filter(o -> o == DecisionOutcomes.Outcome.INFRINGEMENT_FOUND).isPresent();
    }

    // ------------------------------------------------------------------ both

    /**
     * The other side received the notice to state its opinion: its 15 days start (art.
     * 65).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void noticeServed(UUID caseId, LocalDate servedOn, String actor) {
        ClockView opinion = clocks.start(caseId, OPINION, OPINION_PERIOD, servedOn, actor);
        audit.record(actor, MediationActions.MEDIATION_NOTICE_SERVED, caseId, servedOn.toString());
        // art. 66: silence until the period ends is no consent; the requester is told
        // within 5 working days
        var notFiled = deadlines.workingDays(opinion.deadline().lastDay(), 5);
        procedure.tell(caseId, "MediationNoticeServed",
                Map.of("opinionExpiresAt", opinion.deadline().expiryDate(), "notFiledNoticeDueAt", notFiled.dueDate()),
                "problem.mediation-not-awaiting-service");
    }

    public record Opinion(@NotNull(message = "{mediation.consents.required}") Boolean consents,
            @Size(max = 5000, message = "{field.too-long}") String opinion) {
    }

    /** The other side states whether it agrees to mediate (art. 65–66). */
    @Transactional
    public void stateOpinion(AppUser user, UUID caseId, Opinion opinion) {
        cases.require(user, caseId);
        OpenMediations.Current m = mediations.require(caseId);
        String role = cases.partyRoleOf(user, caseId).orElseThrow(() -> new ForbiddenException("problem.parties-only"));
        if (role.equals(m.requesterRole())) {
            throw new ForbiddenException("problem.mediation-other-side-only");
        }
        ClockView period = clocks.find(caseId, OPINION)
            .orElseThrow(() -> new ConflictException("problem.no-mediation"));
        if (LocalDate.now(clock).isAfter(period.deadline().lastDay())) {
            throw new ConflictException("problem.opinion-period-over", period.deadline().lastDay().toString());
        }
        jdbc.sql("update mediations set opinion = :o, opinion_text = :t, opinion_stated_at = :at where id = :id")
            .param("o", opinion.consents() ? "AGREE" : "REFUSE")
            .param("t", opinion.opinion())
            .param("at", OffsetDateTime.now(clock))
            .param("id", m.id())
            .update();
        clocks.stop(caseId, OPINION, user.getUsername());
        ClockView next = clocks.start(caseId, opinion.consents() ? FILING : NOT_FILED_NOTICE, FIVE_WORKING_DAYS,
                LocalDate.now(clock), user.getUsername());
        audit.record(user.getUsername(), MediationActions.MEDIATION_OPINION_STATED, caseId,
                opinion.consents() ? "AGREE" : "REFUSE");
        Map<String, Object> variables = new HashMap<>();
        variables.put("opinionConsents", opinion.consents());
        variables.put(opinion.consents() ? "mediationFilingDueAt" : "notFiledNoticeDueAt", next.deadline().dueDate());
        procedure.tell(caseId, "OpinionStated", variables, "problem.opinion-not-awaited");
    }

}
