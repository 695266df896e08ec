package io.ipcase.injunction.steps;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockView;
import io.ipcase.inbox.steps.ShownWhen;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.web.InvalidInputException;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The expedited review: propose the injunction to the supervisor with what the respondent
 * is to stop at once, ask once for everything missing by a day the officer fixes (the
 * review clock starts again with the supplement), or refuse with reasons.
 */
@Step("injunction-review")
class InjunctionReviewStep implements TaskStep<InjunctionReviewStep.Values> {

    enum Decision {

        PROPOSE, SUPPLEMENT, REFUSE

    }

    record Values(@NotNull(message = "{injunction.review.decision.required}") Decision decision,
            @ShownWhen(field = "decision", is = "PROPOSE") @NotBlank(
                    message = "{injunction.review.stop-order.required}") @Size(max = 5000,
                            message = "{field.too-long}") String stopOrder,
            @ShownWhen(field = "decision", is = "REFUSE") @NotBlank(
                    message = "{injunction.review.reasons.required}") @Size(max = 5000,
                            message = "{field.too-long}") String reasons,
            @ShownWhen(field = "decision", is = "SUPPLEMENT") @NotEmpty(
                    message = "{injunction.review.missing-items.required}") @Size(max = 30,
                            message = "{injunction.review.missing-items.too-many}") List<@NotBlank @Size(max = 500,
                                    message = "{field.too-long}") String> missingItems,
            @ShownWhen(field = "decision", is = "SUPPLEMENT") @NotNull(
                    message = "{injunction.review.supplement-due.required}") @Future(
                            message = "{injunction.review.supplement-due.future}") LocalDate supplementDueDate) {
    }

    private final InjunctionDecisions decisions;

    private final InjunctionClocks injunctionClocks;

    private final CaseClocks clocks;

    private final AuditTrail audit;

    InjunctionReviewStep(InjunctionDecisions decisions, InjunctionClocks injunctionClocks, CaseClocks clocks,
            AuditTrail audit) {
        this.decisions = decisions;
        this.injunctionClocks = injunctionClocks;
        this.clocks = clocks;
        this.audit = audit;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        UUID caseId = step.caseId();
        if (values.decision() == Decision.SUPPLEMENT && decisions.ofOwnMotion(caseId)) {
            throw InvalidInputException.of("decision", "injunction.review.supplement.own-motion");
        }
        String reasons = switch (values.decision()) {
            case SUPPLEMENT -> String.join("\n", values.missingItems().stream().map(String::strip).toList());
            case REFUSE -> values.reasons().strip();
            case PROPOSE -> null;
        };
        decisions.reviewed(caseId, values.decision().name(), reasons,
                values.decision() == Decision.PROPOSE ? values.stopOrder().strip() : null, step.username());
        audit.record(step.username(), InjunctionActions.INJUNCTION_REVIEWED, caseId, values.decision().name());
        Map<String, Object> variables = new HashMap<>();
        variables.put("reviewDecision", values.decision().name());
        if (values.decision() != Decision.PROPOSE) {
            injunctionClocks.stop(caseId, InjunctionClocks.REVIEW, step.username());
        }
        if (values.decision() == Decision.SUPPLEMENT) {
            // the review clock runs from a complete application: it starts again with the
            // supplement
            ClockView supplement = clocks.startUntil(caseId, InjunctionClocks.SUPPLEMENT, values.supplementDueDate(),
                    step.username());
            variables.put("supplementExpiresAt", supplement.deadline().expiryDate());
        }
        return variables;
    }

}
