package io.ipcase.mediation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.adjudication.AdjudicationDocuments;
import io.ipcase.engine.Procedure;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.Deadline;
import io.ipcase.deadlines.Period;
import io.ipcase.documents.OfficialDocuments;
import io.ipcase.inbox.InboxTask;
import io.ipcase.inbox.TaskForm;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The officers' steps of a mediation (Order 81 art. 65–69), one form each. */
final class MediationTasks {

    private MediationTasks() {
    }

    private static Mediations.Current current(Mediations mediations, UUID caseId) {
        return mediations.current(caseId).orElseThrow(() -> new ConflictException("problem.no-mediation"));
    }

    record NoticeForm(@Size(max = 5000, message = "{field.too-long}") String note) {
    }

    /** Art. 65: the notice to state an opinion, with a copy of the request, to the other side. */
    @Component
    static class Notice implements TaskForm<NoticeForm> {

        private final Mediations mediations;
        private final Cases cases;
        private final CaseClocks clocks;
        private final JdbcClient jdbc;
        private final AuditTrail audit;
        private final Clock clock;

        Notice(Mediations mediations, Cases cases, CaseClocks clocks, JdbcClient jdbc, AuditTrail audit, Clock clock) {
            this.mediations = mediations;
            this.cases = cases;
            this.clocks = clocks;
            this.jdbc = jdbc;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "mediation-notice";
        }

        @Override
        public Class<NoticeForm> valuesType() {
            return NoticeForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, NoticeForm form) {
            Mediations.Current m = current(mediations, task.caseId());
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (PartyRecord.REQUESTER.equals(m.requesterRole())) {
                // the respondent's account sees the case from the first document addressed to it
                cases.markAddressed(task.caseId(), PartyRecord.RESPONDENT, now);
            }
            jdbc.sql("update mediations set notified_at = :at where id = :id").param("at", now).param("id", m.id()).update();
            clocks.stop(task.caseId(), Mediations.NOTICE, user.getUsername());
            audit.record(user.getUsername(), MediationActions.MEDIATION_NOTICE_ISSUED, task.caseId(), form.note());
            return Map.of();
        }
    }

    record FilingForm(@NotNull(message = "{mediation.session.starts-at.required}") OffsetDateTime sessionStartsAt,
                      @NotBlank(message = "{mediation.session.place.required}") @Size(max = 300, message = "{field.too-long}") String place,
                      @Size(max = 1000, message = "{field.too-long}") String helpers) {
    }

    /** Art. 66: filed within 5 working days of consent, both sides told when and where; art. 68: helpers invited. */
    @Component
    static class Filing implements TaskForm<FilingForm> {

        private final Mediations mediations;
        private final MediationSettings settings;
        private final CaseClocks clocks;
        private final JdbcClient jdbc;
        private final AuditTrail audit;
        private final Clock clock;

        Filing(Mediations mediations, MediationSettings settings, CaseClocks clocks, JdbcClient jdbc, AuditTrail audit,
               Clock clock) {
            this.mediations = mediations;
            this.settings = settings;
            this.clocks = clocks;
            this.jdbc = jdbc;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "mediation-filing";
        }

        @Override
        public Class<FilingForm> valuesType() {
            return FilingForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, FilingForm form) {
            if (!form.sessionStartsAt().toInstant().isAfter(clock.instant())) {
                throw InvalidInputException.of("sessionStartsAt", "mediation.session.future");
            }
            Mediations.Current m = current(mediations, task.caseId());
            jdbc.sql("update mediations set session_starts_at = :at, session_place = :place, helpers = :helpers where id = :id")
                .param("at", form.sessionStartsAt()).param("place", form.place().strip()).param("helpers", form.helpers())
                .param("id", m.id()).update();
            clocks.stop(task.caseId(), Mediations.FILING, user.getUsername());
            if (!m.inCase()) {
                clocks.start(task.caseId(), Mediations.PERIOD, Period.months(settings.casePeriodMonths()),
                    LocalDate.now(clock), user.getUsername());
            }
            audit.record(user.getUsername(), MediationActions.MEDIATION_FILED, task.caseId(), form.sessionStartsAt().toString());
            ZoneId zone = clock.getZone();
            return Map.of("mediationSessionStartsAt", Date.from(form.sessionStartsAt().toInstant()),
                "mediationSessionDueAt", Deadline.endOf(form.sessionStartsAt().atZoneSameInstant(zone).toLocalDate(), zone).dueDate());
        }
    }

