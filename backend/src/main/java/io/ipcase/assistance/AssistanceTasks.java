package io.ipcase.assistance;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseFiling;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.Cases;
import io.ipcase.cases.InfringementFiling;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.ClockView;
import io.ipcase.documents.Addressee;
import io.ipcase.documents.OfficialDocuments;
import io.ipcase.documents.ServiceMethod;
import io.ipcase.inbox.InboxTask;
import io.ipcase.inbox.TaskForm;
import io.ipcase.mediation.MediationSubject;
import io.ipcase.mediation.Mediations;
import io.ipcase.security.AppUser;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import io.ipcase.storage.CaseFile;

/** The office's steps of a rights-protection assistance request, one form each. */
final class AssistanceTasks {

    private AssistanceTasks() {
    }

    /** The notices go to the applicant through the portal, where its first read is its service. */
    private static Addressee applicant(Cases cases, UUID caseId) {
        PartyRecord applicant = cases.parties(caseId).stream()
            .filter(p -> PartyRecord.REQUESTER.equals(p.role())).findFirst().orElseThrow();
        return Addressee.party(applicant, ServiceMethod.ELECTRONIC);
    }

    enum ReviewDecision { ACCEPT, SUPPLEMENT, REFUSE }

    record ReviewForm(@NotNull(message = "{assistance.review.decision.required}") ReviewDecision decision,
                      @Size(max = 5000, message = "{field.too-long}") String reasons,
                      @Size(max = 30, message = "{assistance.review.missing-items.too-many}")
                      List<@NotBlank @Size(max = 500, message = "{field.too-long}") String> missingItems) {
    }

    /**
     * The review: accept (受理通知书), ask once for everything missing (补正通知书, the setting's
     * working days to supply it) or refuse with reasons (不予受理通知书, appealable within the
     * setting's working days).
     */
    @Component
    static class Review implements TaskForm<ReviewForm> {

        private final Assistances assistances;
        private final Cases cases;
        private final OfficialDocuments documents;
        private final JdbcClient jdbc;
        private final AuditTrail audit;
        private final Clock clock;

        Review(Assistances assistances, Cases cases, OfficialDocuments documents, JdbcClient jdbc, AuditTrail audit,
               Clock clock) {
            this.assistances = assistances;
            this.cases = cases;
            this.documents = documents;
            this.jdbc = jdbc;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "assistance-review";
        }

        @Override
        public Class<ReviewForm> valuesType() {
            return ReviewForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, ReviewForm form) {
            UUID caseId = task.caseId();
            List<String> items = form.missingItems() == null ? List.of()
                : form.missingItems().stream().map(String::strip).toList();
            if (form.decision() == ReviewDecision.REFUSE && Assistances.strip(form.reasons()) == null) {
                throw InvalidInputException.of("reasons", "assistance.review.reasons.required");
            }
            if (form.decision() == ReviewDecision.SUPPLEMENT && items.isEmpty()) {
                throw InvalidInputException.of("missingItems", "assistance.review.missing-items.required");
            }
            String reasons = form.decision() == ReviewDecision.SUPPLEMENT ? String.join("\n", items)
                : Assistances.strip(form.reasons());
            jdbc.sql("""
                    update assistance_requests set review_decision = :d, review_reasons = :r, reviewed_by = :by,
                        reviewed_at = :at
                    where case_id = :id""")
                .param("d", form.decision().name()).param("r", reasons).param("by", user.getUsername())
                .param("at", OffsetDateTime.now(clock)).param("id", caseId).update();
            assistances.stopClock(caseId, Assistances.REVIEW, user.getUsername());
            audit.record(user.getUsername(), AssistanceActions.ASSISTANCE_REVIEWED, caseId, form.decision().name());
            Map<String, Object> variables = new HashMap<>();
            variables.put("reviewDecision", form.decision().name());
            Map<String, Object> model = new HashMap<>();
            switch (form.decision()) {
                case ACCEPT -> documents.issue(caseId, "assistance-acceptance", model, applicant(cases, caseId),
                    user.getUsername());
                case SUPPLEMENT -> {
                    ClockView supplement = assistances.start(caseId, Assistances.SUPPLEMENT,
                        assistances.settings().supplementWorkingDays(), user.getUsername());
                    variables.put("supplementExpiresAt", supplement.deadline().expiryDate());
                    model.put("items", items);
                    model.put("lastDay", supplement.deadline().lastDay());
                    documents.issue(caseId, "assistance-supplement", model, applicant(cases, caseId), user.getUsername());
                }
                case REFUSE -> {
                    ClockView appeal = assistances.start(caseId, Assistances.APPEAL,
                        assistances.settings().appealWorkingDays(), user.getUsername());
                    variables.put("appealExpiresAt", appeal.deadline().expiryDate());
                    model.put("reasons", reasons.lines().toList());
                    model.put("lastDay", appeal.deadline().lastDay());
                    documents.issue(caseId, "assistance-refusal", model, applicant(cases, caseId), user.getUsername());
                }
            }
            return variables;
        }
    }

