package io.ipcase.adjudication.enforcement;

import static io.ipcase.adjudication.AdjudicationPeriods.APPEAL_WINDOW;
import static io.ipcase.adjudication.AdjudicationPeriods.ENFORCEMENT;
import static io.ipcase.adjudication.AdjudicationPeriods.REMINDER;
import static io.ipcase.adjudication.AdjudicationPeriods.REMINDER_PERIOD;
import static io.ipcase.adjudication.casework.AdjudicationMessages.INFRINGER_SUED;
import static io.ipcase.adjudication.casework.AdjudicationMessages.REMINDER_SERVED;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.AdjudicationDocuments;
import io.ipcase.adjudication.casework.CaseSteps;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockState;
import io.ipcase.deadlines.ClockView;
import io.ipcase.documents.DocumentServed;
import io.ipcase.engine.Procedure;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a decision finding infringement (Patent Law art. 65; Order 81 art. 80): a party
 * may sue within 15 days of receiving it; if the infringer neither sues nor stops
 * ({@link ComplianceCheckStep}), the department sends a written reminder
 * ({@link ReminderIssueStep}) and, 10 working days after it is served (Administrative
 * Compulsion Law art. 54, 69), applies to the court for compulsory enforcement within 3
 * months ({@link EnforcementApplicationStep}), and records the ruling
 * ({@link CourtRulingStep}).
 */
@Service
public class Enforcement {

    private final CaseSteps steps;

    private final CaseClocks clocks;

    private final Procedure procedure;

    private final AdjudicationDocuments documents;

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final Clock clock;

    Enforcement(CaseSteps steps, CaseClocks clocks, Procedure procedure, AdjudicationDocuments documents,
            JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.steps = steps;
        this.clocks = clocks;
        this.procedure = procedure;
        this.documents = documents;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    record Lawsuit(String partyRole,
            @NotBlank(message = "{lawsuit.court.required}") @Size(max = 200, message = "{field.too-long}") String court,
            @NotNull(message = "{lawsuit.filed-on.required}") LocalDate filedOn) {
    }

    /**
     * A party reports its suit against the decision (or the panel records one it learnt
     * of).
     */
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
        }
        else {
            role = steps.party(user, c);
        }
        if (lawsuit.filedOn().isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("filedOn", "field.date.not-future");
        }
        ClockView window = clocks.find(caseId, APPEAL_WINDOW)
            .orElseThrow(() -> new ConflictException("problem.no-appeal-window"));
        jdbc.sql("""
                insert into lawsuits (case_id, party_role, court, filed_on, reported_by, reported_at)
                values (:id, :role, :court, :on, :by, :at)""")
            .param("id", caseId)
            .param("role", role)
            .param("court", lawsuit.court().strip())
            .param("on", lawsuit.filedOn())
            .param("by", user.getUsername())
            .param("at", OffsetDateTime.now(clock))
            .update();
        audit.record(user.getUsername(), AdjudicationActions.LAWSUIT_REPORTED, caseId, role);
        // only the infringer's own suit within the window takes enforcement off the table
        // (art. 65)
        boolean infringerInTime = PartyRecord.RESPONDENT.equals(role)
                && !lawsuit.filedOn().isAfter(window.deadline().lastDay());
        if (infringerInTime && procedure.awaits(caseId, INFRINGER_SUED)) {
            if (window.state() != ClockState.STOPPED) {
                clocks.stop(caseId, APPEAL_WINDOW, user.getUsername());
            }
            clocks.stop(caseId, ENFORCEMENT, user.getUsername());
            procedure.tell(caseId, INFRINGER_SUED, Map.of(), "problem.no-appeal-window");
        }
    }

    /** The reminder reached the infringer: its 10 working days run from its receipt. */
    @EventListener
    void onServed(DocumentServed served) {
        documents.whenServedOnRespondent(served, AdjudicationDocuments.REMINDER, this::reminderServed);
    }

    /**
     * The reminder reached the infringer: 10 working days, then the court (Administrative
     * Compulsion Law art. 54).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reminderServed(UUID caseId, LocalDate servedOn, String actor) {
        ClockView reminder = clocks.start(caseId, REMINDER, REMINDER_PERIOD, servedOn, actor);
        audit.record(actor, AdjudicationActions.REMINDER_SERVED, caseId, servedOn.toString());
        procedure.tell(caseId, REMINDER_SERVED, Map.of("reminderExpiresAt", reminder.deadline().expiryDate()),
                "problem.no-reminder-pending");
    }

    /**
     * A step of the enforcement on the case's record (what the case page lists under
     * enforcement).
     */
    void record(UUID caseId, String step, String finding, String court, LocalDate on, String notes, String by) {
        jdbc.sql("""
                insert into enforcement_steps (case_id, step, finding, court, on_day, notes, recorded_by, recorded_at)
                values (:id, :step, :finding, :court, :on, :notes, :by, :at)""")
            .param("id", caseId)
            .param("step", step)
            .param("finding", finding)
            .param("court", court)
            .param("on", on)
            .param("notes", notes)
            .param("by", by)
            .param("at", OffsetDateTime.now(clock))
            .update();
    }

}