    record SessionForm(boolean requesterPresent, boolean respondentPresent, boolean agreed,
                       @NotBlank(message = "{mediation.session.notes.required}") @Size(max = 10000, message = "{field.too-long}") String notes) {
    }

    /**
     * Art. 67: the requester absent without good reason is deemed to withdraw; the respondent absent
     * means no agreement. Without agreement the mediation ends (art. 69).
     */
    @Component
    static class Session implements TaskForm<SessionForm> {

        private final Mediations mediations;
        private final JdbcClient jdbc;
        private final AuditTrail audit;

        Session(Mediations mediations, JdbcClient jdbc, AuditTrail audit) {
            this.mediations = mediations;
            this.jdbc = jdbc;
            this.audit = audit;
        }

        @Override
        public String formKey() {
            return "mediation-session";
        }

        @Override
        public Class<SessionForm> valuesType() {
            return SessionForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, SessionForm form) {
            Mediations.Current m = current(mediations, task.caseId());
            String outcome;
            if (!form.requesterPresent()) {
                outcome = "REQUESTER_ABSENT";
            } else if (!form.respondentPresent()) {
                outcome = "RESPONDENT_ABSENT";
            } else {
                outcome = form.agreed() ? "AGREEMENT" : "FAILED";
            }
            if (form.agreed() && !"AGREEMENT".equals(outcome)) {
                throw InvalidInputException.of("agreed", "mediation.session.agreement-needs-both");
            }
            jdbc.sql("update mediations set outcome = :o, session_notes = :n where id = :id")
                .param("o", outcome).param("n", form.notes().strip()).param("id", m.id()).update();
            audit.record(user.getUsername(), MediationActions.MEDIATION_SESSION_HELD, task.caseId(), outcome);
            if (!"AGREEMENT".equals(outcome) && m.inCase()) {
                // back to the adjudication, which goes on promptly (art. 35)
                mediations.close(task.caseId(), m.id(), outcome, user.getUsername());
                mediations.resumeCasePeriod(task.caseId(), user.getUsername());
            }
            return Map.of("mediationOutcome", outcome);
        }
    }

    record AgreementForm(@NotBlank(message = "{mediation.agreement.terms.required}") @Size(max = 20000, message = "{field.too-long}") String terms,
                         @DecimalMin(value = "0.00", message = "{mediation.agreement.amount.positive}")
                         @Digits(integer = 12, fraction = 2, message = "{mediation.agreement.amount.format}") BigDecimal paymentAmount,
                         boolean enforcementCommitment, boolean signedByParties, boolean sealed) {
    }

    /** Art. 69: the mediation agreement, signed by both parties and sealed by the department. */
    @Component
    static class Agreement implements TaskForm<AgreementForm> {

        private final Mediations mediations;
        private final JdbcClient jdbc;
        private final AuditTrail audit;
        private final OfficialDocuments documents;
        private final AdjudicationDocuments parties;

        Agreement(Mediations mediations, JdbcClient jdbc, AuditTrail audit, OfficialDocuments documents,
                  AdjudicationDocuments parties) {
            this.mediations = mediations;
            this.jdbc = jdbc;
            this.audit = audit;
            this.documents = documents;
            this.parties = parties;
        }

        @Override
        public String formKey() {
            return "mediation-agreement";
        }

