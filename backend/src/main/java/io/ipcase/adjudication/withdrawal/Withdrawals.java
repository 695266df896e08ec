package io.ipcase.adjudication;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.inbox.InboxTask;
import io.ipcase.inbox.TaskForm;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import io.ipcase.engine.Procedure;

/**
 * Withdrawal at any stage (Order 81 art. 36): before acceptance the requester simply withdraws the
 * request; afterwards the panel decides on the requester's withdrawal or on another ground, and a
 * withdrawal decision (撤销案件决定书) closes the case.
 */
@Service
class Withdrawals {

    /** Order 81 art. 36 (and art. 9, 19, 26 ¶2, 36 ¶2, which lead to it). */
    enum Ground {
        REQUESTER_WITHDRAWS, INADMISSIBLE, REQUESTER_GONE, RESPONDENT_GONE, TIME_BARRED, CLAIMS_UNCLEAR,
        REQUESTER_ABSENT, TRANSFERRED, OTHER
    }

    private final CaseSteps steps;
    private final Procedure procedure;
    private final CaseClocks clocks;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Withdrawals(CaseSteps steps, Procedure procedure, CaseClocks clocks, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.steps = steps;
        this.procedure = procedure;
        this.clocks = clocks;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    record Request(Ground ground,
                   @NotBlank(message = "{withdrawal.details.required}") @Size(max = 5000, message = "{field.too-long}") String details) {
    }

    @Transactional
    public void request(AppUser user, UUID caseId, Request request) {
        CaseRecord c = steps.adjudication(user, caseId);
        Ground ground;
        if (user.isStaff()) {
            steps.panel(user, c);
            if (request.ground() == null || request.ground() == Ground.REQUESTER_WITHDRAWS) {
                throw InvalidInputException.of("ground", "withdrawal.ground.required");
            }
            ground = request.ground();
        } else {
            steps.requester(user, c);
            ground = Ground.REQUESTER_WITHDRAWS;
        }
        if (procedure.awaits(caseId, "RequestWithdrawn")) {
            if (!user.isStaff()) {
                closeClocks(caseId, user.getUsername());
                audit.record(user.getUsername(), AdjudicationActions.WITHDRAWAL_REQUESTED, caseId, ground.name());
                procedure.tell(caseId, "RequestWithdrawn", Map.of(), "problem.not-in-handling");
                return;
            }
            throw new ConflictException("problem.not-in-handling");
        }
        if (jdbc.sql("select count(*) from withdrawal_requests where case_id = :id and decision is null")
            .param("id", caseId).query(Integer.class).single() > 0) {
            throw new ConflictException("problem.withdrawal-pending");
        }
        if (!procedure.awaits(caseId, "WithdrawalRequested")) {
            throw new ConflictException("problem.not-in-handling");
        }
        jdbc.sql("""
                insert into withdrawal_requests (case_id, ground, details, requested_by, requested_at)
                values (:id, :ground, :details, :by, :at)""")
            .param("id", caseId).param("ground", ground.name()).param("details", request.details().strip())
            .param("by", user.getUsername()).param("at", OffsetDateTime.now(clock)).update();
        audit.record(user.getUsername(), AdjudicationActions.WITHDRAWAL_REQUESTED, caseId, ground.name());
        procedure.tell(caseId, "WithdrawalRequested", Map.of("withdrawalGround", ground.name()), "problem.not-in-handling");
    }

    /** Every clock of the case still running stops when the case closes. */
    void closeClocks(UUID caseId, String actor) {
        clocks.stopAll(caseId, actor);
    }

    enum Decision { WITHDRAW, CONTINUE }

    record DecisionForm(@NotNull(message = "{decision.required}") Decision decision,
                        @NotBlank(message = "{reasons.required}") @Size(max = 5000, message = "{field.too-long}") String reasons) {
    }

    @Component
    static class DecisionTask implements TaskForm<DecisionForm> {

        private final JdbcClient jdbc;
        private final AuditTrail audit;
        private final Clock clock;

        DecisionTask(JdbcClient jdbc, AuditTrail audit, Clock clock) {
            this.jdbc = jdbc;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "withdrawal-decision";
        }

        @Override
        public Class<DecisionForm> valuesType() {
            return DecisionForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, DecisionForm form) {
            jdbc.sql("""
                    update withdrawal_requests set decision = :d, reasons = :r, decided_by = :by, decided_at = :at
                    where case_id = :id and decision is null""")
                .param("d", form.decision().name()).param("r", form.reasons().strip()).param("by", user.getUsername())
                .param("at", OffsetDateTime.now(clock)).param("id", task.caseId()).update();
            audit.record(user.getUsername(), AdjudicationActions.WITHDRAWAL_DECIDED, task.caseId(), form.decision().name());
            return Map.of("withdrawalDecision", form.decision().name());
        }
    }

    /**
     * The case leaves the procedure by withdrawal: its clocks stop, the decision is recorded and the
     * withdrawal decision (撤销案件决定书) goes to every party (art. 30, 36).
     */
    @Component("withdrawalClosing")
    static class Closing implements JavaDelegate {

        private final Withdrawals withdrawals;
        private final AuditTrail audit;
        private final AdjudicationDocuments documents;
        private final JdbcClient jdbc;

        Closing(Withdrawals withdrawals, AuditTrail audit, AdjudicationDocuments documents, JdbcClient jdbc) {
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
            if (Ground.TRANSFERRED.name().equals(ground)) {
                Map<String, String> objection = jdbc.sql("""
                        select transfer_to, reasons from jurisdiction_objections
                        where case_id = :id and decision = 'TRANSFER' order by id desc limit 1""")
                    .param("id", caseId)
                    .query((rs, i) -> Map.of("to", rs.getString("transfer_to"), "reasons", rs.getString("reasons")))
                    .single();
                transferTo = objection.get("to");
                reasons = objection.get("reasons");
            } else if (!Ground.REQUESTER_ABSENT.name().equals(ground)) {
                reasons = jdbc.sql("""
                        select reasons from withdrawal_requests
                        where case_id = :id and decision = 'WITHDRAW' order by id desc limit 1""")
                    .param("id", caseId).query(String.class).optional().orElse(null);
            }
            documents.issueWithdrawalDecision(caseId, ground == null ? Ground.OTHER.name() : ground, reasons, transferTo,
                actor);
        }
    }

    /** Order 81 art. 30: a mediation agreement closes the case. */
    @Component("settlementClosing")
    static class Settlement implements JavaDelegate {

        private final Withdrawals withdrawals;
        private final AuditTrail audit;

        Settlement(Withdrawals withdrawals, AuditTrail audit) {
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
}
