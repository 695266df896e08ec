package io.ipcase.adjudication;

import static io.ipcase.adjudication.AdjudicationPeriods.APPEAL_WINDOW;
import static io.ipcase.adjudication.AdjudicationPeriods.COURT_RULING;
import static io.ipcase.adjudication.AdjudicationPeriods.COURT_RULING_PERIOD;
import static io.ipcase.adjudication.AdjudicationPeriods.ENFORCEMENT;
import static io.ipcase.adjudication.AdjudicationPeriods.REMINDER;
import static io.ipcase.adjudication.AdjudicationPeriods.REMINDER_PERIOD;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockState;
import io.ipcase.deadlines.ClockView;
import io.ipcase.inbox.InboxTask;
import io.ipcase.inbox.TaskForm;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import io.ipcase.engine.Procedure;

/**
 * After a decision finding infringement (Patent Law art. 65; Order 81 art. 80): a party may sue
 * within 15 days of receiving it; if the infringer neither sues nor stops, the department sends a
 * written reminder and, 10 working days after it is served (Administrative Compulsion Law art. 54,
 * 69), applies to the court for compulsory enforcement within 3 months, and records the ruling.
 */
@Service
class Enforcement {

    private final CaseSteps steps;
    private final CaseClocks clocks;
    private final Procedure procedure;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Enforcement(CaseSteps steps, CaseClocks clocks, Procedure procedure, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.steps = steps;
        this.clocks = clocks;
        this.procedure = procedure;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    record Lawsuit(String partyRole,
                   @NotBlank(message = "{lawsuit.court.required}") @Size(max = 200, message = "{field.too-long}") String court,
                   @NotNull(message = "{lawsuit.filed-on.required}") LocalDate filedOn) {
    }

    /** A party reports its suit against the decision (or the panel records one it learnt of). */
    @Transactional
    public void reportLawsuit(AppUser user, UUID caseId, Lawsuit lawsuit) {
        CaseRecord c = steps.adjudication(user, caseId);
        String role;
        if (user.isStaff()) {
            steps.panel(user, c);
            role = lawsuit.partyRole();
            if (!PartyRecord.REQUESTER.equals(role) && !PartyRecord.RESPONDENT.equals(role)) {
                throw InvalidInputException.of("partyRole", "lawsuit.party.required");
            }
        } else {
            role = steps.party(user, c);
        }
        if (lawsuit.filedOn().isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("filedOn", "field.date.not-future");
        }
        ClockView window = clocks.find(caseId, APPEAL_WINDOW).orElseThrow(() -> new ConflictException("problem.no-appeal-window"));
        jdbc.sql("""
                insert into lawsuits (case_id, party_role, court, filed_on, reported_by, reported_at)
                values (:id, :role, :court, :on, :by, :at)""")
            .param("id", caseId).param("role", role).param("court", lawsuit.court().strip()).param("on", lawsuit.filedOn())
            .param("by", user.getUsername()).param("at", OffsetDateTime.now(clock)).update();
        audit.record(user.getUsername(), AdjudicationActions.LAWSUIT_REPORTED, caseId, role);
        // only the infringer's own suit within the window takes enforcement off the table (art. 65)
        boolean infringerInTime = PartyRecord.RESPONDENT.equals(role)
            && !lawsuit.filedOn().isAfter(window.deadline().lastDay());
        if (infringerInTime && procedure.awaits(caseId, "InfringerSued")) {
            if (window.state() != ClockState.STOPPED) {
                clocks.stop(caseId, APPEAL_WINDOW, user.getUsername());
            }
            clocks.stop(caseId, ENFORCEMENT, user.getUsername());
            procedure.tell(caseId, "InfringerSued", Map.of(), "problem.no-appeal-window");
        }
    }

    /** The reminder reached the infringer: 10 working days, then the court (Administrative Compulsion Law art. 54). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reminderServed(UUID caseId, LocalDate servedOn, String actor) {
        ClockView reminder = clocks.start(caseId, REMINDER, REMINDER_PERIOD, servedOn, actor);
        audit.record(actor, AdjudicationActions.REMINDER_SERVED, caseId, servedOn.toString());
        procedure.tell(caseId, "ReminderServed", Map.of("reminderExpiresAt", reminder.deadline().expiryDate()),
            "problem.no-reminder-pending");
    }

    void record(UUID caseId, String step, String finding, String court, LocalDate on, String notes, String by) {
        jdbc.sql("""
                insert into enforcement_steps (case_id, step, finding, court, on_day, notes, recorded_by, recorded_at)
                values (:id, :step, :finding, :court, :on, :notes, :by, :at)""")
            .param("id", caseId).param("step", step).param("finding", finding).param("court", court).param("on", on)
            .param("notes", notes).param("by", by).param("at", OffsetDateTime.now(clock)).update();
    }

    // ------------------------------------------------------------------ the panel's tasks

    enum Finding { STOPPED, NOT_STOPPED }

    record ComplianceForm(@NotNull(message = "{compliance.finding.required}") Finding finding,
                          @NotNull(message = "{compliance.checked-on.required}") LocalDate checkedOn,
                          @NotBlank(message = "{compliance.notes.required}") @Size(max = 5000, message = "{field.too-long}") String notes) {
    }

    /** Whether the infringer stopped: after the window, and again after the reminder. */
    @Component
    static class ComplianceTask implements TaskForm<ComplianceForm> {

        private final Enforcement enforcement;
        private final CaseClocks clocks;
        private final AuditTrail audit;
        private final Clock clock;

        ComplianceTask(Enforcement enforcement, CaseClocks clocks, AuditTrail audit, Clock clock) {
            this.enforcement = enforcement;
            this.clocks = clocks;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "compliance-check";
        }

        @Override
        public Class<ComplianceForm> valuesType() {
            return ComplianceForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, ComplianceForm form) {
            if (form.checkedOn().isAfter(LocalDate.now(clock))) {
                throw InvalidInputException.of("checkedOn", "field.date.not-future");
            }
            enforcement.record(task.caseId(), "COMPLIANCE_CHECK", form.finding().name(), null, form.checkedOn(),
                form.notes().strip(), user.getUsername());
            if (form.finding() == Finding.STOPPED) {
                clocks.stop(task.caseId(), ENFORCEMENT, user.getUsername());
            }
            audit.record(user.getUsername(), AdjudicationActions.COMPLIANCE_CHECKED, task.caseId(), form.finding().name());
            return Map.of("complianceFinding", form.finding().name());
        }
    }

    record ReminderForm(@Size(max = 5000, message = "{field.too-long}") String note) {
    }

    /** The written reminder (催告书) to the infringer (Administrative Compulsion Law art. 54). */
    @Component
    static class ReminderTask implements TaskForm<ReminderForm> {

        private final Enforcement enforcement;
        private final AdjudicationDocuments documents;
        private final JdbcClient jdbc;
        private final AuditTrail audit;
        private final Clock clock;

        ReminderTask(Enforcement enforcement, AdjudicationDocuments documents, JdbcClient jdbc, AuditTrail audit,
                     Clock clock) {
            this.enforcement = enforcement;
            this.documents = documents;
            this.jdbc = jdbc;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "reminder-issue";
        }

        @Override
        public Class<ReminderForm> valuesType() {
            return ReminderForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, ReminderForm form) {
            enforcement.record(task.caseId(), "REMINDER_ISSUED", null, null, LocalDate.now(clock), form.note(),
                user.getUsername());
            audit.record(user.getUsername(), AdjudicationActions.REMINDER_ISSUED, task.caseId(), null);
            LocalDate decisionServedOn = jdbc.sql("""
                    select served_on from adjudication_decisions where case_id = :id and served_on is not null
                    order by drafted_at desc""").param("id", task.caseId()).query(LocalDate.class).list().get(0);
            // the 10 working days run from its receipt, recorded when it is served
            documents.issueReminder(task.caseId(), decisionServedOn, user.getUsername());
            return Map.of();
        }
    }

    record ApplicationForm(@NotBlank(message = "{enforcement.court.required}") @Size(max = 200, message = "{field.too-long}") String court,
                           @NotNull(message = "{enforcement.applied-on.required}") LocalDate appliedOn,
                           @Size(max = 5000, message = "{field.too-long}") String notes) {
    }

    /** Order 81 art. 80 ¶2: the application to the court, within 3 months after the window closed. */
    @Component
    static class ApplicationTask implements TaskForm<ApplicationForm> {

        private final Enforcement enforcement;
        private final CaseClocks clocks;
        private final AuditTrail audit;
        private final Clock clock;

        ApplicationTask(Enforcement enforcement, CaseClocks clocks, AuditTrail audit, Clock clock) {
            this.enforcement = enforcement;
            this.clocks = clocks;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "enforcement-application";
        }

        @Override
        public Class<ApplicationForm> valuesType() {
            return ApplicationForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, ApplicationForm form) {
            if (form.appliedOn().isAfter(LocalDate.now(clock))) {
                throw InvalidInputException.of("appliedOn", "field.date.not-future");
            }
            enforcement.record(task.caseId(), "APPLICATION", null, form.court().strip(), form.appliedOn(), form.notes(),
                user.getUsername());
            clocks.stop(task.caseId(), ENFORCEMENT, user.getUsername());
            ClockView ruling = clocks.start(task.caseId(), COURT_RULING, COURT_RULING_PERIOD, form.appliedOn(),
                user.getUsername());
            audit.record(user.getUsername(), AdjudicationActions.ENFORCEMENT_APPLIED, task.caseId(), form.court().strip());
            return Map.of("courtRulingDueAt", ruling.deadline().dueDate());
        }
    }

    enum Ruling { GRANTED, REFUSED }

    record RulingForm(@NotNull(message = "{ruling.required}") Ruling ruling,
                      @NotNull(message = "{ruling.date.required}") LocalDate ruledOn,
                      boolean reviewRequested,
                      @Size(max = 5000, message = "{field.too-long}") String notes) {
    }

    /** The court's ruling on the application; a refusal may be taken to review within 15 days (art. 58). */
    @Component
    static class RulingTask implements TaskForm<RulingForm> {

        private final Enforcement enforcement;
        private final CaseClocks clocks;
        private final AuditTrail audit;
        private final Clock clock;

        RulingTask(Enforcement enforcement, CaseClocks clocks, AuditTrail audit, Clock clock) {
            this.enforcement = enforcement;
            this.clocks = clocks;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "court-ruling";
        }

        @Override
        public Class<RulingForm> valuesType() {
            return RulingForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, RulingForm form) {
            if (form.ruledOn().isAfter(LocalDate.now(clock))) {
                throw InvalidInputException.of("ruledOn", "field.date.not-future");
            }
            if (form.ruling() == Ruling.GRANTED && form.reviewRequested()) {
                throw InvalidInputException.of("reviewRequested", "ruling.review.only-refused");
            }
            enforcement.record(task.caseId(), "COURT_RULING", form.ruling().name()
                + (form.reviewRequested() ? "_REVIEW_REQUESTED" : ""), null, form.ruledOn(), form.notes(), user.getUsername());
            clocks.stop(task.caseId(), COURT_RULING, user.getUsername());
            audit.record(user.getUsername(), AdjudicationActions.COURT_RULING_RECORDED, task.caseId(), form.ruling().name());
            return Map.of();
        }
    }
}