        @Override
        public Class<AgreementForm> valuesType() {
            return AgreementForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, AgreementForm form) {
            List<Violation> violations = new ArrayList<>();
            if (!form.signedByParties()) {
                violations.add(Violation.keyed("signedByParties", "mediation.agreement.signed"));
            }
            if (!form.sealed()) {
                violations.add(Violation.keyed("sealed", "mediation.agreement.sealed"));
            }
            if (form.enforcementCommitment() && (form.paymentAmount() == null || form.paymentAmount().signum() == 0)) {
                // art. 35 ¶2: the notarisation route is for agreements with payment obligations
                violations.add(Violation.keyed("paymentAmount", "mediation.agreement.commitment-needs-payment"));
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            Mediations.Current m = current(mediations, task.caseId());
            jdbc.sql("""
                    update mediations set agreement_terms = :t, payment_amount = :amount, enforcement_commitment = :c,
                        signed_by_parties = true, sealed = true where id = :id""")
                .param("t", form.terms().strip()).param("amount", form.paymentAmount())
                .param("c", form.enforcementCommitment()).param("id", m.id()).update();
            mediations.close(task.caseId(), m.id(), "AGREEMENT", user.getUsername());
            audit.record(user.getUsername(), MediationActions.MEDIATION_AGREED, task.caseId(),
                form.paymentAmount() == null ? null : form.paymentAmount().toPlainString());
            Map<String, Object> model = new HashMap<>();
            model.put("terms", form.terms().strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
            model.put("paymentAmount", form.paymentAmount());
            model.put("enforcementCommitment", form.enforcementCommitment());
            model.put("subject", m.subject());
            model.put("inCase", m.inCase());
            model.put("mediator", user.displayName());
            documents.issue(task.caseId(), "mediation-agreement", model, parties.toAllParties(task.caseId()),
                user.getUsername());
            return Map.of("mediationOutcome", "AGREEMENT");
        }
    }

    record NotFiledForm(@NotBlank(message = "{mediation.not-filed.note.required}") @Size(max = 5000, message = "{field.too-long}") String note) {
    }

    /** Art. 66: no consent, no filing; the requester is told within 5 working days. */
    @Component
    static class NotFiled implements TaskForm<NotFiledForm> {

        private final Mediations mediations;
        private final AuditTrail audit;

        NotFiled(Mediations mediations, AuditTrail audit) {
            this.mediations = mediations;
            this.audit = audit;
        }

        @Override
        public String formKey() {
            return "mediation-not-filed";
        }

        @Override
        public Class<NotFiledForm> valuesType() {
            return NotFiledForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, NotFiledForm form) {
            Mediations.Current m = current(mediations, task.caseId());
            mediations.close(task.caseId(), m.id(), "NOT_FILED", user.getUsername());
            if (m.inCase()) {
                mediations.resumeCasePeriod(task.caseId(), user.getUsername());
            }
            audit.record(user.getUsername(), MediationActions.MEDIATION_NOT_FILED, task.caseId(), form.note().strip());
            return new HashMap<>(Map.of("mediationOutcome", "NOT_FILED"));
        }
    }

    /** Art. 69: a mediation of its own without agreement is withdrawn; the parties may sue. */
    @Component("mediationFailureClosing")
    static class FailureClosing implements JavaDelegate {

        private final Mediations mediations;
        private final AuditTrail audit;
        private final AdjudicationDocuments documents;

        FailureClosing(Mediations mediations, AuditTrail audit, AdjudicationDocuments documents) {
            this.mediations = mediations;
            this.audit = audit;
            this.documents = documents;
        }

        @Override
        public void execute(DelegateExecution execution) {
            UUID caseId = UUID.fromString(execution.getProcessBusinessKey());
            String actor = Procedure.actor(execution);
            mediations.current(caseId).ifPresent(m ->
                mediations.close(caseId, m.id(), (String) execution.getVariable("mediationOutcome"), actor));
            String outcome = (String) execution.getVariable("mediationOutcome");
            audit.record(actor, MediationActions.MEDIATION_CLOSED, caseId, outcome);
            // art. 67, 69: the mediation case is withdrawn, and the parties told they may sue
            documents.issueWithdrawalDecision(caseId, "MEDIATION_" + outcome, null, null, actor);
        }
    }
}
