package io.ipcase.adjudication;

import static io.ipcase.adjudication.AdjudicationPeriods.HEARING_NOTICE_WORKING_DAYS;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.deadlines.Deadline;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.inbox.InboxTask;
import io.ipcase.inbox.TaskForm;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
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
 * The oral hearing (Order 81 art. 25–27): held at the department's discretion in one of the
 * regional hearing rooms or online, the notice received at least 3 working days before; a party
 * may ask to postpone it; an absent requester is deemed to withdraw, an absent respondent is
 * decided in absence.
 */
@Service
class Hearings {

    static final String RESCHEDULE = "HearingRescheduleRequired";

    private final CaseSteps steps;
    private final Deadlines deadlines;
    private final Procedure procedure;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Hearings(CaseSteps steps, Deadlines deadlines, Procedure procedure, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.steps = steps;
        this.deadlines = deadlines;
        this.procedure = procedure;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    record Postponement(@NotBlank(message = "{reasons.required}") @Size(max = 5000, message = "{field.too-long}") String reasons) {
    }

    /** Art. 26: a party may apply, with reasons, to postpone; the panel decides when it reschedules. */
    @Transactional
    public void requestPostponement(AppUser user, UUID caseId, Postponement postponement) {
        CaseRecord c = steps.adjudication(user, caseId);
        steps.party(user, c);
        if (!procedure.awaits(caseId, RESCHEDULE)) {
            throw new ConflictException("problem.no-hearing-scheduled");
        }
        jdbc.sql("""
                insert into hearing_postponement_requests (case_id, requested_by, requested_at, reasons)
                values (:id, :by, :at, :reasons)""")
            .param("id", caseId).param("by", user.getUsername()).param("at", OffsetDateTime.now(clock))
            .param("reasons", postponement.reasons().strip()).update();
        audit.record(user.getUsername(), AdjudicationActions.HEARING_POSTPONEMENT_REQUESTED, caseId, null);
        procedure.tell(caseId, RESCHEDULE, Map.of("hearingPostponementRequested", true), "problem.no-hearing-scheduled");
    }

    /**
     * A party received the hearing notice on {@code receivedOn}. Art. 26 wants it in hand at least
     * 3 working days before the hearing; later, and the hearing is rescheduled.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void noticeReceived(UUID caseId, LocalDate receivedOn, String actor) {
        Optional<OffsetDateTime> startsAt = scheduled(caseId);
        if (startsAt.isEmpty() || !procedure.awaits(caseId, RESCHEDULE)) {
            return;
        }
        LocalDate hearingDay = startsAt.get().atZoneSameInstant(clock.getZone()).toLocalDate();
        if (!inTime(receivedOn, hearingDay)) {
            audit.record(actor, AdjudicationActions.HEARING_RESCHEDULE_REQUIRED, caseId, receivedOn.toString());
            procedure.tell(caseId, RESCHEDULE, Map.of("hearingPostponementRequested", false), "problem.no-hearing-scheduled");
        }
    }

    boolean inTime(LocalDate receivedOn, LocalDate hearingDay) {
        return !deadlines.workingDays(receivedOn, HEARING_NOTICE_WORKING_DAYS).lastDay().isAfter(hearingDay);
    }

    Optional<OffsetDateTime> scheduled(UUID caseId) {
        return jdbc.sql("select starts_at from hearings where case_id = :id and status = 'SCHEDULED'")
            .param("id", caseId).query(OffsetDateTime.class).optional();
    }

    // ------------------------------------------------------------------ the panel's tasks

    enum PostponementDecision { GRANT, REFUSE }

    record ScheduleForm(boolean hearingHeld, String room, OffsetDateTime startsAt, Boolean publicHearing,
                        @Size(max = 1000, message = "{field.too-long}") String closedReason,
                        PostponementDecision postponement) {
    }

    @Component
    static class ScheduleTask implements TaskForm<ScheduleForm> {

        private final Hearings hearings;
        private final CaseSteps steps;
        private final AdjudicationSettings settings;
        private final JdbcClient jdbc;
        private final AuditTrail audit;
        private final Clock clock;
        private final AdjudicationDocuments documents;

        ScheduleTask(Hearings hearings, CaseSteps steps, AdjudicationSettings settings, JdbcClient jdbc, AuditTrail audit,
                     Clock clock, AdjudicationDocuments documents) {
            this.documents = documents;
            this.hearings = hearings;
            this.steps = steps;
            this.settings = settings;
            this.jdbc = jdbc;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "hearing-schedule";
        }

        @Override
        public Class<ScheduleForm> valuesType() {
            return ScheduleForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, ScheduleForm form) {
            steps.notSuspended(task.caseId());
            UUID caseId = task.caseId();
            boolean postponementPending = jdbc.sql("""
                    select count(*) from hearing_postponement_requests where case_id = :id and decision is null""")
                .param("id", caseId).query(Integer.class).single() > 0;
            List<Violation> violations = new ArrayList<>();
            ZoneId zone = clock.getZone();
            if (postponementPending && form.postponement() == null) {
                violations.add(Violation.keyed("postponement", "hearing.postponement.decide"));
            }
            if (form.hearingHeld()) {
                if (form.room() == null || !settings.roomIds().contains(form.room())) {
                    violations.add(Violation.keyed("room", "hearing.room.unknown"));
                }
                if (form.startsAt() == null) {
                    violations.add(Violation.keyed("startsAt", "hearing.starts-at.required"));
                } else {
                    LocalDate day = form.startsAt().atZoneSameInstant(zone).toLocalDate();
                    // art. 26: a notice sent today is received today at the earliest
                    if (!hearings.inTime(LocalDate.now(clock), day)) {
                        violations.add(Violation.keyed("startsAt", "hearing.starts-at.too-soon"));
                    }
                }
                if (form.publicHearing() == null) {
                    violations.add(Violation.keyed("publicHearing", "hearing.public.required"));
                } else if (!form.publicHearing() && (form.closedReason() == null || form.closedReason().isBlank())) {
                    // art. 27: public unless state secrets, privacy, or a party's trade secret
                    violations.add(Violation.keyed("closedReason", "hearing.closed-reason.required"));
                }
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (postponementPending) {
                jdbc.sql("""
                        update hearing_postponement_requests set decision = :d, decided_by = :by, decided_at = :at
                        where case_id = :id and decision is null""")
                    .param("d", form.postponement().name()).param("by", user.getUsername()).param("at", now)
                    .param("id", caseId).update();
            }
            jdbc.sql("update hearings set status = 'RESCHEDULED' where case_id = :id and status = 'SCHEDULED'")
                .param("id", caseId).update();
            Map<String, Object> variables = new HashMap<>();
            variables.put("hearingHeld", form.hearingHeld());
            if (!form.hearingHeld()) {
                audit.record(user.getUsername(), AdjudicationActions.HEARING_NOT_HELD, caseId, null);
                return variables;
            }
            jdbc.sql("""
                    insert into hearings (case_id, room, starts_at, public_hearing, closed_reason, scheduled_by,
                        scheduled_at, status) values (:id, :room, :starts, :public, :closed, :by, :at, 'SCHEDULED')""")
                .param("id", caseId).param("room", form.room()).param("starts", form.startsAt())
                .param("public", form.publicHearing()).param("closed", form.publicHearing() ? null : form.closedReason())
                .param("by", user.getUsername()).param("at", now).update();
            audit.record(user.getUsername(), AdjudicationActions.HEARING_SCHEDULED, caseId, form.startsAt().toString());
            ZonedDateTime local = form.startsAt().atZoneSameInstant(zone);
            String roomName = settings.hearingRooms().stream().filter(r -> r.id().equals(form.room())).findFirst()
                .map(AdjudicationSettings.HearingRoom::nameZh).orElse(null);
            documents.issueHearingNotice(caseId, local.toLocalDate(), local.toLocalTime(), roomName,
                form.publicHearing(), user.getUsername());
            variables.put("hearingStartsAt", Date.from(form.startsAt().toInstant()));
            variables.put("hearingDueAt",
                Deadline.endOf(form.startsAt().atZoneSameInstant(zone).toLocalDate(), zone).dueDate());
            return variables;
        }
    }

    record RecordForm(boolean requesterPresent, boolean respondentPresent,
                      @NotNull(message = "{hearing.minutes.required}") @Size(max = 20000, message = "{field.too-long}") String minutes) {
    }

    /** Art. 26: the requester absent without good reason is deemed to withdraw; the respondent, decided in absence. */
    @Component
    static class RecordTask implements TaskForm<RecordForm> {

        private final CaseSteps steps;
        private final JdbcClient jdbc;
        private final AuditTrail audit;
        private final Clock clock;

        RecordTask(CaseSteps steps, JdbcClient jdbc, AuditTrail audit, Clock clock) {
            this.steps = steps;
            this.jdbc = jdbc;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "hearing-record";
        }

        @Override
        public Class<RecordForm> valuesType() {
            return RecordForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, RecordForm form) {
            steps.notSuspended(task.caseId());
            if (form.minutes().isBlank()) {
                throw InvalidInputException.of("minutes", "hearing.minutes.required");
            }
            jdbc.sql("""
                    update hearings set status = 'HELD', requester_present = :rp, respondent_present = :sp,
                        minutes = :minutes, recorded_by = :by, recorded_at = :at
                    where case_id = :id and status = 'SCHEDULED'""")
                .param("rp", form.requesterPresent()).param("sp", form.respondentPresent())
                .param("minutes", form.minutes().strip()).param("by", user.getUsername())
                .param("at", OffsetDateTime.now(clock)).param("id", task.caseId()).update();
            audit.record(user.getUsername(), AdjudicationActions.HEARING_RECORDED, task.caseId(),
                (form.requesterPresent() ? "" : "REQUESTER_ABSENT ") + (form.respondentPresent() ? "" : "RESPONDENT_ABSENT"));
            Map<String, Object> variables = new HashMap<>();
            variables.put("requesterAbsent", !form.requesterPresent());
            variables.put("respondentAbsent", !form.respondentPresent());
            if (!form.requesterPresent()) {
                variables.put("withdrawalGround", Withdrawals.Ground.REQUESTER_ABSENT.name());
            }
            return variables;
        }
    }
}
