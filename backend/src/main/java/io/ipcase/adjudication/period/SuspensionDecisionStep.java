package io.ipcase.adjudication.period;

import static io.ipcase.adjudication.AdjudicationPeriods.CASE_PERIOD;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.AdjudicationDocuments;
import io.ipcase.adjudication.AdjudicationSettings;
import io.ipcase.adjudication.period.Suspensions.Ground;
import io.ipcase.adjudication.period.Suspensions.RefusalGround;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.Cases;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockState;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.inbox.steps.FieldKind;
import io.ipcase.inbox.steps.Input;
import io.ipcase.inbox.steps.ShownWhen;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.web.InvalidInputException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The panel's decision on a suspension (Order 81 art. 28, 29): a ground of art. 28 must
 * be followed; art. 29 names when it may be refused. A suspended case's period stops
 * (art. 37 ¶2) and the parties receive the suspension notice; the panel looks again at it
 * after the settings' days.
 */
@Step("suspension-decision")
class SuspensionDecisionStep implements TaskStep<SuspensionDecisionStep.Values> {

    enum Decision {

        SUSPEND, REFUSE

    }

    record Values(@NotNull(message = "{decision.required}") Decision decision,
            @ShownWhen(field = "decision", is = "REFUSE") @Input(FieldKind.SELECT) @NotNull(
                    message = "{suspension.refusal-ground.invalid}") RefusalGround refusalGround,
            @NotBlank(message = "{reasons.required}") @Size(max = 5000, message = "{field.too-long}") String reasons) {
    }

    private final Cases cases;

    private final Suspensions suspensions;

    private final CaseClocks clocks;

    private final Deadlines deadlines;

    private final AdjudicationSettings settings;

    private final AdjudicationDocuments documents;

    private final AuditTrail audit;

    private final Clock clock;

    SuspensionDecisionStep(Cases cases, Suspensions suspensions, CaseClocks clocks, Deadlines deadlines,
            AdjudicationSettings settings, AdjudicationDocuments documents, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.suspensions = suspensions;
        this.clocks = clocks;
        this.deadlines = deadlines;
        this.settings = settings;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        CaseRecord c = cases.findUnchecked(step.caseId()).orElseThrow();
        Suspensions.Pending requested = suspensions.pending(c.id());
        Ground ground = requested.ground();
        if (values.decision() == Decision.REFUSE) {
            Set<RefusalGround> allowed = Suspensions.refusable(ground, c.patentType());
            if (allowed.isEmpty()) {
                throw InvalidInputException.of("decision", "suspension.mandatory");
            }
            if (!allowed.contains(values.refusalGround())) {
                throw InvalidInputException.of("refusalGround", "suspension.refusal-ground.invalid");
            }
        }
        suspensions.decide(c.id(), values.decision().name(), values.refusalGround(), values.reasons().strip(),
                step.username());
        audit.record(step.username(), AdjudicationActions.SUSPENSION_DECIDED, c.id(), values.decision().name());
        if (values.decision() == Decision.SUSPEND) {
            if (clocks.find(c.id(), CASE_PERIOD).map(p -> p.state() == ClockState.RUNNING).orElse(false)) {
                // art. 37 ¶2: the suspended time does not count toward the case period
                clocks.pause(c.id(), CASE_PERIOD, "SUSPENSION", step.username());
            }
            documents.issueSuspensionNotice(c.id(), ground.name(), requested.details(), values.reasons().strip(),
                    step.username());
        }
        return Map.of("suspensionDecision", values.decision().name(), "suspensionReviewDueAt",
                deadlines.calendarDays(LocalDate.now(clock), settings.suspensionReviewDays()).dueDate());
    }

}
