package io.ipcase.adjudication.withdrawal;

import static io.ipcase.adjudication.casework.AdjudicationMessages.REQUEST_WITHDRAWN;
import static io.ipcase.adjudication.casework.AdjudicationMessages.WITHDRAWAL_REQUESTED;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.casework.CaseSteps;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.engine.Procedure;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Withdrawal at any stage (Order 81 art. 36): before acceptance the requester simply
 * withdraws the request; afterwards the panel decides ({@link WithdrawalDecisionStep}) on
 * the requester's withdrawal, on the respondent's time-bar defence (art. 19 ¶3: only the
 * respondent raises it, in the portal or before the panel, who records it), or on another
 * ground, and a withdrawal decision (撤销案件决定书) closes the case
 * ({@link WithdrawalClosing}).
 */
@Service
class Withdrawals {

    private final CaseSteps steps;

    private final Procedure procedure;

    private final CaseClocks clocks;

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final Clock clock;

    Withdrawals(CaseSteps steps, Procedure procedure, CaseClocks clocks, JdbcClient jdbc, AuditTrail audit,
            Clock clock) {
        this.steps = steps;
        this.procedure = procedure;
        this.clocks = clocks;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    record Request(WithdrawalGround ground, @NotBlank(message = "{withdrawal.details.required}") @Size(max = 5000,
            message = "{field.too-long}") String details) {
    }

    @Transactional
    public void request(AppUser user, UUID caseId, Request request) {
        CaseRecord c = steps.adjudication(user, caseId);
        WithdrawalGround ground;
        if (user.isStaff()) {
            steps.panel(user, c);
            if (request.ground() == null || request.ground() == WithdrawalGround.REQUESTER_WITHDRAWS) {
                throw InvalidInputException.of("ground", "withdrawal.ground.required");
            }
            ground = request.ground();
        }
        else if (request.ground() == WithdrawalGround.TIME_BARRED) {
            // Order 81 art. 19 ¶3: the respondent raises the 3-year limit after
            // acceptance
            steps.respondent(user, c);
            ground = WithdrawalGround.TIME_BARRED;
        }
        else {
            steps.requester(user, c);
            ground = WithdrawalGround.REQUESTER_WITHDRAWS;
        }
        if (procedure.awaits(caseId, REQUEST_WITHDRAWN)) {
            if (ground == WithdrawalGround.REQUESTER_WITHDRAWS) {
                closeClocks(caseId, user.getUsername());
                audit.record(user.getUsername(), AdjudicationActions.WITHDRAWAL_REQUESTED, caseId, ground.name());
                procedure.tell(caseId, REQUEST_WITHDRAWN, Map.of(), "problem.not-in-handling");
                return;
            }
            throw new ConflictException("problem.not-in-handling");
        }
        if (jdbc.sql("select count(*) from withdrawal_requests where case_id = :id and decision is null")
            .param("id", caseId)
            .query(Integer.class)
            .single() > 0) {
            throw new ConflictException("problem.withdrawal-pending");
        }
        if (!procedure.awaits(caseId, WITHDRAWAL_REQUESTED)) {
            throw new ConflictException("problem.not-in-handling");
        }
        jdbc.sql("""
                insert into withdrawal_requests (case_id, ground, details, requested_by, requested_at)
                values (:id, :ground, :details, :by, :at)""")
            .param("id", caseId)
            .param("ground", ground.name())
            .param("details", request.details().strip())
            .param("by", user.getUsername())
            .param("at", OffsetDateTime.now(clock))
            .update();
        audit.record(user.getUsername(), AdjudicationActions.WITHDRAWAL_REQUESTED, caseId, ground.name());
        procedure.tell(caseId, WITHDRAWAL_REQUESTED, Map.of("withdrawalGround", ground.name()),
                "problem.not-in-handling");
    }

    /** Every clock of the case still running stops when the case closes. */
    void closeClocks(UUID caseId, String actor) {
        clocks.stopAll(caseId, actor);
    }

}
