package io.ipcase.injunction;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.ipcase.engine.Procedure;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseFiling;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseType;
import io.ipcase.cases.Cases;
import io.ipcase.cases.InfringementFiling;
import io.ipcase.cases.PartyRecord;
import io.ipcase.cases.PatentNumbers;
import io.ipcase.cases.PatentType;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockView;
import io.ipcase.deadlines.Period;
import io.ipcase.injunction.steps.InjunctionActions;
import io.ipcase.injunction.steps.InjunctionClocks;
import io.ipcase.injunction.steps.InjunctionObjections;
import io.ipcase.storage.DocumentKind;
import io.ipcase.storage.Documents;
import io.ipcase.storage.UploadRules;
import io.ipcase.security.AppUser;
import io.ipcase.security.Role;
import io.ipcase.web.ConflictException;
import io.ipcase.web.ForbiddenException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import io.ipcase.web.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import io.ipcase.storage.CaseFile;

/**
 * Chongqing's preliminary injunction (先行发布禁令, rules.md §4), a case of its own: applied
 * for by the rights holder (with or before an adjudication request) or started by an
 * officer of the office's own motion; reviewed within the setting's hours of a complete
 * application; once served, in force until the adjudication it leads to closes, unless
 * lifted earlier.
 */
@Service
public class Injunctions {

    static final String PROCESS_KEY = "preliminary-injunction";

    /**
     * Who started it: the rights holder's application, or an officer of the office's own
     * motion.
     */
    public enum StartedBy {

        APPLICATION, OWN_MOTION

    }

    /**
     * Why it is urgent: trade fairs and online campaigns are the plan's (and the SPC's
     * art. 6) examples.
     */
    enum Urgency {

        TRADE_FAIR, ONLINE_CAMPAIGN, OTHER

    }

    private final Cases cases;

    private final CaseFiling filing;

    private final Documents documents;

    private final UploadRules uploads;

    private final CaseClocks clocks;

    private final InjunctionObjections objections;

    private final Procedure procedure;

    private final RuntimeService runtime;

    private final InjunctionSettings settings;

    private final Validation validation;

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final Clock clock;

