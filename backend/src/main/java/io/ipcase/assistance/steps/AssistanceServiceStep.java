package io.ipcase.assistance.steps;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.assistance.AssistanceSettings;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseFiling;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.Cases;
import io.ipcase.cases.InfringementFiling;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.ClockView;
import io.ipcase.inbox.steps.FieldKind;
import io.ipcase.inbox.steps.Input;
import io.ipcase.inbox.steps.ShownWhen;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.StepDescription;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.mediation.MediationSubject;
import io.ipcase.mediation.Mediations;
import io.ipcase.security.AppUser;
import io.ipcase.storage.CaseFile;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The assistance delivered: an opinion to the applicant (援助意见书), or a referral that files
 * a mediation or an adjudication case in the applicant's name with the request's parties,
 * patent and matter carried over, the two linked both ways. Either way the applicant may
 * then rate it.
 */
@Step("assistance-service")
class AssistanceServiceStep implements TaskStep<AssistanceServiceStep.Values> {

    enum Kind {

        CONSULTATION, REFERENCE_OPINION, EVIDENCE_GUIDANCE, OVERSEAS_GUIDANCE, REFER_MEDIATION, REFER_ADJUDICATION;

        String referral() {
            return switch (this) {
                case REFER_MEDIATION -> "MEDIATION";
                case REFER_ADJUDICATION -> "ADJUDICATION";
                default -> "NONE";
            };
        }

    }

    /**
     * @param opinion the opinion or guidance given (援助意见书), unless the matter is referred
     * @param mediationSubject what a mediation it is referred into is about
     * @param claims the claims an adjudication it is referred into relies on
     * @param requestedMeasures what that adjudication asks for
     */
    record Values(@Input(FieldKind.RADIO) @NotNull(message = "{assistance.service.kind.required}") Kind kind,
            @ShownWhen(field = "kind", is = {
                    "CONSULTATION", "REFERENCE_OPINION", "EVIDENCE_GUIDANCE", "OVERSEAS_GUIDANCE" }) @NotBlank(
                            message = "{assistance.service.opinion.required}") @Size(max = 20000,
                                    message = "{field.too-long}") String opinion,
            @ShownWhen(field = "kind", is = "REFER_MEDIATION") @NotNull(
                    message = "{assistance.service.mediation-subject.required}") MediationSubject mediationSubject,
            @Input(FieldKind.LINES) @ShownWhen(field = "kind", is = "REFER_ADJUDICATION") @NotEmpty(
                    message = "{filing.claims.required}") @Size(max = 100,
                            message = "{filing.claims.too-many}") List<@NotNull Integer> claims,
            @ShownWhen(field = "kind", is = "REFER_ADJUDICATION") @NotBlank(
                    message = "{filing.measures.required}") @Size(max = 5000,
                            message = "{field.too-long}") String requestedMeasures){
    }

    private final AssistanceRequests requests;

    private final Cases cases;

    private final CaseFiling filing;

    private final Mediations mediations;

    private final UserDetailsService accounts;

    private final ApplicantNotices notices;

    private final AssistanceClocks clocks;

    private final AssistanceSettings settings;

    private final AuditTrail audit;

    AssistanceServiceStep(AssistanceRequests requests, Cases cases, CaseFiling filing, Mediations mediations,
            UserDetailsService accounts, ApplicantNotices notices, AssistanceClocks clocks, AssistanceSettings settings,
            AuditTrail audit) {
        this.requests = requests;
        this.cases = cases;
        this.filing = filing;
        this.mediations = mediations;
        this.accounts = accounts;
        this.notices = notices;
        this.clocks = clocks;
        this.settings = settings;
        this.audit = audit;
    }

