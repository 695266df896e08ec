package io.ipcase.adjudication.enforcement;

import static io.ipcase.adjudication.AdjudicationPeriods.COURT_RULING;

import java.time.LocalDate;
import java.util.Map;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.web.InvalidInputException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The court's ruling on the application; a refusal may be taken to review within 15 days
 * (Administrative Compulsion Law art. 58). The review is asked for only after a refusal,
 * which the server says when a granted ruling claims one.
 */
@Step("court-ruling")
class CourtRulingStep implements TaskStep<CourtRulingStep.Values> {

    enum Ruling {

        GRANTED, REFUSED

    }

    record Values(@NotNull(message = "{ruling.required}") Ruling ruling,
            @NotNull(message = "{ruling.date.required}") @PastOrPresent(
                    message = "{field.date.not-future}") LocalDate ruledOn,
            boolean reviewRequested, @Size(max = 5000, message = "{field.too-long}") String notes) {
    }

    private final Enforcement enforcement;

    private final CaseClocks clocks;

    private final AuditTrail audit;

    CourtRulingStep(Enforcement enforcement, CaseClocks clocks, AuditTrail audit) {
        this.enforcement = enforcement;
        this.clocks = clocks;
        this.audit = audit;
    }

    @Override
    public Values initialValues(StepContext step) {
        return new Values(null, null, false, null);
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        if (values.ruling() == Ruling.GRANTED && values.reviewRequested()) {
            throw InvalidInputException.of("reviewRequested", "ruling.review.only-refused");
        }
        enforcement.record(step.caseId(), "COURT_RULING",
                values.ruling().name() + (values.reviewRequested() ? "_REVIEW_REQUESTED" : ""), null, values.ruledOn(),
                values.notes(), step.username());
        clocks.stop(step.caseId(), COURT_RULING, step.username());
        audit.record(step.username(), AdjudicationActions.COURT_RULING_RECORDED, step.caseId(), values.ruling().name());
        return Map.of();
    }

}
