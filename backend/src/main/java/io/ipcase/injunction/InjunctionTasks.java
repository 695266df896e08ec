package io.ipcase.injunction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockView;
import io.ipcase.documents.Addressee;
import io.ipcase.documents.OfficialDocuments;
import io.ipcase.documents.ServiceMethod;
import io.ipcase.inbox.InboxTask;
import io.ipcase.inbox.TaskForm;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The office's steps of a preliminary injunction, one form each. */
final class InjunctionTasks {

    private InjunctionTasks() {
    }

    enum ReviewDecision { PROPOSE, SUPPLEMENT, REFUSE }

    /**
     * @param stopOrder what the respondent is ordered to stop at once, when the injunction is proposed
     * @param missingItems everything missing from an incomplete application, asked for at once
     */
    record ReviewForm(@NotNull(message = "{injunction.review.decision.required}") ReviewDecision decision,
                      @Size(max = 5000, message = "{field.too-long}") String stopOrder,
                      @Size(max = 5000, message = "{field.too-long}") String reasons,
                      @Size(max = 30, message = "{injunction.review.missing-items.too-many}")
                      List<@NotBlank @Size(max = 500, message = "{field.too-long}") String> missingItems,
                      LocalDate supplementDueDate) {
    }

    /** The expedited review: propose the injunction to the supervisor, ask for a supplement, or refuse. */
    @Component
    static class Review implements TaskForm<ReviewForm> {

        private final Injunctions injunctions;
        private final CaseClocks clocks;
        private final JdbcClient jdbc;
        private final AuditTrail audit;
        private final Clock clock;

        Review(Injunctions injunctions, CaseClocks clocks, JdbcClient jdbc, AuditTrail audit, Clock clock) {
            this.injunctions = injunctions;
            this.clocks = clocks;
            this.jdbc = jdbc;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "injunction-review";
        }

        @Override
        public Class<ReviewForm> valuesType() {
            return ReviewForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, ReviewForm form) {
            UUID caseId = task.caseId();
            List<Violation> violations = new ArrayList<>();
            switch (form.decision()) {
                case PROPOSE -> {
                    if (blank(form.stopOrder())) {
                        violations.add(Violation.keyed("stopOrder", "injunction.review.stop-order.required"));
                    }
                }
                case REFUSE -> {
                    if (blank(form.reasons())) {
                        violations.add(Violation.keyed("reasons", "injunction.review.reasons.required"));
                    }
                }
                case SUPPLEMENT -> {
                    if (form.missingItems() == null || form.missingItems().isEmpty()) {
                        violations.add(Violation.keyed("missingItems", "injunction.review.missing-items.required"));
                    }
                    if (form.supplementDueDate() == null) {
                        violations.add(Violation.keyed("supplementDueDate", "injunction.review.supplement-due.required"));
                    } else if (!form.supplementDueDate().isAfter(LocalDate.now(clock))) {
                        violations.add(Violation.keyed("supplementDueDate", "injunction.review.supplement-due.future"));
                    }
                    String startedBy = jdbc.sql("select started_by from injunctions where case_id = :id")
                        .param("id", caseId).query(String.class).single();
                    if (Injunctions.StartedBy.OWN_MOTION.name().equals(startedBy)) {
                        violations.add(Violation.keyed("decision", "injunction.review.supplement.own-motion"));
                    }
                }
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            String reasons = form.decision() == ReviewDecision.SUPPLEMENT
                ? String.join("\n", form.missingItems().stream().map(String::strip).toList()) : strip(form.reasons());
            jdbc.sql("""
                    update injunctions set review_decision = :d, review_reasons = :r, stop_order = :o,
                        reviewed_by = :by, reviewed_at = :at
                    where case_id = :id""")
                .param("d", form.decision().name()).param("r", reasons)
                .param("o", form.decision() == ReviewDecision.PROPOSE ? form.stopOrder().strip() : null)
                .param("by", user.getUsername()).param("at", OffsetDateTime.now(clock)).param("id", caseId)
                .update();
            audit.record(user.getUsername(), InjunctionActions.INJUNCTION_REVIEWED, caseId, form.decision().name());
            Map<String, Object> variables = new HashMap<>();
            variables.put("reviewDecision", form.decision().name());
            if (form.decision() == ReviewDecision.SUPPLEMENT) {
                // the review clock runs from a complete application: it starts again with the supplement
                injunctions.stopClock(caseId, Injunctions.REVIEW, user.getUsername());
                ClockView supplement = clocks.startUntil(caseId, Injunctions.SUPPLEMENT, form.supplementDueDate(),
                    user.getUsername());
                variables.put("supplementExpiresAt", supplement.deadline().expiryDate());
            }
            if (form.decision() == ReviewDecision.REFUSE) {
                injunctions.stopClock(caseId, Injunctions.REVIEW, user.getUsername());
            }
            return variables;
        }
    }

