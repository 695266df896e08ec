package io.ipcase.penalty.notice;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.inbox.steps.FieldKind;
import io.ipcase.inbox.steps.Input;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.StepDescription;
import io.ipcase.inbox.steps.StepDescription.Choice;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.PenaltyAudit;
import io.ipcase.penalty.PenaltyCase;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyDocuments;
import io.ipcase.penalty.PenaltyStepLog;
import io.ipcase.security.AppUser;
import io.ipcase.security.StaffDirectory;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hearing's time and place, 7 working days after today at the earliest (Admin.
 * Penalty Law art. 64(2)), with a presiding officer of the office who did not investigate
 * the case (art. 64(4)).
 */
@Step("penalty-hearing-schedule")
class PenaltyHearingScheduleStep implements TaskStep<PenaltyHearingScheduleStep.Values> {

    record Values(@NotNull(message = "{penalty.hearing.at.required}") OffsetDateTime at,
            @NotBlank(message = "{penalty.hearing.place.required}") @Size(max = 300,
                    message = "{penalty.hearing.place.required}") String place,
            @Input(FieldKind.SELECT) @NotBlank(message = "{penalty.hearing.presider.required}") @Size(max = 100,
                    message = "{field.too-long}") String presider,
            Boolean publicHearing) {
    }

    private final JdbcClient jdbc;

    private final PenaltyStepLog log;

    private final StaffDirectory staff;

    private final Deadlines deadlines;

    private final PenaltyDocuments documents;

    private final AuditTrail audit;

    PenaltyHearingScheduleStep(JdbcClient jdbc, PenaltyStepLog log, StaffDirectory staff, Deadlines deadlines,
            PenaltyDocuments documents, AuditTrail audit) {
        this.jdbc = jdbc;
        this.log = log;
        this.staff = staff;
        this.deadlines = deadlines;
        this.documents = documents;
        this.audit = audit;
    }

    @Override
    public Values initialValues(StepContext step) {
        return new Values(null, null, null, true);
    }

    /**
     * The officers of the office who did not investigate the case, and the earliest day
     * the notice allows.
     */
    @Override
    public StepDescription describe(StepContext step, StepDescription form) {
        PenaltyCase pc = log.caseOf(step);
        return form.withField("presider",
                field -> field.withChoices(staff.ofOffice(pc.officeId())
                    .stream()
                    .filter(u -> !pc.isHandler(u.getUsername()))
                    .sorted(Comparator.comparing(AppUser::getUsername))
                    .map(u -> new Choice(u.getUsername(), u.displayName() + " (" + u.getUsername() + ")"))
                    .toList()))
            .withField("at", field -> field.withNotBefore(earliest()));
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values plan) {
        PenaltyCase pc = log.byHandler(step);
        List<Violation> violations = new ArrayList<>();
        LocalDate earliest = earliest();
        LocalDate day = plan.at().atZoneSameInstant(deadlines.zone()).toLocalDate();
        if (day.isBefore(earliest)) {
            violations.add(Violation.keyed("at", "penalty.hearing.at.too-soon", earliest));
        }
        if (pc.isHandler(plan.presider())) {
            violations.add(Violation.keyed("presider", "penalty.hearing.presider.investigated"));
        }
        else if (staff.find(plan.presider()).filter(u -> u.officeId().equals(pc.officeId())).isEmpty()) {
            violations.add(Violation.keyed("presider", "penalty.handlers.not-officer", plan.presider()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String place = plan.place().strip();
        boolean publicHearing = plan.publicHearing() == null || plan.publicHearing();
        jdbc.sql(
                """
                        update penalty_hearings set scheduled_at = :at, place = :place, presider = :presider, public_hearing = :pub
                        where id = (select max(id) from penalty_hearings where case_id = :c)""")
            .param("at", plan.at())
            .param("place", place)
            .param("presider", plan.presider())
            .param("pub", publicHearing)
            .param("c", pc.caseId())
            .update();
        audit.record(step.username(), PenaltyAudit.HEARING_SCHEDULED, pc.caseId(), day + " " + place);
        Map<String, Object> model = new HashMap<>();
        model.put("hearingDay", day);
        model.put("hearingTime", plan.at().atZoneSameInstant(deadlines.zone()).toLocalTime().toString());
        model.put("place", place);
        model.put("presiderName", documents.names(List.of(plan.presider())));
        model.put("publicHearing", publicHearing);
        documents.toParty(pc.caseId(), PenaltyDocuments.HEARING_NOTICE, model, step.username());
        Map<String, Object> vars = new HashMap<>();
        vars.put("hearingPresider", plan.presider());
        vars.put("hearingDueAt", Date.from(deadlines.endingOn(day).dueAt().toInstant()));
        return vars;
    }

    private LocalDate earliest() {
        return deadlines.workingDays(deadlines.today(), PenaltyClocks.HEARING_NOTICE_WORKING_DAYS).lastDay();
    }

}
