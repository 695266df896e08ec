package io.ipcase.penalty.referral;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import io.ipcase.deadlines.Deadlines;
import io.ipcase.documents.ServiceMethod;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyDocuments;
import io.ipcase.penalty.PenaltyStepLog;
import io.ipcase.penalty.PenaltyStepLog.Entry;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The referral handed to the police (art. 8), when and to whom; the police then have 3
 * days to decide whether to open a case.
 *
 * @see PenaltyReferralApprovalStep
 */
@Step("penalty-police-transfer")
class PenaltyPoliceTransferStep implements TaskStep<PenaltyPoliceTransferStep.Values> {

    /**
     * @param reference the police station and the referral's number, as on the receipt
     */
    record Values(@NotNull(message = "{penalty.step.date.required}") OffsetDateTime at,
            @NotBlank(message = "{penalty.step.reference.required}") @Size(max = 300,
                    message = "{field.too-long}") String reference,
            @Size(max = 5000, message = "{field.too-long}") String comments) {
    }

    private final PenaltyStepLog log;

    private final PenaltyClocks clocks;

    private final PenaltyDocuments documents;

    private final Deadlines deadlines;

    PenaltyPoliceTransferStep(PenaltyStepLog log, PenaltyClocks clocks, PenaltyDocuments documents,
            Deadlines deadlines) {
        this.log = log;
        this.clocks = clocks;
        this.documents = documents;
        this.deadlines = deadlines;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        log.byHandler(step);
        clocks.stopIfRunning(step.caseId(), PenaltyClocks.POLICE_TRANSFER, step.username());
        LocalDate transferred = values.at().atZoneSameInstant(deadlines.zone()).toLocalDate();
        documents.served(step.caseId(), PenaltyDocuments.POLICE_REFERRAL, ServiceMethod.PERSONAL, transferred,
                PenaltyStepLog.text(values.reference()), step.username());
        Map<String, Object> vars = Map.of("policeDecisionDueAt",
                clocks.startReferralStep(step.caseId(), PenaltyClocks.POLICE_DECISION, transferred, step.username())
                    .deadline()
                    .dueDate());
        log.record(step,
                Entry.done().on(transferred).withReference(values.reference()).withComments(values.comments()));
        return vars;
    }

}