    enum Approval { APPROVE, RETURN }

    /** @param serviceMethod how the injunction is to be served on the respondent */
    record ApprovalForm(@NotNull(message = "{injunction.approval.decision.required}") Approval decision,
                        @Size(max = 5000, message = "{field.too-long}") String note,
                        ServiceMethod serviceMethod) {
    }

    /**
     * The supervisor's approval: the injunction (禁令决定书) orders the respondent to stop at once and
     * is issued for service on it; an online shop's platform gets a notice to act on it (平台通知书).
     */
    @Component
    static class ApprovalStep implements TaskForm<ApprovalForm> {

        private final Injunctions injunctions;
        private final Cases cases;
        private final OfficialDocuments documents;
        private final JdbcClient jdbc;
        private final AuditTrail audit;
        private final Clock clock;

        ApprovalStep(Injunctions injunctions, Cases cases, OfficialDocuments documents, JdbcClient jdbc,
                     AuditTrail audit, Clock clock) {
            this.injunctions = injunctions;
            this.cases = cases;
            this.documents = documents;
            this.jdbc = jdbc;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "injunction-approval";
        }

        @Override
        public Class<ApprovalForm> valuesType() {
            return ApprovalForm.class;
        }

        record Order(String actsToStop, String stopOrder, String urgency, String platformName, String listingUrl) {
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, ApprovalForm form) {
            UUID caseId = task.caseId();
            if (form.decision() == Approval.RETURN && blank(form.note())) {
                throw InvalidInputException.of("note", "injunction.approval.note.required");
            }
            if (form.decision() == Approval.APPROVE && form.serviceMethod() == null) {
                throw InvalidInputException.of("serviceMethod", "injunction.approval.service-method.required");
            }
            audit.record(user.getUsername(), InjunctionActions.INJUNCTION_APPROVAL_DECIDED, caseId,
                form.decision().name() + (blank(form.note()) ? "" : ": " + form.note().strip()));
            if (form.decision() == Approval.APPROVE) {
                OffsetDateTime now = OffsetDateTime.now(clock);
                jdbc.sql("update injunctions set approved_by = :by, approved_at = :at where case_id = :id")
                    .param("by", user.getUsername()).param("at", now).param("id", caseId).update();
                injunctions.stopClock(caseId, Injunctions.REVIEW, user.getUsername());
                Order order = jdbc.sql("""
                        select acts_to_stop, stop_order, urgency, platform_name, listing_url
                        from injunctions where case_id = :id""")
                    .param("id", caseId).query(Order.class).single();
                PartyRecord respondent = cases.parties(caseId).stream()
                    .filter(p -> PartyRecord.RESPONDENT.equals(p.role())).findFirst().orElseThrow();
                Map<String, Object> model = new HashMap<>();
                model.put("stopOrder", order.stopOrder());
                model.put("actsToStop", order.actsToStop());
                documents.issue(caseId, "injunction-decision", model, Addressee.party(respondent, form.serviceMethod()),
                    user.getUsername());
                if (order.platformName() != null) {
                    model.put("platformName", order.platformName());
                    model.put("listingUrl", order.listingUrl());
                    documents.issue(caseId, "platform-notice", model,
                        Addressee.authority(order.platformName(), ServiceMethod.ELECTRONIC), user.getUsername());
                }
            }
            return Map.of("approval", form.decision().name());
        }
    }