    record AppealForm(@NotNull(message = "{assistance.appeal.allowed.required}") Boolean allowed,
                      @NotBlank(message = "{assistance.appeal.reasons.required}")
                      @Size(max = 5000, message = "{field.too-long}") String reasons) {
    }

    /** The supervisor upholds the refusal, or reverses it and the request is accepted (受理通知书). */
    @Component
    static class AppealDecision implements TaskForm<AppealForm> {

        private final Cases cases;
        private final OfficialDocuments documents;
        private final JdbcClient jdbc;
        private final AuditTrail audit;

        AppealDecision(Cases cases, OfficialDocuments documents, JdbcClient jdbc, AuditTrail audit) {
            this.cases = cases;
            this.documents = documents;
            this.jdbc = jdbc;
            this.audit = audit;
        }

        @Override
        public String formKey() {
            return "assistance-appeal";
        }

        @Override
        public Class<AppealForm> valuesType() {
            return AppealForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, AppealForm form) {
            UUID caseId = task.caseId();
            jdbc.sql("""
                    update assistance_requests set appeal_allowed = :a, appeal_reasons = :r, appeal_decided_by = :by
                    where case_id = :id""")
                .param("a", form.allowed()).param("r", form.reasons().strip()).param("by", user.getUsername())
                .param("id", caseId).update();
            audit.record(user.getUsername(), AssistanceActions.ASSISTANCE_APPEAL_DECIDED, caseId,
                form.allowed() ? "ALLOWED" : "UPHELD");
            if (form.allowed()) {
                documents.issue(caseId, "assistance-acceptance", Map.of(), applicant(cases, caseId), user.getUsername());
            }
            return Map.of("appealAllowed", form.allowed());
        }
    }

    record AssignmentForm(@NotNull(message = "{assistance.assignment.member.required}") Long poolMemberId,
                          @Size(max = 2000, message = "{field.too-long}") String note) {
    }

    /** An active expert or workstation of the request's district, from the pool. */
    @Component
    static class Assignment implements TaskForm<AssignmentForm> {

        private final Cases cases;
        private final AssistancePool pool;
        private final JdbcClient jdbc;
        private final AuditTrail audit;
        private final Clock clock;

        Assignment(Cases cases, AssistancePool pool, JdbcClient jdbc, AuditTrail audit, Clock clock) {
            this.cases = cases;
            this.pool = pool;
            this.jdbc = jdbc;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "assistance-assignment";
        }

        @Override
        public Class<AssignmentForm> valuesType() {
            return AssignmentForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, AssignmentForm form) {
            UUID caseId = task.caseId();
            CaseRecord c = cases.findUnchecked(caseId).orElseThrow();
            AssistancePool.Member member = pool.find(form.poolMemberId())
                .filter(m -> m.active() && m.district().equals(c.officeId()))
                .orElseThrow(() -> InvalidInputException.of("poolMemberId", "assistance.assignment.member.unavailable"));
            jdbc.sql("""
                    update assistance_requests set pool_member_id = :m, assigned_by = :by, assigned_at = :at
                    where case_id = :id""")
                .param("m", member.id()).param("by", user.getUsername()).param("at", OffsetDateTime.now(clock))
                .param("id", caseId).update();
            audit.record(user.getUsername(), AssistanceActions.ASSISTANCE_ASSIGNED, caseId,
                member.kind() + " " + member.name() + (Assistances.strip(form.note()) == null ? "" : ": " + form.note().strip()));
            return Map.of();
        }
    }

    enum AssistanceKind {
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
    record ServiceForm(@NotNull(message = "{assistance.service.kind.required}") AssistanceKind kind,
                       @Size(max = 20000, message = "{field.too-long}") String opinion,
                       MediationSubject mediationSubject,
                       @Size(max = 100, message = "{filing.claims.too-many}") List<@NotNull Integer> claims,
                       @Size(max = 5000, message = "{field.too-long}") String requestedMeasures) {
    }

    /**
     * The assistance delivered: an opinion to the applicant (援助意见书), or a referral that files a
     * mediation or an adjudication case in the applicant's name with the request's parties, patent and
     * matter carried over, the two linked both ways. Either way the applicant may then rate it.
     */
    @Component
    static class Service implements TaskForm<ServiceForm> {

        private final Assistances assistances;
        private final Cases cases;
        private final CaseFiling filing;
        private final Mediations mediations;
        private final UserDetailsService accounts;
        private final OfficialDocuments documents;
        private final JdbcClient jdbc;
        private final AuditTrail audit;
        private final Clock clock;

        Service(Assistances assistances, Cases cases, CaseFiling filing, Mediations mediations,
                UserDetailsService accounts, OfficialDocuments documents, JdbcClient jdbc, AuditTrail audit,
                Clock clock) {
            this.assistances = assistances;
            this.cases = cases;
            this.filing = filing;
            this.mediations = mediations;
            this.accounts = accounts;
            this.documents = documents;
            this.jdbc = jdbc;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "assistance-service";
        }

