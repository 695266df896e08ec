package io.ipcase.adjudication.withdrawal;

import java.util.Map;
import java.util.UUID;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.AdjudicationDocuments;
import io.ipcase.audit.AuditTrail;
import io.ipcase.engine.Procedure;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case leaves the procedure by withdrawal: its clocks stop, the decision is recorded
 * and the withdrawal decision (撤销案件决定书) goes to every party (Order 81 art. 30, 36),
 * naming where a transferred case goes (art. 9).
 */
@Component("withdrawalClosing")
class WithdrawalClosing implements JavaDelegate {

    private final Withdrawals withdrawals;

    private final AuditTrail audit;

    private final AdjudicationDocuments documents;

    private final JdbcClient jdbc;

    WithdrawalClosing(Withdrawals withdrawals, AuditTrail audit, AdjudicationDocuments documents, JdbcClient jdbc) {
        this.withdrawals = withdrawals;
        this.audit = audit;
        this.documents = documents;
        this.jdbc = jdbc;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString(execution.getProcessBusinessKey());
        String actor = Procedure.actor(execution);
        String ground = (String) execution.getVariable("withdrawalGround");
        withdrawals.closeClocks(caseId, actor);
        audit.record(actor, AdjudicationActions.CASE_WITHDRAWN, caseId, ground);
        String reasons = null;
        String transferTo = null;
        if (WithdrawalGround.TRANSFERRED.name().equals(ground)) {
            Map<String, String> objection = jdbc.sql("""
                    select transfer_to, reasons from jurisdiction_objections
                    where case_id = :id and decision = 'TRANSFER' order by id desc limit 1""")
                .param("id", caseId)
                .query((rs, i) -> Map.of("to", rs.getString("transfer_to"), "reasons", rs.getString("reasons")))
                .single();
            transferTo = objection.get("to");
            reasons = objection.get("reasons");
        }
        else if (!WithdrawalGround.REQUESTER_ABSENT.name().equals(ground)) {
            reasons = jdbc.sql("""
                    select reasons from withdrawal_requests
                    where case_id = :id and decision = 'WITHDRAW' order by id desc limit 1""")
                .param("id", caseId)
                .query(String.class)
                .optional()
                .orElse(null);
        }
        documents.issueWithdrawalDecision(caseId, ground == null ? WithdrawalGround.OTHER.name() : ground, reasons,
                transferTo, actor);
    }

}
