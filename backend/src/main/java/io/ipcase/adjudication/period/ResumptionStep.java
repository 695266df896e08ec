package io.ipcase.adjudication.period;

import static io.ipcase.adjudication.AdjudicationPeriods.CASE_PERIOD;

import java.time.LocalDate;
import java.util.Map;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.AdjudicationDocuments;
import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockState;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Order 81 art. 28: resume once the cause has ended; the case period runs on and the
 * parties are told.
 */
@Step("resumption")
class ResumptionStep implements TaskStep<ResumptionStep.Values> {

    record Values(@NotBlank(message = "{suspension.resumption.required}") @Size(max = 5000,
            message = "{field.too-long}") String note) {
    }

    private final Suspensions suspensions;

    private final CaseClocks clocks;

    private final AdjudicationDocuments documents;

    private final AuditTrail audit;

    ResumptionStep(Suspensions suspensions, CaseClocks clocks, AdjudicationDocuments documents, AuditTrail audit) {
        this.suspensions = suspensions;
        this.clocks = clocks;
        this.documents = documents;
        this.audit = audit;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        LocalDate suspendedOn = suspensions.resume(step.caseId(), step.username());
        if (clocks.find(step.caseId(), CASE_PERIOD).map(p -> p.state() == ClockState.PAUSED).orElse(false)) {
            clocks.resume(step.caseId(), CASE_PERIOD, step.username());
        }
        String note = values.note().strip();
        audit.record(step.username(), AdjudicationActions.CASE_RESUMED, step.caseId(), note);
        documents.issueResumptionNotice(step.caseId(), suspendedOn, note, step.username());
        return Map.of();
    }

}