        @Override
        public Class<ServiceForm> valuesType() {
            return ServiceForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, ServiceForm form) {
            UUID caseId = task.caseId();
            CaseRecord c = cases.findUnchecked(caseId).orElseThrow();
            List<Violation> violations = new ArrayList<>();
            switch (form.kind()) {
                case REFER_MEDIATION -> {
                    if (form.mediationSubject() == null) {
                        violations.add(Violation.keyed("mediationSubject", "assistance.service.mediation-subject.required"));
                    }
                }
                case REFER_ADJUDICATION -> {
                    if (form.claims() == null || form.claims().isEmpty()) {
                        violations.add(Violation.keyed("claims", "filing.claims.required"));
                    }
                    if (Assistances.strip(form.requestedMeasures()) == null) {
                        violations.add(Violation.keyed("requestedMeasures", "filing.measures.required"));
                    }
                }
                default -> {
                    if (Assistances.strip(form.opinion()) == null) {
                        violations.add(Violation.keyed("opinion", "assistance.service.opinion.required"));
                    }
                }
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            UUID referred = switch (form.kind()) {
                case REFER_MEDIATION, REFER_ADJUDICATION -> refer(c, form, user);
                default -> null;
            };
            jdbc.sql("""
                    update assistance_requests set assistance_kind = :k, opinion = :o, delivered_by = :by,
                        delivered_at = :at, referred_case_id = :ref
                    where case_id = :id""")
                .param("k", form.kind().name()).param("o", referred == null ? form.opinion().strip() : null)
                .param("by", user.getUsername()).param("at", now).param("ref", referred).param("id", caseId).update();
            if (referred == null) {
                Map<String, Object> model = new HashMap<>();
                model.put("kind", form.kind().name());
                model.put("opinion", form.opinion().strip().lines().toList());
                documents.issue(caseId, "assistance-opinion", model, applicant(cases, caseId), user.getUsername());
                audit.record(user.getUsername(), AssistanceActions.ASSISTANCE_DELIVERED, caseId, form.kind().name());
            }
            ClockView feedback = assistances.start(caseId, Assistances.FEEDBACK,
                assistances.settings().feedbackWorkingDays(), user.getUsername());
            return Map.of("referral", form.kind().referral(), "feedbackExpiresAt", feedback.deadline().expiryDate());
        }

        /** Files the case it is referred into, through the filing the applicant would use, in their name. */
        private UUID refer(CaseRecord c, ServiceForm form, AppUser officer) {
            AppUser applicant = (AppUser) accounts.loadUserByUsername(c.filedBy());
            List<PartyRecord> parties = cases.parties(c.id());
            InfringementFiling.Party requester = party(parties, PartyRecord.REQUESTER);
            InfringementFiling.Party respondent = party(parties, PartyRecord.RESPONDENT);
            InfringementFiling.Patent patent = new InfringementFiling.Patent(c.patentNumber(), c.patentType(), c.patentTitle());
            // the applicant's evidence goes with the request, except into a mediation of damages: that
            // needs the decision finding infringement (Order 81 art. 64 ¶3), which no file of an
            // assistance application stands for, so such a referral is refused on its subject
            List<CaseFile> files = form.kind() == AssistanceKind.REFER_MEDIATION
                && form.mediationSubject() == MediationSubject.DAMAGES ? List.of() : filing.partyFilesOf(c.id());
            CaseFiling.FiledCase filed;
            try {
                filed = form.kind() == AssistanceKind.REFER_MEDIATION
                    ? mediations.file(applicant, new Mediations.StandaloneRequest(c.officeId(), requester, respondent,
                        patent, form.mediationSubject(), c.factsAndReasons()), files)
                    : filing.fileInfringementDispute(applicant, new InfringementFiling(c.officeId(), requester, respondent,
                        patent, form.claims(), c.factsAndReasons(), form.requestedMeasures().strip()), files);
            } catch (InvalidInputException invalid) {
                throw new InvalidInputException(invalid.violations().stream()
                    // the form has no files of its own: what fails on the files is the subject
                    .map(v -> v.field().equals("subject") || v.field().equals("files")
                        ? new Violation("mediationSubject", v.messageKey(), v.args(), v.message()) : v)
                    .toList());
            }
            audit.record(officer.getUsername(), AssistanceActions.ASSISTANCE_REFERRED, c.id(),
                form.kind().referral() + " " + filed.caseNumber());
            audit.record(officer.getUsername(), AssistanceActions.ASSISTANCE_REFERRED, filed.id(), c.caseNumber());
            return filed.id();
        }

        private static InfringementFiling.Party party(List<PartyRecord> parties, String role) {
            PartyRecord p = parties.stream().filter(r -> role.equals(r.role())).findFirst().orElseThrow();
            return new InfringementFiling.Party(p.kind(), p.name(), p.idNumber(), p.address(), p.contact(),
                p.domicileInChina());
        }
    }
}
