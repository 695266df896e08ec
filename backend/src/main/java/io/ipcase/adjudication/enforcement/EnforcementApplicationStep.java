package io.ipcase.adjudication.enforcement;

import static io.ipcase.adjudication.AdjudicationPeriods.COURT_RULING;
import static io.ipcase.adjudication.AdjudicationPeriods.COURT_RULING_PERIOD;
import static io.ipcase.adjudication.AdjudicationPeriods.ENFORCEMENT;

import java.time.LocalDate;
import java.util.Map;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockView;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * Order 81 art. 80 ¶2: the application to the court, within 3 months after the window
 * closed; the court rules within 30 days where it hears the parties (Administrative
 * Compulsion Law art. 58).
 */
@Step("enforcement-application")
class EnforcementApplicationStep implements TaskStep<EnforcementApplicationStep.Values> {

    record Values(
            @NotBlank(message = "{enforcement.court.required}") @Size(max = 200,
                    message = "{field.too-long}") String court,
            @NotNull(message = "{enforcement.applied-on.required}") @PastOrPresent(
                    message = "{field.date.not-future}") LocalDate appliedOn,
            @Size(max = 5000, message = "{field.too-long}") String notes) {
    }

    private final Enforcement enforcement;

    private final CaseClocks clocks;

    private final AuditTrail audit;

    EnforcementApplicationStep(Enforcement enforcement, CaseClocks clocks, AuditTrail audit) {
        this.enforcement = enforcement;
        this.clocks = clocks;
        this.audit = audit;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        String court = values.court().strip();
        enforcement.record(step.caseId(), "APPLICATION", null, court, values.appliedOn(), values.notes(),
                step.username());
        clocks.stop(step.caseId(), ENFORCEMENT, step.username());
        ClockView ruling = clocks.start(step.caseId(), COURT_RULING, COURT_RULING_PERIOD, values.appliedOn(),
                step.username());
        audit.record(step.username(), AdjudicationActions.ENFORCEMENT_APPLIED, step.caseId(), court);
        return Map.of("courtRulingDueAt", ruling.deadline().dueDate());
    }

}
