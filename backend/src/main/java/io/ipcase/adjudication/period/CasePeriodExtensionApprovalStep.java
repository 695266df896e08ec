package io.ipcase.adjudication.period;

import static io.ipcase.adjudication.AdjudicationPeriods.CASE_PERIOD;
import static io.ipcase.adjudication.AdjudicationPeriods.HEAD_EXTENSION_MONTHS;
import static io.ipcase.adjudication.AdjudicationPeriods.HIGHER_EXTENSION_MONTHS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.period.CasePeriods.Level;
import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.Period;
import io.ipcase.inbox.steps.ShownWhen;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The supervisor's decision on more time for the case (Order 81 art. 37): the department
 * head grants up to a month, once; after it, the next-higher department up to two more,
 * once, on the record with its name and its approval's number.
 */
@Step("case-period-extension-approval")
class CasePeriodExtensionApprovalStep implements TaskStep<CasePeriodExtensionApprovalStep.Values> {

    enum Decision {

        APPROVE, REFUSE

    }

    record Values(@NotNull(message = "{decision.required}") Decision decision,
            @ShownWhen(field = "decision", is = "REFUSE") @NotBlank(message = "{approval.comments.required}") @Size(
                    max = 5000, message = "{field.too-long}") String comments,
            @ShownWhen(field = "decision", is = "APPROVE") @NotNull(message = "{extension.level.required}") Level level,
            @ShownWhen(field = "decision", is = "APPROVE") @Min(value = 1, message = "{extension.months.range}") @Max(
                    value = HIGHER_EXTENSION_MONTHS, message = "{extension.months.range}") Integer months,
            @ShownWhen(field = "decision", is = "APPROVE") @ShownWhen(field = "level",
                    is = "NEXT_HIGHER_DEPARTMENT") @NotBlank(message = "{extension.higher.approver}") @Size(max = 200,
                            message = "{field.too-long}") String approver,
            @ShownWhen(field = "decision", is = "APPROVE") @ShownWhen(field = "level",
                    is = "NEXT_HIGHER_DEPARTMENT") @NotBlank(message = "{extension.higher.ref}") @Size(max = 200,
                            message = "{field.too-long}") String approvalRef) {
    }

    private final CasePeriods periods;

    private final CaseClocks clocks;

    private final AuditTrail audit;

    CasePeriodExtensionApprovalStep(CasePeriods periods, CaseClocks clocks, AuditTrail audit) {
        this.periods = periods;
        this.clocks = clocks;
        this.audit = audit;
    }

    /** One month, the most the department head may grant. */
    @Override
    public Values initialValues(StepContext step) {
        return new Values(null, null, null, 1, null, null);
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        UUID caseId = step.caseId();
        boolean approve = values.decision() == Decision.APPROVE;
        if (approve) {
            check(caseId, values);
        }
        // the next-higher department approves in its own name; the head's approval is the
        // supervisor's
        String approver = values.level() == Level.NEXT_HIGHER_DEPARTMENT ? values.approver().strip() : step.username();
        // a refusal leaves level, months and approval unsaid: they are asked for with an
        // approval only
        String reasons = periods.decide(caseId, values.decision().name(), values.level(), values.months(),
                approve ? approver : null, values.approvalRef(), step.username());
        if (approve) {
            clocks.extend(caseId, CASE_PERIOD, Period.months(values.months()), approver, values.level().name(),
                    reasons);
        }
        audit.record(step.username(), AdjudicationActions.CASE_PERIOD_EXTENSION_DECIDED, caseId,
                approve ? values.level() + " +" + values.months() : values.decision().name());
        return Map.of();
    }

    /**
     * Art. 37: the head once, up to a month; then the next-higher department once, up to
     * two.
     */
    private void check(UUID caseId, Values values) {
        List<Violation> violations = new ArrayList<>();
        boolean head = values.level() == Level.DEPARTMENT_HEAD;
        if (head && periods.approved(caseId, Level.DEPARTMENT_HEAD)) {
            violations.add(Violation.keyed("level", "extension.head.once"));
        }
        else if (!head && !periods.approved(caseId, Level.DEPARTMENT_HEAD)) {
            violations.add(Violation.keyed("level", "extension.higher.after-head"));
        }
        else if (!head && periods.approved(caseId, Level.NEXT_HIGHER_DEPARTMENT)) {
            violations.add(Violation.keyed("level", "extension.higher.once"));
        }
        int most = head ? HEAD_EXTENSION_MONTHS : HIGHER_EXTENSION_MONTHS;
        if (values.months() == null || values.months() > most) {
            violations.add(Violation.keyed("months", head ? "extension.head.months" : "extension.higher.months"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

}
