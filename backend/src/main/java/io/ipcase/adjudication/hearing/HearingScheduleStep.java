package io.ipcase.adjudication.hearing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.AdjudicationDocuments;
import io.ipcase.adjudication.AdjudicationSettings;
import io.ipcase.adjudication.AdjudicationSettings.HearingRoom;
import io.ipcase.adjudication.casework.CaseSteps;
import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.Deadline;
import io.ipcase.inbox.steps.FieldKind;
import io.ipcase.inbox.steps.Input;
import io.ipcase.inbox.steps.ShownWhen;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.StepDescription;
import io.ipcase.inbox.steps.StepDescription.Choice;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The panel decides whether to hold an oral hearing (Order 81 art. 25) and, if so, where
 * and when: in a regional hearing room or online (art. 27), in public unless a secret or
 * privacy calls for it to be closed, with the notice in the parties' hands 3 working days
 * before (art. 26). A party's request to postpone is decided here too.
 */
@Step("hearing-schedule")
class HearingScheduleStep implements TaskStep<HearingScheduleStep.Values> {

    enum PostponementDecision {

        GRANT, REFUSE

    }

    record Values(boolean hearingHeld,
            @ShownWhen(field = "hearingHeld", is = "true") @Input(FieldKind.SELECT) @NotBlank(
                    message = "{hearing.room.unknown}") @Size(max = 100) String room,
            @ShownWhen(field = "hearingHeld",
                    is = "true") @NotNull(message = "{hearing.starts-at.required}") OffsetDateTime startsAt,
            @ShownWhen(field = "hearingHeld",
                    is = "true") @NotNull(message = "{hearing.public.required}") Boolean publicHearing,
            // art. 27: public unless state secrets, privacy, or a party's trade secret
            @ShownWhen(field = "hearingHeld", is = "true") @ShownWhen(field = "publicHearing", is = "false") @NotBlank(
                    message = "{hearing.closed-reason.required}") @Size(max = 1000,
                            message = "{field.too-long}") String closedReason,
            PostponementDecision postponement) {
    }

    private final Hearings hearings;

    private final CaseSteps steps;

    private final AdjudicationSettings settings;

    private final AdjudicationDocuments documents;

    private final MessageSource messages;

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final Clock clock;

    HearingScheduleStep(Hearings hearings, CaseSteps steps, AdjudicationSettings settings,
            AdjudicationDocuments documents, MessageSource messages, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.hearings = hearings;
        this.steps = steps;
        this.settings = settings;
        this.documents = documents;
        this.messages = messages;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A hearing, in public, is what the form proposes. */
    @Override
    public Values initialValues(StepContext step) {
        return new Values(true, null, null, true, null, null);
    }

    /**
     * The rooms of the settings, online too when they allow it; the first day a notice
     * sent today allows.
     */
    @Override
    public StepDescription describe(StepContext step, StepDescription form) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Choice> rooms = new ArrayList<>(settings.hearingRooms()
            .stream()
            .map(r -> new Choice(r.id(), "en".equals(locale.getLanguage()) ? r.nameEn() : r.nameZh()))
            .toList());
        if (settings.onlineHearings()) {
            rooms.add(new Choice(AdjudicationSettings.ONLINE,
                    messages.getMessage("step.hearing-schedule.room.ONLINE", null, locale)));
        }
        // art. 26: a notice sent today is received today at the earliest
        return form.withField("room", field -> field.withChoices(rooms))
            .withField("startsAt", field -> field.withNotBefore(hearings.earliestDayFor(LocalDate.now(clock))));
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        UUID caseId = step.caseId();
        steps.notSuspended(caseId);
        boolean postponementPending = jdbc.sql("""
                select count(*) from hearing_postponement_requests where case_id = :id and decision is null""")
            .param("id", caseId)
            .query(Integer.class)
            .single() > 0;
        check(values, postponementPending);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (postponementPending) {
            jdbc.sql("""
                    update hearing_postponement_requests set decision = :d, decided_by = :by, decided_at = :at
                    where case_id = :id and decision is null""")
                .param("d", values.postponement().name())
                .param("by", step.username())
                .param("at", now)
                .param("id", caseId)
                .update();
        }
        jdbc.sql("update hearings set status = 'RESCHEDULED' where case_id = :id and status = 'SCHEDULED'")
            .param("id", caseId)
            .update();
        Map<String, Object> variables = new HashMap<>();
        variables.put("hearingHeld", values.hearingHeld());
        if (!values.hearingHeld()) {
            audit.record(step.username(), AdjudicationActions.HEARING_NOT_HELD, caseId, null);
            return variables;
        }
        jdbc.sql("""
                insert into hearings (case_id, room, starts_at, public_hearing, closed_reason, scheduled_by,
                    scheduled_at, status) values (:id, :room, :starts, :public, :closed, :by, :at, 'SCHEDULED')""")
            .param("id", caseId)
            .param("room", values.room())
            .param("starts", values.startsAt())
            .param("public", values.publicHearing())
            .param("closed", values.closedReason())
            .param("by", step.username())
            .param("at", now)
            .update();
        audit.record(step.username(), AdjudicationActions.HEARING_SCHEDULED, caseId, values.startsAt().toString());
        ZoneId zone = clock.getZone();
        ZonedDateTime local = values.startsAt().atZoneSameInstant(zone);
        String roomName = settings.hearingRooms()
            .stream()
            .filter(r -> r.id().equals(values.room()))
            .findFirst()
            .map(HearingRoom::nameZh)
            .orElse(null);
        documents.issueHearingNotice(caseId, local.toLocalDate(), local.toLocalTime(), roomName, values.publicHearing(),
                step.username());
        variables.put("hearingStartsAt", Date.from(values.startsAt().toInstant()));
        variables.put("hearingDueAt", Deadline.endOf(local.toLocalDate(), zone).dueDate());
        return variables;
    }

    /**
     * What only the case and the settings can tell: a pending postponement, the room, the
     * notice's 3 days.
     */
    private void check(Values values, boolean postponementPending) {
        List<Violation> violations = new ArrayList<>();
        if (postponementPending && values.postponement() == null) {
            violations.add(Violation.keyed("postponement", "hearing.postponement.decide"));
        }
        if (values.hearingHeld()) {
            if (!settings.roomIds().contains(values.room())) {
                violations.add(Violation.keyed("room", "hearing.room.unknown"));
            }
            LocalDate day = values.startsAt().atZoneSameInstant(clock.getZone()).toLocalDate();
            // art. 26: a notice sent today is received today at the earliest
            if (day.isBefore(hearings.earliestDayFor(LocalDate.now(clock)))) {
                violations.add(Violation.keyed("startsAt", "hearing.starts-at.too-soon"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

}
