package io.ipcase.adjudication.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.AdjudicationDocuments;
import io.ipcase.adjudication.decision.Decisions;
import io.ipcase.audit.AuditTrail;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import jakarta.validation.constraints.Size;

/**
 * The written reminder (催告书) to the infringer (Administrative Compulsion Law art. 54).
 */
@Step("reminder-issue")
class ReminderIssueStep implements TaskStep<ReminderIssueStep.Values> {

    record Values(@Size(max = 5000, message = "{field.too-long}") String note) {
    }

    private final Enforcement enforcement;

    private final Decisions decisions;

    private final AdjudicationDocuments documents;

    private final AuditTrail audit;

    private final Clock clock;

    ReminderIssueStep(Enforcement enforcement, Decisions decisions, AdjudicationDocuments documents, AuditTrail audit,
            Clock clock) {
        this.enforcement = enforcement;
        this.decisions = decisions;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        enforcement.record(step.caseId(), "REMINDER_ISSUED", null, null, LocalDate.now(clock), values.note(),
                step.username());
        audit.record(step.username(), AdjudicationActions.REMINDER_ISSUED, step.caseId(), null);
        // the 10 working days run from its receipt, recorded when it is served
        documents.issueReminder(step.caseId(), decisions.servedOn(step.caseId()), step.username());
        return Map.of();
    }

}
