package io.ipcase.mediation.steps;

import java.util.UUID;

import io.ipcase.adjudication.AdjudicationDocuments;
import io.ipcase.audit.AuditTrail;
import io.ipcase.engine.Procedure;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Order 81 art. 67, 69: a mediation of its own without agreement is withdrawn; the
 * parties may sue.
 */
@Component("mediationFailureClosing")
class MediationFailureClosing implements JavaDelegate {

    private final OpenMediations mediations;

    private final AuditTrail audit;

    private final AdjudicationDocuments documents;

    MediationFailureClosing(OpenMediations mediations, AuditTrail audit, AdjudicationDocuments documents) {
        this.mediations = mediations;
        this.audit = audit;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString(execution.getProcessBusinessKey());
        String actor = Procedure.actor(execution);
        String outcome = (String) execution.getVariable("mediationOutcome");
        mediations.of(caseId).ifPresent(m -> mediations.close(caseId, m.id(), outcome, actor));
        audit.record(actor, MediationActions.MEDIATION_CLOSED, caseId, outcome);
        // the mediation case is withdrawn in writing, and the parties told they may sue
        documents.issueWithdrawalDecision(caseId, "MEDIATION_" + outcome, null, null, actor);
    }

}
