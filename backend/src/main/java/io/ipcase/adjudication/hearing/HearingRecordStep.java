package io.ipcase.adjudication.hearing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.casework.CaseSteps;
import io.ipcase.adjudication.withdrawal.WithdrawalGround;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.PartyRecord;
import io.ipcase.inbox.steps.FieldKind;
import io.ipcase.inbox.steps.Input;
import io.ipcase.inbox.steps.ShownWhen;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The hearing as it went (Order 81 art. 26). A party who refuses to attend without good
 * reason, or leaves without permission, bears the consequence: the requester is deemed to
 * withdraw, the respondent is decided in absence. An absence has that consequence only
 * after proper service: a party the hearing notice did not reach 3 working days ahead was
 * not summoned, and the hearing is rescheduled; so it is when the panel finds an absent
 * party's reason good.
 */
@Step("hearing-record")
class HearingRecordStep implements TaskStep<HearingRecordStep.Values> {

    /** How a party attended. */
    enum Attendance {

        PRESENT, ABSENT, LEFT_WITHOUT_PERMISSION

    }

    /** The panel's judgement of an absent party's reason. */
    enum Excuse {

        NO_REASON_GIVEN, GOOD_REASON, REASON_NOT_ACCEPTED

    }

    /** What the hearing leads to. */
    enum Outcome {

        /** to the decision, in the respondent's absence if so */
        HELD,
        /** the requester is deemed to withdraw */
        DEEMED_WITHDRAWN,
        /** an absent party was not properly summoned, or had good reason */
        RESCHEDULE

    }

    record Values(@NotNull(message = "{hearing.attendance.required}") @Input(FieldKind.RADIO) Attendance requester,
            @ShownWhen(field = "requester", is = "ABSENT") @NotNull(
                    message = "{hearing.excuse.required}") @Input(FieldKind.RADIO) Excuse requesterExcuse,
            @NotNull(message = "{hearing.attendance.required}") @Input(FieldKind.RADIO) Attendance respondent,
            @ShownWhen(field = "respondent", is = "ABSENT") @NotNull(
                    message = "{hearing.excuse.required}") @Input(FieldKind.RADIO) Excuse respondentExcuse,
            @Size(max = 5000, message = "{field.too-long}") String absenceFinding,
            @NotBlank(message = "{hearing.minutes.required}") @Size(max = 20000,
                    message = "{field.too-long}") String minutes) {
    }

    private final CaseSteps steps;

    private final Hearings hearings;

    private final AuditTrail audit;

    HearingRecordStep(CaseSteps steps, Hearings hearings, AuditTrail audit) {
        this.steps = steps;
        this.hearings = hearings;
        this.audit = audit;
    }

    /** Both parties present, unless the panel records an absence. */
    @Override
    public Values initialValues(StepContext step) {
        return new Values(Attendance.PRESENT, null, Attendance.PRESENT, null, null, null);
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        UUID caseId = step.caseId();
        steps.notSuspended(caseId);
        check(values);
        Consequence requester = consequence(caseId, PartyRecord.REQUESTER, values.requester(),
                values.requesterExcuse());
        Consequence respondent = consequence(caseId, PartyRecord.RESPONDENT, values.respondent(),
                values.respondentExcuse());
        Outcome outcome = requester == Consequence.BEARS_IT ? Outcome.DEEMED_WITHDRAWN
                : requester == Consequence.RESCHEDULE || respondent == Consequence.RESCHEDULE ? Outcome.RESCHEDULE
                        : Outcome.HELD;
        hearings.recordAttendance(caseId, outcome != Outcome.RESCHEDULE, values.requester().name(),
                excuse(values.requester(), values.requesterExcuse()), values.respondent().name(),
                excuse(values.respondent(), values.respondentExcuse()), blankToNull(values.absenceFinding()),
                values.minutes().strip(), step.username());
        audit.record(step.username(), AdjudicationActions.HEARING_RECORDED, caseId,
                outcome + " REQUESTER_" + values.requester() + " RESPONDENT_" + values.respondent());
        Map<String, Object> variables = new HashMap<>();
        variables.put("requesterAbsent", outcome == Outcome.DEEMED_WITHDRAWN);
        variables.put("respondentAbsent", outcome == Outcome.HELD && respondent == Consequence.BEARS_IT);
        variables.put("hearingRescheduled", outcome == Outcome.RESCHEDULE);
        if (outcome == Outcome.DEEMED_WITHDRAWN) {
            variables.put("withdrawalGround", WithdrawalGround.REQUESTER_ABSENT.name());
        }
        return variables;
    }

    private enum Consequence {

        NONE, BEARS_IT, RESCHEDULE

    }

    /**
     * Art. 26: leaving without permission bears the consequence; an absence only when the
     * party was properly summoned and had no good reason.
     */
    private Consequence consequence(UUID caseId, String role, Attendance attendance, Excuse excuse) {
        return switch (attendance) {
            case PRESENT -> Consequence.NONE;
            case LEFT_WITHOUT_PERMISSION -> Consequence.BEARS_IT;
            case ABSENT -> !hearings.properlySummoned(caseId, role) || excuse == Excuse.GOOD_REASON
                    ? Consequence.RESCHEDULE : Consequence.BEARS_IT;
        };
    }

    /** A reason the panel judged is written down with its judgement. */
    private static void check(Values values) {
        List<Violation> violations = new ArrayList<>();
        boolean judged = values.requester() == Attendance.ABSENT && values.requesterExcuse() != Excuse.NO_REASON_GIVEN
                || values.respondent() == Attendance.ABSENT && values.respondentExcuse() != Excuse.NO_REASON_GIVEN;
        if (judged && blankToNull(values.absenceFinding()) == null) {
            violations.add(Violation.keyed("absenceFinding", "hearing.absence-finding.required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static String excuse(Attendance attendance, Excuse excuse) {
        return attendance == Attendance.ABSENT && excuse != null ? excuse.name() : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
