package io.ipcase.assistance;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.ipcase.assistance.steps.AssistanceActions;
import io.ipcase.assistance.steps.AssistanceClocks;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseFiling;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseSummary;
import io.ipcase.cases.CaseType;
import io.ipcase.cases.Cases;
import io.ipcase.cases.InfringementFiling;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.ClockView;
import io.ipcase.engine.Procedure;
import io.ipcase.storage.DocumentKind;
import io.ipcase.storage.Documents;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.ForbiddenException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import io.ipcase.web.Validation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.RuntimeService;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import io.ipcase.storage.CaseFile;

/**
 * Rights-protection assistance (维权援助, rules.md §5), a request of its own: a person or an
 * organisation applies; the centre reviews it within the setting's working days, asks
 * once for a supplement or refuses with reasons (appealable to the supervisor); an
 * accepted request goes to an expert or a workstation of the pool, and ends with the
 * assistance or a referral into mediation or adjudication, which the applicant may then
 * rate.
 */
@Service
public class Assistances {

    static final String PROCESS_KEY = "assistance";

    private final Cases cases;

    private final CaseFiling filing;

    private final Documents documents;

    private final AssistanceClocks clocks;

    private final AssistanceSettings settings;

    private final Procedure procedure;

    private final RuntimeService runtime;

    private final Validation validation;

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final Clock clock;

