package io.ipcase.adjudication.withdrawal;

import java.util.UUID;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.audit.AuditTrail;
import io.ipcase.engine.Procedure;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Order 81 art. 30: a mediation agreement closes the case; its clocks stop. */
@Component("settlementClosing")
class SettlementClosing implements JavaDelegate {

    private final Withdrawals withdrawals;

    private final AuditTrail audit;

    SettlementClosing(Withdrawals withdrawals, AuditTrail audit) {
        this.withdrawals = withdrawals;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString(execution.getProcessBusinessKey());
        String actor = Procedure.actor(execution);
        withdrawals.closeClocks(caseId, actor);
        audit.record(actor, AdjudicationActions.CASE_SETTLED, caseId, null);
    }

}
