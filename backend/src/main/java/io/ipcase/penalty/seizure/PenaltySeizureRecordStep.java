package io.ipcase.penalty.seizure;

import java.time.LocalDate;
import java.util.Map;

import io.ipcase.documents.ServiceMethod;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.PenaltyDocuments;
import io.ipcase.penalty.PenaltyStepLog;
import io.ipcase.penalty.PenaltyStepLog.Entry;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * CNIPA 2015 Measures art. 30: carried out with a notice, a count, a record and a list;
 * the decision is handed to the party there (Administrative Compulsion Law art. 24), and
 * the 30 days run.
 */
@Step("penalty-seizure-record")
class PenaltySeizureRecordStep implements TaskStep<PenaltySeizureRecordStep.Values> {

    /**
     * @param comments the count and the list
     */
    record Values(
            @NotNull(message = "{penalty.step.date.required}") @PastOrPresent(
                    message = "{penalty.step.date.future}") LocalDate date,
            @NotBlank(message = "{penalty.step.comments.required}") @Size(max = 5000,
                    message = "{field.too-long}") String comments) {
    }

    private final PenaltyStepLog log;

    private final Seizures seizures;

    private final PenaltyDocuments documents;

    PenaltySeizureRecordStep(PenaltyStepLog log, Seizures seizures, PenaltyDocuments documents) {
        this.log = log;
        this.seizures = seizures;
        this.documents = documents;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        log.byHandler(step);
        documents.served(step.caseId(), PenaltyDocuments.SEIZURE_DECISION, ServiceMethod.PERSONAL, values.date(), null,
                step.username());
        Map<String, Object> vars = Map.of("seizureExpiresAt",
                seizures.carriedOut(seizures.forStep(step), values.date(), step.username()).deadline().expiryDate());
        log.record(step, Entry.done().on(values.date()).withComments(values.comments()));
        return vars;
    }

}