    Assistances(Cases cases, CaseFiling filing, Documents documents, AssistanceClocks clocks,
            AssistanceSettings settings, Procedure procedure, RuntimeService runtime, Validation validation,
            JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.filing = filing;
        this.documents = documents;
        this.clocks = clocks;
        this.settings = settings;
        this.procedure = procedure;
        this.runtime = runtime;
        this.validation = validation;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The application: the applicant (a person or an organisation, small and micro firms
     * flagged for priority), the other side, the rights, the matter and the help wanted.
     */
    public record Application(String officeId, InfringementFiling.Party applicant, InfringementFiling.Party otherSide,
            InfringementFiling.Patent patent,
            @NotNull(message = "{assistance.small-firm.required}") Boolean smallOrMicroFirm,
            @NotNull(message = "{assistance.field.required}") TechnicalField field,
            @NotBlank(message = "{assistance.matter.required}") @Size(max = 20000,
                    message = "{field.too-long}") String matter,
            @NotEmpty(message = "{assistance.help-wanted.required}") Set<@NotNull HelpKind> helpWanted) {
    }

    @Transactional
    public CaseFiling.FiledCase apply(AppUser user, Application application, List<CaseFile> files) {
        List<Violation> violations = new ArrayList<>(validation.violationsOf(application));
        // the common filing checks name the parties requester and respondent: an
        // application names
        // them applicant and other side
        CaseFiling.FiledCase filed;
        try {
            filed = filing.fileRequest(user, CaseType.ASSISTANCE, application.officeId(), application.applicant(),
                    application.otherSide(), application.patent(),
                    application.matter() == null ? "" : application.matter().strip(),
                    helpWanted(application.helpWanted()), DocumentKind.EVIDENCE, files, violations);
        }
        catch (InvalidInputException invalid) {
            throw new InvalidInputException(invalid.violations().stream().map(Assistances::renamed).toList());
        }
        jdbc.sql("""
                insert into assistance_requests (case_id, small_or_micro_firm, field, help_wanted)
                values (:id, :small, :field, :help)""")
            .param("id", filed.id())
            .param("small", application.smallOrMicroFirm())
            .param("field", application.field().name())
            .param("help", helpWanted(application.helpWanted()))
            .update();
        ClockView review = clocks.start(filed.id(), AssistanceClocks.REVIEW, settings.reviewWorkingDays(),
                user.getUsername());
        Map<String, Object> variables = new HashMap<>();
        variables.put("officeId", application.officeId());
        variables.put("reviewDueAt", review.deadline().dueDate());
        variables.put("smallOrMicroFirm", application.smallOrMicroFirm());
        var instance = runtime.startProcessInstanceByKey(PROCESS_KEY, filed.id().toString(), variables);
        cases.attachProcessInstance(filed.id(), instance.getId());
        audit.record(user.getUsername(), AssistanceActions.ASSISTANCE_APPLIED, filed.id(),
                application.smallOrMicroFirm() ? "SMALL_OR_MICRO_FIRM" : null);
        return filed;
    }

    private static Violation renamed(Violation v) {
        String field = v.field();
        if (field.startsWith("requester")) {
            field = "applicant" + field.substring("requester".length());
        }
        else if (field.startsWith("respondent")) {
            field = "otherSide" + field.substring("respondent".length());
        }
        return new Violation(field, v.messageKey(), v.args(), v.message());
    }

    private static String helpWanted(Set<HelpKind> kinds) {
        return kinds == null ? ""
                : new LinkedHashSet<>(kinds).stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /** The applicant supplies what the review found missing: the review starts again. */
    @Transactional
    public void supplement(AppUser user, UUID caseId, List<CaseFile> files) {
        requireApplicant(user, caseId);
        if (!procedure.awaits(caseId, "AssistanceSupplementReceived")) {
            throw new ConflictException("problem.assistance-no-supplement-awaited");
        }
        documents.storeSupplement(caseId, files, user.getUsername(), "assistance.supplement.files-required");
        clocks.stop(caseId, AssistanceClocks.SUPPLEMENT, user.getUsername());
        clocks.stop(caseId, AssistanceClocks.REVIEW, user.getUsername());
        ClockView review = clocks.start(caseId, AssistanceClocks.REVIEW, settings.reviewWorkingDays(),
                user.getUsername());
        audit.record(user.getUsername(), AssistanceActions.ASSISTANCE_SUPPLEMENTED, caseId,
                String.valueOf(files.size()));
        procedure.tell(caseId, "AssistanceSupplementReceived", Map.of("reviewDueAt", review.deadline().dueDate()),
                "problem.assistance-no-supplement-awaited");
    }

    public record Appeal(@NotBlank(message = "{assistance.appeal.grounds.required}") @Size(max = 5000,
            message = "{field.too-long}") String grounds) {
    }

    /**
     * The applicant appeals a refusal, within the setting's working days; the supervisor
     * decides.
     */
    @Transactional
    public void appeal(AppUser user, UUID caseId, Appeal appeal) {
        requireApplicant(user, caseId);
        if (!procedure.awaits(caseId, "AssistanceAppealFiled")) {
            throw new ConflictException("problem.assistance-no-appeal-open");
        }
        jdbc.sql("update assistance_requests set appeal_grounds = :g, appealed_at = :at where case_id = :id")
            .param("g", appeal.grounds().strip())
            .param("at", OffsetDateTime.now(clock))
            .param("id", caseId)
            .update();
        clocks.stop(caseId, AssistanceClocks.APPEAL, user.getUsername());
        audit.record(user.getUsername(), AssistanceActions.ASSISTANCE_APPEALED, caseId, null);
        procedure.tell(caseId, "AssistanceAppealFiled", Map.of(), "problem.assistance-no-appeal-open");
    }

    public record Feedback(
            @NotNull(message = "{assistance.feedback.rating.required}") @Min(value = 1,
                    message = "{assistance.feedback.rating.range}") @Max(value = 5,
                            message = "{assistance.feedback.rating.range}") Integer rating,
            @Size(max = 2000, message = "{field.too-long}") String comment) {
    }

    /**
     * The applicant rates the assistance delivered (or the referral made); the request
     * closes.
     */
    @Transactional
    public void feedback(AppUser user, UUID caseId, Feedback feedback) {
        requireApplicant(user, caseId);
        if (!procedure.awaits(caseId, "AssistanceFeedbackGiven")) {
            throw new ConflictException("problem.assistance-no-feedback-awaited");
        }
        jdbc.sql("update assistance_requests set rating = :r, rating_comment = :c, rated_at = :at where case_id = :id")
            .param("r", feedback.rating())
            .param("c", strip(feedback.comment()))
            .param("at", OffsetDateTime.now(clock))
            .param("id", caseId)
            .update();
        audit.record(user.getUsername(), AssistanceActions.ASSISTANCE_RATED, caseId, String.valueOf(feedback.rating()));
        procedure.tell(caseId, "AssistanceFeedbackGiven", Map.of(), "problem.assistance-no-feedback-awaited");
    }

    /** One of the applicant's requests, as "my assistance requests" lists it. */
    @NullMarked
    public record MyRequest(UUID caseId, String caseNumber, String stage, OffsetDateTime filedAt, String field,
            boolean smallOrMicroFirm, @Nullable String reviewReasons, @Nullable String assignedTo,
            @Nullable String assistanceKind, @Nullable String linkedCaseNumber, @Nullable Integer rating,
            List<String> awaits) {
    }

    record MyRow(UUID caseId, String field, boolean smallOrMicroFirm, String reviewDecision, String reviewReasons,
            String assignedTo, String assistanceKind, UUID referredCaseId, Integer rating) {
    }

    /**
     * The requests this user applied for, newest first, with what each awaits from them.
     */
    public List<MyRequest> mine(AppUser user) {
        List<CaseSummary> filed = cases.filedBy(user, CaseType.ASSISTANCE);
        if (filed.isEmpty()) {
            return List.of();
        }
        Map<UUID, MyRow> rows = new HashMap<>();
        List<UUID> ids = filed.stream().map(CaseSummary::id).toList();
        // in chunks: a statement may carry at most 65,535 parameters on PostgreSQL
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("""
                    select a.case_id, a.field, a.small_or_micro_firm, a.review_decision, a.review_reasons,
                        p.name assigned_to, a.assistance_kind, a.referred_case_id, a.rating
                    from assistance_requests a left join assistance_pool p on p.id = a.pool_member_id
                    where a.case_id in (:ids)""")
                .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                .query(MyRow.class)
                .list()
                .forEach(r -> rows.put(r.caseId(), r));
        }
        Map<UUID, CaseSummary> referred = cases
            .summaries(rows.values().stream().map(MyRow::referredCaseId).filter(Objects::nonNull).toList());
        return filed.stream().filter(c -> rows.containsKey(c.id())).map(c -> {
            MyRow r = rows.get(c.id());
            CaseSummary linked = r.referredCaseId() == null ? null : referred.get(r.referredCaseId());
            return new MyRequest(c.id(), c.caseNumber(), c.stage(), c.filedAt(), r.field(), r.smallOrMicroFirm(),
                    "REFUSE".equals(r.reviewDecision()) ? r.reviewReasons() : null, r.assignedTo(), r.assistanceKind(),
                    linked == null ? null : linked.caseNumber(), r.rating(), awaits(c.id()));
        }).toList();
    }

    /** What the request waits for from its applicant now. */
    List<String> awaits(UUID caseId) {
        List<String> steps = new ArrayList<>();
        if (procedure.awaits(caseId, "AssistanceSupplementReceived")) {
            steps.add("SUPPLEMENT");
        }
        if (procedure.awaits(caseId, "AssistanceAppealFiled")) {
            steps.add("APPEAL");
        }
        if (procedure.awaits(caseId, "AssistanceFeedbackGiven")) {
            steps.add("FEEDBACK");
        }
        return steps;
    }

    CaseRecord requireAssistance(AppUser user, UUID caseId) {
        CaseRecord c = cases.require(user, caseId);
        if (c.caseType() != CaseType.ASSISTANCE) {
            throw new ConflictException("problem.not-an-assistance-request");
        }
        return c;
    }

    private void requireApplicant(AppUser user, UUID caseId) {
        requireAssistance(user, caseId);
        if (!PartyRecord.REQUESTER.equals(cases.partyRoleOf(user, caseId).orElse(null))) {
            throw new ForbiddenException("problem.assistance-applicant-only");
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
