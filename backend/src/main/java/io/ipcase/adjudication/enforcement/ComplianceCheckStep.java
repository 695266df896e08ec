package io.ipcase.adjudication.enforcement;

import static io.ipcase.adjudication.AdjudicationPeriods.ENFORCEMENT;

import java.time.LocalDate;
import java.util.Map;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * Whether the infringer stopped: after the window to sue, and again after the reminder.
 */
@Step("compliance-check")
class ComplianceCheckStep implements TaskStep<ComplianceCheckStep.Values> {

    enum Finding {

        STOPPED, NOT_STOPPED

    }

    record Values(@NotNull(message = "{compliance.finding.required}") Finding finding,
            @NotNull(message = "{compliance.checked-on.required}") @PastOrPresent(
                    message = "{field.date.not-future}") LocalDate checkedOn,
            @NotBlank(message = "{compliance.notes.required}") @Size(max = 5000,
                    message = "{field.too-long}") String notes) {
    }

    private final Enforcement enforcement;

    private final CaseClocks clocks;

    private final AuditTrail audit;

    ComplianceCheckStep(Enforcement enforcement, CaseClocks clocks, AuditTrail audit) {
        this.enforcement = enforcement;
        this.clocks = clocks;
        this.audit = audit;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        enforcement.record(step.caseId(), "COMPLIANCE_CHECK", values.finding().name(), null, values.checkedOn(),
                values.notes().strip(), step.username());
        if (values.finding() == Finding.STOPPED) {
            clocks.stop(step.caseId(), ENFORCEMENT, step.username());
        }
        audit.record(step.username(), AdjudicationActions.COMPLIANCE_CHECKED, step.caseId(), values.finding().name());
        return Map.of("complianceFinding", values.finding().name());
    }

}