    record ObjectionDecisionForm(@NotNull(message = "{injunction.objection.sustained.required}") Boolean sustained,
                                 @NotBlank(message = "{injunction.objection.reasons.required}")
                                 @Size(max = 5000, message = "{field.too-long}") String reasons) {
    }

    /** The objection decided (异议决定书, to both parties): sustained, the injunction is to be lifted. */
    @Component
    static class ObjectionDecision implements TaskForm<ObjectionDecisionForm> {

        private final Injunctions injunctions;
        private final OfficialDocuments documents;
        private final JdbcClient jdbc;
        private final AuditTrail audit;
        private final Clock clock;

        ObjectionDecision(Injunctions injunctions, OfficialDocuments documents, JdbcClient jdbc, AuditTrail audit,
                          Clock clock) {
            this.injunctions = injunctions;
            this.documents = documents;
            this.jdbc = jdbc;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "injunction-objection";
        }

        @Override
        public Class<ObjectionDecisionForm> valuesType() {
            return ObjectionDecisionForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, ObjectionDecisionForm form) {
            UUID caseId = task.caseId();
            Injunctions.OpenObjection objection = injunctions.openObjection(caseId)
                .orElseThrow(() -> new ConflictException("problem.injunction-no-objection"));
            jdbc.sql("""
                    update injunction_objections set sustained = :s, reasons = :r, decided_by = :by, decided_at = :at
                    where id = :id""")
                .param("s", form.sustained()).param("r", form.reasons().strip()).param("by", user.getUsername())
                .param("at", OffsetDateTime.now(clock)).param("id", objection.id()).update();
            injunctions.stopClock(caseId, Injunctions.OBJECTION, user.getUsername());
            documents.issue(caseId, "objection-decision", Map.of("grounds", objection.grounds(),
                    "sustained", form.sustained(), "reasons", form.reasons().strip()),
                Addressee.allParties(ServiceMethod.ELECTRONIC), user.getUsername());
            audit.record(user.getUsername(), InjunctionActions.INJUNCTION_OBJECTION_DECIDED, caseId,
                form.sustained() ? "SUSTAINED" : "REJECTED");
            return Map.of("objectionSustained", form.sustained());
        }
    }

    record LiftingForm(@NotNull(message = "{injunction.lifting.service-method.required}") ServiceMethod serviceMethod,
                       @Size(max = 5000, message = "{field.too-long}") String note) {
    }

    /** The injunction lifted (解除禁令决定书, to both parties), for the reason the procedure recorded. */
    @Component
    static class Lifting implements TaskForm<LiftingForm> {

        private final Injunctions injunctions;
        private final OfficialDocuments documents;
        private final RuntimeService runtime;
        private final JdbcClient jdbc;
        private final AuditTrail audit;
        private final Clock clock;

        Lifting(Injunctions injunctions, OfficialDocuments documents, RuntimeService runtime, JdbcClient jdbc,
                AuditTrail audit, Clock clock) {
            this.injunctions = injunctions;
            this.documents = documents;
            this.runtime = runtime;
            this.jdbc = jdbc;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "injunction-lifting";
        }

        @Override
        public Class<LiftingForm> valuesType() {
            return LiftingForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, LiftingForm form) {
            UUID caseId = task.caseId();
            String reason = (String) runtime.getVariable(task.processInstanceId(), "liftReason");
            jdbc.sql("update injunctions set lift_reason = :r, lifted_by = :by, lifted_at = :at where case_id = :id")
                .param("r", reason).param("by", user.getUsername()).param("at", OffsetDateTime.now(clock))
                .param("id", caseId).update();
            injunctions.stopClock(caseId, Injunctions.LAPSE, user.getUsername());
            injunctions.stopClock(caseId, Injunctions.OBJECTION, user.getUsername());
            Map<String, Object> model = new HashMap<>();
            model.put("reason", reason);
            model.put("note", strip(form.note()));
            documents.issue(caseId, "lifting-decision", model, Addressee.allParties(form.serviceMethod()),
                user.getUsername());
            audit.record(user.getUsername(), InjunctionActions.INJUNCTION_LIFTED, caseId, reason);
            return Map.of();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
