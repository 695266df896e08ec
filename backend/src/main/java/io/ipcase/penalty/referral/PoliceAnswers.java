package io.ipcase.penalty.referral;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.ipcase.inbox.steps.RequiredWhen;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyStepLog;
import io.ipcase.penalty.PenaltyStepLog.Entry;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Component;

/**
 * The rules the referral's answers and objections share (State Council regulation on
 * referring suspected crimes, art. 8-12). The police answer (on the filing, on
 * reconsideration, after the procuratorate's supervision): a case opened means the items
 * go over within 3 days of the notice; none means 3 days to object, or, after the last
 * step, the penalty procedure goes on. The office objects, and the next 3 days run, or
 * accepts the answer.
 */
@Component
class PoliceAnswers {

    /** What the police decided. */
    enum Answer {

        CASE_OPENED, NO_CASE

    }

    /** Whether the office objects to a no-case answer. */
    enum Objection {

        REQUESTED, ACCEPTED

    }

    record AnswerValues(@NotNull(message = "{penalty.step.outcome.required}") Answer outcome,
            @NotNull(message = "{penalty.step.date.required}") @PastOrPresent(
                    message = "{penalty.step.date.future}") LocalDate date,
            @NotBlank(message = "{penalty.step.reference.required}") @Size(max = 300,
                    message = "{field.too-long}") String reference,
            @Size(max = 5000, message = "{field.too-long}") String comments) {
    }

    record ObjectionValues(@NotNull(message = "{penalty.step.outcome.required}") Objection outcome,
            @NotNull(message = "{penalty.step.date.required}") @PastOrPresent(
                    message = "{penalty.step.date.future}") LocalDate date,
            @RequiredWhen(field = "outcome", is = "ACCEPTED", message = "penalty.step.comments.required") @Size(
                    max = 5000, message = "{field.too-long}") String comments) {
    }

    /**
     * The clock a step meets, the variable it answers in, and the clock that runs next
     * with its due date.
     */
    record Stage(String clockKey, String variable, String nextClock, String nextDue) {
    }

    private final PenaltyStepLog log;

    private final PenaltyClocks clocks;

    PoliceAnswers(PenaltyStepLog log, PenaltyClocks clocks) {
        this.log = log;
        this.clocks = clocks;
    }

    Map<String, Object> answered(StepContext step, Stage stage, AnswerValues values) {
        UUID caseId = log.byHandler(step).caseId();
        met(step, stage);
        Map<String, Object> vars = new HashMap<>();
        vars.put(stage.variable(), values.outcome().name());
        if (values.outcome() == Answer.CASE_OPENED) {
            vars.put("itemsHandoverDueAt",
                    clocks.startReferralStep(caseId, PenaltyClocks.ITEMS_HANDOVER, values.date(), step.username())
                        .deadline()
                        .dueDate());
        }
        else if (stage.nextClock() != null) {
            next(step, stage, values.date(), vars);
        }
        else {
            vars.put("policeOutcome", "NO_CASE");
        }
        log.record(step,
                Entry.of(values.outcome())
                    .on(values.date())
                    .withReference(values.reference())
                    .withComments(values.comments()));
        return vars;
    }

    Map<String, Object> objected(StepContext step, Stage stage, ObjectionValues values) {
        log.byHandler(step);
        met(step, stage);
        Map<String, Object> vars = new HashMap<>();
        vars.put(stage.variable(), values.outcome().name());
        if (values.outcome() == Objection.ACCEPTED) {
            vars.put("policeOutcome", "NO_CASE");
        }
        else if (stage.nextClock() != null) {
            next(step, stage, values.date(), vars);
        }
        log.record(step, Entry.of(values.outcome()).on(values.date()).withComments(values.comments()));
        return vars;
    }

    private void met(StepContext step, Stage stage) {
        if (stage.clockKey() != null) {
            clocks.stopIfRunning(step.caseId(), stage.clockKey(), step.username());
        }
    }

    private void next(StepContext step, Stage stage, LocalDate trigger, Map<String, Object> vars) {
        vars.put(stage.nextDue(),
                clocks.startReferralStep(step.caseId(), stage.nextClock(), trigger, step.username())
                    .deadline()
                    .dueDate());
    }

}
