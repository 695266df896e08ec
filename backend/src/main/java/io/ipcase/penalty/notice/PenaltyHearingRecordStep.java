package io.ipcase.penalty.notice;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import io.ipcase.audit.AuditTrail;
import io.ipcase.inbox.steps.RequiredWhen;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.PenaltyAudit;
import io.ipcase.penalty.PenaltyCase;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyStepLog;
import io.ipcase.penalty.PenaltyStepLog.Entry;
import io.ipcase.web.ConflictException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The presiding officer records the hearing: held, with its record, or the party stayed
 * away and so waived it (Admin. Penalty Law art. 64(8)). The case period runs again.
 */
@Step("penalty-hearing-record")
class PenaltyHearingRecordStep implements TaskStep<PenaltyHearingRecordStep.Values> {

    enum Outcome {

        HELD, ABSENT

    }

    record Values(@NotNull(message = "{penalty.step.outcome.required}") Outcome outcome,
            @NotNull(message = "{penalty.step.date.required}") @PastOrPresent(
                    message = "{penalty.step.date.future}") LocalDate date,
            @RequiredWhen(field = "outcome", is = "HELD", message = "penalty.step.comments.required") @Size(max = 5000,
                    message = "{field.too-long}") String comments) {
    }

    private final JdbcClient jdbc;

    private final PenaltyStepLog log;

    private final PenaltyClocks clocks;

    private final RuntimeService runtime;

    private final AuditTrail audit;

    PenaltyHearingRecordStep(JdbcClient jdbc, PenaltyStepLog log, PenaltyClocks clocks, RuntimeService runtime,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.log = log;
        this.clocks = clocks;
        this.runtime = runtime;
        this.audit = audit;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        // the presiding officer named when it was scheduled, and no one for them
        if (!step.username().equals(step.task().assignee())) {
            throw new ConflictException("problem.task-not-yours");
        }
        PenaltyCase pc = log.caseOf(step);
        boolean held = values.outcome() == Outcome.HELD;
        jdbc.sql("""
                update penalty_hearings set outcome = :o, held_on = :on, record = :record
                where id = (select max(id) from penalty_hearings where case_id = :c)""")
            .param("o", values.outcome().name())
            .param("on", values.date())
            .param("record", PenaltyStepLog.text(values.comments()))
            .param("c", pc.caseId())
            .update();
        clocks.resume(pc.caseId(), PenaltyClocks.CASE_PERIOD, step.username());
        audit.record(step.username(), PenaltyAudit.HEARING_HELD, pc.caseId(), values.outcome().name());
        log.record(step, Entry.of(values.outcome()).on(values.date()).withComments(values.comments()));
        Map<String, Object> vars = new HashMap<>();
        vars.put("hearingHeld", held);
        vars.put("statementMade",
                held || Boolean.TRUE.equals(runtime.getVariable(pc.processInstanceId(), "statementMade")));
        vars.put("casePeriodDueAt",
                clocks.find(pc.caseId(), PenaltyClocks.CASE_PERIOD).orElseThrow().deadline().dueDate());
        return vars;
    }

}
