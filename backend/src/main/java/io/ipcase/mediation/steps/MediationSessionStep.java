package io.ipcase.mediation.steps;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.ipcase.adjudication.AdjudicationDocuments;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.PartyRecord;
import io.ipcase.inbox.steps.FieldKind;
import io.ipcase.inbox.steps.Input;
import io.ipcase.inbox.steps.ShownWhen;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.web.InvalidInputException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Order 81 art. 67: the requester who does not come at the time and place notified,
 * without good reason, is deemed to withdraw; the respondent, and there is no agreement.
 * An absence has that consequence only when the party was served the session notice
 * (调解通知书) before the session day; a party it did not reach, or who had a reason the
 * mediator finds good, means the session is rescheduled. An in-case mediation without
 * agreement ends here and gives the adjudication back (art. 35); one of its own is closed
 * by the model (art. 69).
 */
@Step("mediation-session")
class MediationSessionStep implements TaskStep<MediationSessionStep.Values> {

    enum Attendance {

        PRESENT, ABSENT

    }

    /** The mediator's judgement of an absent party's reason. */
    enum Excuse {

        NO_REASON_GIVEN, GOOD_REASON, REASON_NOT_ACCEPTED

    }

    record Values(
            @NotNull(message = "{mediation.session.attendance.required}") @Input(FieldKind.RADIO) Attendance requester,
            @ShownWhen(field = "requester", is = "ABSENT") @NotNull(
                    message = "{mediation.session.excuse.required}") @Input(FieldKind.RADIO) Excuse requesterExcuse,
            @NotNull(message = "{mediation.session.attendance.required}") @Input(FieldKind.RADIO) Attendance respondent,
            @ShownWhen(field = "respondent", is = "ABSENT") @NotNull(
                    message = "{mediation.session.excuse.required}") @Input(FieldKind.RADIO) Excuse respondentExcuse,
            boolean agreed, @NotBlank(message = "{mediation.session.notes.required}") @Size(max = 10000,
                    message = "{field.too-long}") String notes) {
    }

    private final OpenMediations mediations;

    private final AdjudicationDocuments documents;

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final Clock clock;

    MediationSessionStep(OpenMediations mediations, AdjudicationDocuments documents, JdbcClient jdbc, AuditTrail audit,
            Clock clock) {
        this.mediations = mediations;
        this.documents = documents;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Most sessions are held with both sides there. */
    @Override
    public Values initialValues(StepContext step) {
        return new Values(Attendance.PRESENT, null, Attendance.PRESENT, null, false, null);
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        OpenMediations.Current m = mediations.require(step.caseId());
        boolean bothPresent = values.requester() == Attendance.PRESENT && values.respondent() == Attendance.PRESENT;
        if (values.agreed() && !bothPresent) {
            throw InvalidInputException.of("agreed", "mediation.session.agreement-needs-both");
        }
        boolean requesterBears = bearsAbsence(m, step.caseId(), PartyRecord.REQUESTER, values.requester(),
                values.requesterExcuse());
        boolean respondentBears = bearsAbsence(m, step.caseId(), PartyRecord.RESPONDENT, values.respondent(),
                values.respondentExcuse());
        boolean requesterAbsent = values.requester() == Attendance.ABSENT;
        boolean respondentAbsent = values.respondent() == Attendance.ABSENT;
        String outcome;
        if (requesterBears) {
            outcome = "REQUESTER_ABSENT";
        }
        else if (requesterAbsent || respondentAbsent && !respondentBears) {
            // not notified, or a good reason: the session is held again
            outcome = "RESCHEDULED";
        }
        else if (respondentBears) {
            outcome = "RESPONDENT_ABSENT";
        }
        else {
            outcome = values.agreed() ? "AGREEMENT" : "FAILED";
        }
        if ("RESCHEDULED".equals(outcome)) {
            jdbc.sql("update mediations set session_notes = :n where id = :id")
                .param("n", values.notes().strip())
                .param("id", m.id())
                .update();
        }
        else {
            jdbc.sql("update mediations set outcome = :o, session_notes = :n where id = :id")
                .param("o", outcome)
                .param("n", values.notes().strip())
                .param("id", m.id())
                .update();
        }
        audit.record(step.username(), MediationActions.MEDIATION_SESSION_HELD, step.caseId(), outcome);
        if (!"AGREEMENT".equals(outcome) && !"RESCHEDULED".equals(outcome) && m.inCase()) {
            // back to the adjudication, which goes on promptly (art. 35)
            mediations.close(step.caseId(), m.id(), outcome, step.username());
            mediations.resumeCasePeriod(step.caseId(), step.username());
        }
        return Map.of("mediationOutcome", outcome);
    }

    /**
     * Art. 67: an absent party bears its absence only when it was notified of the time
     * and place before the session day and had no good reason.
     */
    private boolean bearsAbsence(OpenMediations.Current m, UUID caseId, String role, Attendance attendance,
            Excuse excuse) {
        if (attendance == Attendance.PRESENT || excuse == Excuse.GOOD_REASON) {
            return false;
        }
        Optional<LocalDate> servedOn = documents.servedOn(caseId, MediationFilingStep.SESSION_NOTICE, role);
        LocalDate sessionDay = jdbc.sql("select session_starts_at from mediations where id = :id")
            .param("id", m.id())
            .query(OffsetDateTime.class)
            .single()
            .atZoneSameInstant(clock.getZone())
            .toLocalDate();
        return servedOn.isPresent() && servedOn.get().isBefore(sessionDay);
    }

}