    Injunctions(Cases cases, CaseFiling filing, Documents documents, UploadRules uploads, CaseClocks clocks,
            InjunctionObjections objections, Procedure procedure, RuntimeService runtime, InjunctionSettings settings,
            Validation validation, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.filing = filing;
        this.documents = documents;
        this.uploads = uploads;
        this.clocks = clocks;
        this.objections = objections;
        this.procedure = procedure;
        this.runtime = runtime;
        this.settings = settings;
        this.validation = validation;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The application (or the officer's record of an own-motion start): the parties, the
     * patent, the acts to stop, the facts, why it is urgent, and for an online shop the
     * platform to notify.
     *
     * @param adjudicationCaseId the adjudication case already filed for this dispute, if
     * any
     */
    public record Application(String officeId, InfringementFiling.Party requester, InfringementFiling.Party respondent,
            InfringementFiling.Patent patent,
            @NotBlank(message = "{injunction.acts.required}") @Size(max = 5000,
                    message = "{field.too-long}") String actsToStop,
            @NotBlank(message = "{injunction.facts.required}") @Size(max = 20000,
                    message = "{field.too-long}") String facts,
            @NotNull(message = "{injunction.urgency.required}") Urgency urgency,
            @Size(max = 2000, message = "{field.too-long}") String urgencyDetails,
            @Size(max = 200, message = "{field.too-long}") String platformName,
            @Size(max = 500, message = "{field.too-long}") String listingUrl, BigDecimal bondAmount,
            UUID adjudicationCaseId) {
    }

    @Transactional
    public CaseFiling.FiledCase apply(AppUser user, Application application, List<CaseFile> evidence,
            CaseFile evaluationReport) {
        StartedBy startedBy = user.isStaff() ? StartedBy.OWN_MOTION : StartedBy.APPLICATION;
        List<Violation> violations = new ArrayList<>(validation.violationsOf(application));
        if (startedBy == StartedBy.OWN_MOTION && application.officeId() != null
                && !application.officeId().equals(user.officeId())) {
            violations.add(Violation.keyed("officeId", "injunction.office.own-only"));
        }
        if (startedBy == StartedBy.APPLICATION && evidence.isEmpty()) {
            violations.add(Violation.keyed("evidence", "injunction.evidence.required"));
        }
        // a utility model or design needs CNIPA's evaluation report (SPC 2018 rules art.
        // 9; Order 81 art. 14)
        PatentType type = application.patent() == null ? null : application.patent().type();
        if (type != null && type != PatentType.INVENTION && evaluationReport == null) {
            violations.add(Violation.keyed("evaluationReport", "injunction.evaluation-report.required"));
        }
        if (evaluationReport != null) {
            violations.addAll(uploads.check("evaluationReport", List.of(evaluationReport)));
        }
        if (settings.bondRequired() && (application.bondAmount() == null || application.bondAmount().signum() <= 0)) {
            violations.add(Violation.keyed("bondAmount", "injunction.bond.required"));
        }
        else if (application.bondAmount() != null
                && (application.bondAmount().signum() < 0 || application.bondAmount().scale() > 2)) {
            violations.add(Violation.keyed("bondAmount", "injunction.bond.format"));
        }
        if (strip(application.platformName()) == null ^ strip(application.listingUrl()) == null) {
            violations.add(Violation.keyed(strip(application.platformName()) == null ? "platformName" : "listingUrl",
                    "injunction.platform.both"));
        }
        if (application.adjudicationCaseId() != null) {
            checkAdjudication(user, application, violations);
        }
        CaseFiling.FiledCase filed = filing.fileRequest(user, CaseType.PRELIMINARY_INJUNCTION, application.officeId(),
                application.requester(), application.respondent(), application.patent(), strip(application.facts()),
                strip(application.actsToStop()), DocumentKind.EVIDENCE, evidence, violations);
        if (evaluationReport != null) {
            documents.store(filed.id(), DocumentKind.EVALUATION_REPORT, evaluationReport, user.getUsername());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql(
                """
                        insert into injunctions (case_id, started_by, acts_to_stop, urgency, urgency_details, platform_name,
                            listing_url, bond_amount, adjudication_case_id, linked_at)
                        values (:id, :startedBy, :acts, :urgency, :details, :platform, :url, :bond, :adjudication, :linkedAt)""")
            .param("id", filed.id())
            .param("startedBy", startedBy.name())
            .param("acts", strip(application.actsToStop()))
            .param("urgency", application.urgency().name())
            .param("details", strip(application.urgencyDetails()))
            .param("platform", strip(application.platformName()))
            .param("url", strip(application.listingUrl()))
            .param("bond", application.bondAmount())
            .param("adjudication", application.adjudicationCaseId())
            .param("linkedAt", application.adjudicationCaseId() == null ? null : now)
            .update();
        ClockView review = clocks.startHours(filed.id(), InjunctionClocks.REVIEW, settings.reviewHours(),
                now.toInstant(), user.getUsername());
        Map<String, Object> variables = new HashMap<>();
        variables.put("officeId", application.officeId());
        variables.put("reviewDueAt", review.deadline().dueDate());
        variables.put("adjudicationLinked", application.adjudicationCaseId() != null);
        var instance = runtime.startProcessInstanceByKey(PROCESS_KEY, filed.id().toString(), variables);
        cases.attachProcessInstance(filed.id(), instance.getId());
        audit.record(user.getUsername(), startedBy == StartedBy.APPLICATION ? InjunctionActions.INJUNCTION_APPLIED
                : InjunctionActions.INJUNCTION_STARTED_OF_OWN_MOTION, filed.id(), application.urgency().name());
        if (application.adjudicationCaseId() != null) {
            audit.record(user.getUsername(), InjunctionActions.INJUNCTION_LINKED, filed.id(),
                    application.adjudicationCaseId().toString());
        }
        return filed;
    }

    /**
     * The adjudication named must be one this user may see, of the same patent and
     * respondent.
     */
    private void checkAdjudication(AppUser user, Application application, List<Violation> violations) {
        Optional<CaseRecord> adjudication = cases.find(user, application.adjudicationCaseId())
            .filter(c -> c.caseType() == CaseType.INFRINGEMENT_ADJUDICATION);
        if (adjudication.isEmpty()) {
            violations.add(Violation.keyed("adjudicationCaseId", "injunction.adjudication.unknown"));
            return;
        }
        Optional<String> patent = application.patent() == null || application.patent().number() == null
                ? Optional.empty() : PatentNumbers.normalise(application.patent().number());
        if (patent.isPresent() && !patent.get().equals(adjudication.get().patentNumber())) {
            violations.add(Violation.keyed("adjudicationCaseId", "injunction.adjudication.other-patent"));
        }
        if (!adjudication.get().officeId().equals(application.officeId())) {
            violations.add(Violation.keyed("adjudicationCaseId", "injunction.adjudication.other-office"));
        }
    }

    /**
     * The applicant supplies what the review found missing: the review clock starts
     * again.
     */
    @Transactional
    public void supplement(AppUser user, UUID caseId, List<CaseFile> files) {
        CaseRecord c = requireInjunction(user, caseId);
        if (!PartyRecord.REQUESTER.equals(cases.partyRoleOf(user, caseId).orElse(null))) {
            throw new ForbiddenException("problem.injunction-applicant-only");
        }
        if (!procedure.awaits(c.id(), "InjunctionSupplementReceived")) {
            throw new ConflictException("problem.injunction-no-supplement-awaited");
        }
        documents.storeSupplement(caseId, files, user.getUsername(), "injunction.supplement.files-required");
        clocks.stop(caseId, InjunctionClocks.SUPPLEMENT, user.getUsername());
        ClockView review = clocks.startHours(caseId, InjunctionClocks.REVIEW, settings.reviewHours(), clock.instant(),
                user.getUsername());
        audit.record(user.getUsername(), InjunctionActions.INJUNCTION_SUPPLEMENTED, caseId,
                String.valueOf(files.size()));
        procedure.tell(caseId, "InjunctionSupplementReceived", Map.of("reviewDueAt", review.deadline().dueDate()),
                "problem.injunction-no-supplement-awaited");
    }

    public record Objection(@NotBlank(message = "{injunction.objection.grounds.required}") @Size(max = 5000,
            message = "{field.too-long}") String grounds) {
    }

    /**
     * The respondent objects to the injunction served on it; the office decides within
     * the setting's days.
     */
    @Transactional
    public void object(AppUser user, UUID caseId, Objection objection) {
        CaseRecord c = requireInjunction(user, caseId);
        if (!PartyRecord.RESPONDENT.equals(cases.partyRoleOf(user, caseId).orElse(null))) {
            throw new ForbiddenException("problem.injunction-respondent-only");
        }
        if (objections.open(caseId).isPresent()) {
            throw new ConflictException("problem.injunction-objection-open");
        }
        if (!procedure.awaits(c.id(), "InjunctionObjectionFiled")) {
            throw new ConflictException("problem.injunction-not-in-force");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        objections.file(caseId, objection.grounds().strip(), user.getUsername(), now);
        ClockView decision = clocks.start(caseId, InjunctionClocks.OBJECTION,
                Period.calendarDays(settings.objectionDays()), now.atZoneSameInstant(clock.getZone()).toLocalDate(),
                user.getUsername());
        audit.record(user.getUsername(), InjunctionActions.INJUNCTION_OBJECTION_FILED, caseId, null);
        procedure.tell(caseId, "InjunctionObjectionFiled", Map.of("objectionDueAt", decision.deadline().dueDate()),
                "problem.injunction-not-in-force");
    }

    public record Invalidation(
            @NotBlank(message = "{injunction.invalidation.number.required}") @Size(max = 100,
                    message = "{field.too-long}") String decisionNumber,
            @NotNull(message = "{injunction.invalidation.date.required}") LocalDate decidedOn) {
    }

    /** CNIPA has declared the patent invalid: the injunction is to be lifted. */
    @Transactional
    public void patentInvalidated(AppUser user, UUID caseId, Invalidation invalidation) {
        requireInjunction(user, caseId);
        if (!user.isStaff()) {
            throw new ForbiddenException("problem.staff-only");
        }
        if (invalidation.decidedOn().isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("decidedOn", "injunction.invalidation.date.future");
        }
        audit.record(user.getUsername(), InjunctionActions.INJUNCTION_PATENT_INVALIDATED, caseId,
                invalidation.decisionNumber().strip() + " " + invalidation.decidedOn());
        procedure.tell(caseId, "PatentInvalidated", Map.of(), "problem.injunction-not-in-force");
    }

    CaseRecord requireInjunction(AppUser user, UUID caseId) {
        CaseRecord c = cases.require(user, caseId);
        if (c.caseType() != CaseType.PRELIMINARY_INJUNCTION) {
            throw new ConflictException("problem.not-an-injunction");
        }
        return c;
    }

    boolean isStaffOf(AppUser user, CaseRecord c) {
        return user.has(Role.ADMIN) || (user.isStaff() && c.officeId().equals(user.officeId()));
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
