package io.ipcase.penalty.filing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import io.ipcase.deadlines.ClockView;
import io.ipcase.inbox.steps.RequiredWhen;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.PenaltyCase;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyProcedure;
import io.ipcase.penalty.PenaltyStepLog;
import io.ipcase.penalty.PenaltyStepLog.Entry;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 立案审批: the head files the case, which starts the case period, refuses it with reasons,
 * or (SAMR art. 18) extends the verification once.
 */
@Step("penalty-filing-approval")
class PenaltyFilingApprovalStep implements TaskStep<PenaltyFilingApprovalStep.Values> {

    enum Outcome {

        APPROVED, REFUSED, EXTENDED

    }

    record Values(@NotNull(message = "{penalty.step.outcome.required}") Outcome outcome,
            @RequiredWhen(field = "outcome", is = {
                    "REFUSED", "EXTENDED" }, message = "penalty.step.comments.required") @Size(max = 5000,
                            message = "{field.too-long}") String comments){
    }

    private final PenaltyStepLog log;

    private final PenaltyClocks clocks;

    private final Clock clock;

    PenaltyFilingApprovalStep(PenaltyStepLog log, PenaltyClocks clocks, Clock clock) {
        this.log = log;
        this.clocks = clocks;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        PenaltyCase pc = log.caseOf(step);
        Map<String, Object> vars = new HashMap<>();
        vars.put("filingDecision", values.outcome().name());
        switch (values.outcome()) {
            case EXTENDED -> {
                if (pc.procedure() != PenaltyProcedure.SAMR) {
                    throw InvalidInputException.of("outcome", "penalty.filing.extension.samr-only");
                }
                if (clocks.find(pc.caseId(), PenaltyClocks.FILING).map(ClockView::extended).orElse(false)) {
                    throw new ConflictException("problem.penalty.filing-extended");
                }
                vars.put("filingDueAt",
                        clocks.extendFiling(pc.caseId(), step.username(), PenaltyStepLog.text(values.comments()))
                            .deadline()
                            .dueDate());
            }
            case APPROVED -> {
                clocks.stop(pc.caseId(), PenaltyClocks.FILING, step.username());
                vars.put("casePeriodDueAt",
                        clocks.startCasePeriod(pc.caseId(), pc.procedure(), LocalDate.now(clock), step.username())
                            .deadline()
                            .dueDate());
            }
            case REFUSED -> clocks.stop(pc.caseId(), PenaltyClocks.FILING, step.username());
        }
        log.record(step, Entry.of(values.outcome()).withComments(values.comments()));
        return vars;
    }

}
