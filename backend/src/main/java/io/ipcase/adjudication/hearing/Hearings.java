package io.ipcase.adjudication.hearing;

import static io.ipcase.adjudication.AdjudicationPeriods.HEARING_NOTICE_WORKING_DAYS;
import static io.ipcase.adjudication.casework.AdjudicationMessages.HEARING_RESCHEDULE_REQUIRED;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.AdjudicationDocuments;
import io.ipcase.adjudication.casework.CaseSteps;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.documents.DocumentServed;
import io.ipcase.engine.Procedure;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The oral hearing (Order 81 art. 25–27): held at the department's discretion in one of
 * the regional hearing rooms or online ({@link HearingScheduleStep}), the notice received
 * at least 3 working days before; a party may ask to postpone it; an absent requester is
 * deemed to withdraw, an absent respondent is decided in absence
 * ({@link HearingRecordStep}).
 */
@Service
public class Hearings {

    private final CaseSteps steps;

    private final Deadlines deadlines;

    private final Procedure procedure;

    private final AdjudicationDocuments documents;

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final Clock clock;

    Hearings(CaseSteps steps, Deadlines deadlines, Procedure procedure, AdjudicationDocuments documents,
            JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.steps = steps;
        this.deadlines = deadlines;
        this.procedure = procedure;
        this.documents = documents;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    record Postponement(
            @NotBlank(message = "{reasons.required}") @Size(max = 5000, message = "{field.too-long}") String reasons) {
    }

    /**
     * Art. 26: a party may apply, with reasons, to postpone; the panel decides when it
     * reschedules.
     */
    @Transactional
    public void requestPostponement(AppUser user, UUID caseId, Postponement postponement) {
        CaseRecord c = steps.adjudication(user, caseId);
        steps.party(user, c);
        if (!procedure.awaits(caseId, HEARING_RESCHEDULE_REQUIRED)) {
            throw new ConflictException("problem.no-hearing-scheduled");
        }
        jdbc.sql("""
                insert into hearing_postponement_requests (case_id, requested_by, requested_at, reasons)
                values (:id, :by, :at, :reasons)""")
            .param("id", caseId)
            .param("by", user.getUsername())
            .param("at", OffsetDateTime.now(clock))
            .param("reasons", postponement.reasons().strip())
            .update();
        audit.record(user.getUsername(), AdjudicationActions.HEARING_POSTPONEMENT_REQUESTED, caseId, null);
        procedure.tell(caseId, HEARING_RESCHEDULE_REQUIRED, Map.of("hearingPostponementRequested", true),
                "problem.no-hearing-scheduled");
    }

    /**
     * A party received the hearing notice: art. 26 wants each party to have it in hand 3
     * working days before the hearing. A notice of a hearing since rescheduled says
     * nothing about the hearing now scheduled.
     */
    @EventListener
    void onServed(DocumentServed served) {
        if (AdjudicationDocuments.HEARING_NOTICE.equals(served.templateKey()) && documents.latest(served)) {
            noticeReceived(served.caseId(), served.servedOn(), documents.recordedBy(served));
        }
    }

    /**
     * A party received the hearing notice on {@code receivedOn}. Art. 26 wants it in hand
     * at least 3 working days before the hearing; later, and the hearing is rescheduled.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void noticeReceived(UUID caseId, LocalDate receivedOn, String actor) {
        Optional<OffsetDateTime> startsAt = scheduled(caseId);
        if (startsAt.isEmpty() || !procedure.awaits(caseId, HEARING_RESCHEDULE_REQUIRED)) {
            return;
        }
        LocalDate hearingDay = startsAt.get().atZoneSameInstant(clock.getZone()).toLocalDate();
        if (hearingDay.isBefore(earliestDayFor(receivedOn))) {
            audit.record(actor, AdjudicationActions.HEARING_RESCHEDULE_REQUIRED, caseId, receivedOn.toString());
            procedure.tell(caseId, HEARING_RESCHEDULE_REQUIRED, Map.of("hearingPostponementRequested", false),
                    "problem.no-hearing-scheduled");
        }
    }

    /**
     * Art. 26: the first day a hearing may be held when its notice is received on
     * {@code receivedOn}.
     */
    LocalDate earliestDayFor(LocalDate receivedOn) {
        return deadlines.workingDays(receivedOn, HEARING_NOTICE_WORKING_DAYS).lastDay();
    }

    /**
     * The scheduled hearing as it went: who came, and the minutes (Order 81 art. 26);
     * adjourned when it is to be rescheduled.
     */
    void recordAttendance(UUID caseId, boolean held, String requester, String requesterExcuse, String respondent,
            String respondentExcuse, String absenceFinding, String minutes, String by) {
        jdbc.sql("""
                update hearings set status = :status, requester_present = :rp, respondent_present = :sp,
                    requester_attendance = :ra, respondent_attendance = :sa, requester_excuse = :re,
                    respondent_excuse = :se, absence_finding = :finding, minutes = :minutes, recorded_by = :by,
                    recorded_at = :at
                where case_id = :id and status = 'SCHEDULED'""")
            .param("status", held ? "HELD" : "ADJOURNED")
            .param("rp", "PRESENT".equals(requester))
            .param("sp", "PRESENT".equals(respondent))
            .param("ra", requester)
            .param("sa", respondent)
            .param("re", requesterExcuse)
            .param("se", respondentExcuse)
            .param("finding", absenceFinding)
            .param("minutes", minutes)
            .param("by", by)
            .param("at", OffsetDateTime.now(clock))
            .param("id", caseId)
            .update();
    }

    /**
     * Art. 26: the party received the notice of the hearing now scheduled at least 3
     * working days before it. Not served, or served too late, it was not summoned.
     */
    boolean properlySummoned(UUID caseId, String partyRole) {
        Optional<OffsetDateTime> startsAt = scheduled(caseId);
        Optional<LocalDate> receivedOn = documents.servedOn(caseId, AdjudicationDocuments.HEARING_NOTICE, partyRole);
        if (startsAt.isEmpty() || receivedOn.isEmpty()) {
            return false;
        }
        LocalDate hearingDay = startsAt.get().atZoneSameInstant(clock.getZone()).toLocalDate();
        return !hearingDay.isBefore(earliestDayFor(receivedOn.get()));
    }

    Optional<OffsetDateTime> scheduled(UUID caseId) {
        return jdbc.sql("select starts_at from hearings where case_id = :id and status = 'SCHEDULED'")
            .param("id", caseId)
            .query(OffsetDateTime.class)
            .optional();
    }

}