    /**
     * An infringement dispute is not mediated on its own: it is referred into
     * adjudication (Order 81 art. 35).
     */
    @Override
    public StepDescription describe(StepContext step, StepDescription form) {
        return form.withField("mediationSubject",
                field -> field.withChoices(field.choices()
                    .stream()
                    .filter(choice -> !choice.value().equals(MediationSubject.INFRINGEMENT.name()))
                    .toList()));
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        UUID caseId = step.caseId();
        CaseRecord c = cases.findUnchecked(caseId).orElseThrow();
        boolean referral = values.kind() == Kind.REFER_MEDIATION || values.kind() == Kind.REFER_ADJUDICATION;
        UUID referred = referral ? refer(c, values, step.user()) : null;
        requests.delivered(caseId, values.kind().name(), referral ? null : values.opinion().strip(), referred,
                step.username());
        if (!referral) {
            Map<String, Object> model = new HashMap<>();
            model.put("kind", values.kind().name());
            model.put("opinion", values.opinion().strip().lines().toList());
            notices.issue(caseId, "assistance-opinion", model, step.username());
            audit.record(step.username(), AssistanceActions.ASSISTANCE_DELIVERED, caseId, values.kind().name());
        }
        ClockView feedback = clocks.start(caseId, AssistanceClocks.FEEDBACK, settings.feedbackWorkingDays(),
                step.username());
        return Map.of("referral", values.kind().referral(), "feedbackExpiresAt", feedback.deadline().expiryDate());
    }

    /**
     * Files the case it is referred into, through the filing the applicant would use, in
     * their name.
     */
    private UUID refer(CaseRecord c, Values values, AppUser officer) {
        AppUser applicant = (AppUser) accounts.loadUserByUsername(c.filedBy());
        List<PartyRecord> parties = cases.parties(c.id());
        InfringementFiling.Party requester = party(parties, PartyRecord.REQUESTER);
        InfringementFiling.Party respondent = party(parties, PartyRecord.RESPONDENT);
        InfringementFiling.Patent patent = new InfringementFiling.Patent(c.patentNumber(), c.patentType(),
                c.patentTitle());
        boolean toMediation = values.kind() == Kind.REFER_MEDIATION;
        // the applicant's evidence goes with the request, except into a mediation of
        // damages: that
        // needs the decision finding infringement (Order 81 art. 64 ¶3), which no file of
        // an
        // assistance application stands for, so such a referral is refused on its subject
        List<CaseFile> files = toMediation && values.mediationSubject() == MediationSubject.DAMAGES ? List.of()
                : filing.partyFilesOf(c.id());
        CaseFiling.FiledCase filed;
        try {
            filed = toMediation
                    ? mediations.file(applicant,
                            new Mediations.StandaloneRequest(c.officeId(), requester, respondent, patent,
                                    values.mediationSubject(), c.factsAndReasons()),
                            files)
                    : filing
                        .fileInfringementDispute(
                                applicant, new InfringementFiling(c.officeId(), requester, respondent, patent,
                                        values.claims(), c.factsAndReasons(), values.requestedMeasures().strip()),
                                files);
        }
        catch (InvalidInputException invalid) {
            throw new InvalidInputException(invalid.violations()
                .stream()
                // the form has no files of its own: what fails on the files is the
                // subject
                .map(v -> Arrays.asList("subject", "files").contains(v.field())
                        ? new Violation("mediationSubject", v.messageKey(), v.args(), v.message()) : v)
                .toList());
        }
        audit.record(officer.getUsername(), AssistanceActions.ASSISTANCE_REFERRED, c.id(),
                values.kind().referral() + " " + filed.caseNumber());
        audit.record(officer.getUsername(), AssistanceActions.ASSISTANCE_REFERRED, filed.id(), c.caseNumber());
        return filed.id();
    }

    private static InfringementFiling.Party party(List<PartyRecord> parties, String role) {
        PartyRecord p = parties.stream().filter(r -> role.equals(r.role())).findFirst().orElseThrow();
        return new InfringementFiling.Party(p.kind(), p.name(), p.idNumber(), p.address(), p.contact(),
                p.domicileInChina());
    }

}
