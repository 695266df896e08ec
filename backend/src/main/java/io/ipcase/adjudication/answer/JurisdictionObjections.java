package io.ipcase.adjudication;

import static io.ipcase.adjudication.AdjudicationPeriods.CASE_PERIOD;
import static io.ipcase.adjudication.AdjudicationPeriods.JURISDICTION;
import static io.ipcase.adjudication.AdjudicationPeriods.JURISDICTION_PERIOD;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockState;
import io.ipcase.deadlines.ClockView;
import io.ipcase.inbox.InboxTask;
import io.ipcase.inbox.TaskForm;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import io.ipcase.engine.Procedure;

/**
 * Order 81 art. 9: the respondent may object to the department's jurisdiction within the answer
 * period; the department decides within 5 working days, transferring the case or rejecting the
 * objection. The time it takes does not count toward the case period (art. 37 ¶2).
 */
@Service
class JurisdictionObjections {

    static final String MESSAGE = "JurisdictionObjectionRaised";

    private final CaseSteps steps;
    private final Answers answers;
    private final CaseClocks clocks;
    private final Procedure procedure;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    JurisdictionObjections(CaseSteps steps, Answers answers, CaseClocks clocks, Procedure procedure, JdbcClient jdbc,
                           AuditTrail audit, Clock clock) {
        this.steps = steps;
        this.answers = answers;
        this.clocks = clocks;
        this.procedure = procedure;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    record Objection(@NotBlank(message = "{objection.grounds.required}") @Size(max = 5000, message = "{field.too-long}") String grounds) {
    }

    @Transactional
    public void raise(AppUser user, UUID caseId, Objection objection) {
        CaseRecord c = steps.adjudication(user, caseId);
        steps.respondent(user, c);
        if (!answers.withinAnswerPeriod(caseId)) {
            throw new ConflictException("problem.objection-period-over");
        }
        if (open(caseId)) {
            throw new ConflictException("problem.objection-pending");
        }
        boolean pause = clocks.find(caseId, CASE_PERIOD).map(p -> p.state() == ClockState.RUNNING).orElse(false);
        jdbc.sql("""
                insert into jurisdiction_objections (case_id, raised_by, raised_at, grounds, paused_case_period)
                values (:id, :by, :at, :grounds, :paused)""")
            .param("id", caseId).param("by", user.getUsername()).param("at", OffsetDateTime.now(clock))
            .param("grounds", objection.grounds().strip()).param("paused", pause).update();
        audit.record(user.getUsername(), AdjudicationActions.JURISDICTION_OBJECTION_RAISED, caseId, null);
        ClockView decision = clocks.start(caseId, JURISDICTION, JURISDICTION_PERIOD, LocalDate.now(clock), user.getUsername());
        procedure.tell(caseId, MESSAGE, Map.of("jurisdictionDecisionDueAt", decision.deadline().dueDate()),
            "problem.objection-period-over");
        if (pause) {
            clocks.pause(caseId, CASE_PERIOD, "JURISDICTION_OBJECTION", user.getUsername());
        }
    }

    boolean open(UUID caseId) {
        return jdbc.sql("select count(*) from jurisdiction_objections where case_id = :id and decision is null")
            .param("id", caseId).query(Integer.class).single() > 0;
    }

    enum Decision { REJECT, TRANSFER }

    record DecisionForm(@NotNull(message = "{decision.required}") Decision decision,
                        @Size(max = 200, message = "{field.too-long}") String transferTo,
                        @NotBlank(message = "{reasons.required}") @Size(max = 5000, message = "{field.too-long}") String reasons) {
    }

    @Component
    static class DecisionTask implements TaskForm<DecisionForm> {

        private final JdbcClient jdbc;
        private final CaseClocks clocks;
        private final CaseSteps steps;
        private final AuditTrail audit;
        private final Clock clock;

        DecisionTask(JdbcClient jdbc, CaseClocks clocks, CaseSteps steps, AuditTrail audit, Clock clock) {
            this.jdbc = jdbc;
            this.clocks = clocks;
            this.steps = steps;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "jurisdiction-objection-decision";
        }

        @Override
        public Class<DecisionForm> valuesType() {
            return DecisionForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, DecisionForm form) {
            if (form.decision() == Decision.TRANSFER && (form.transferTo() == null || form.transferTo().isBlank())) {
                throw InvalidInputException.of("transferTo", "objection.transfer-to.required");
            }
            boolean paused = jdbc.sql("""
                    select paused_case_period from jurisdiction_objections where case_id = :id and decision is null""")
                .param("id", task.caseId()).query(Boolean.class).optional().orElse(false);
            jdbc.sql("""
                    update jurisdiction_objections set decision = :d, transfer_to = :to, reasons = :r, decided_by = :by,
                        decided_at = :at where case_id = :id and decision is null""")
                .param("d", form.decision().name()).param("to", form.transferTo()).param("r", form.reasons().strip())
                .param("by", user.getUsername()).param("at", OffsetDateTime.now(clock)).param("id", task.caseId())
                .update();
            clocks.stop(task.caseId(), JURISDICTION, user.getUsername());
            if (paused && !steps.suspended(task.caseId())) {
                clocks.resume(task.caseId(), CASE_PERIOD, user.getUsername());
            }
            audit.record(user.getUsername(), AdjudicationActions.JURISDICTION_OBJECTION_DECIDED, task.caseId(),
                form.decision().name());
            Map<String, Object> variables = new HashMap<>();
            variables.put("jurisdictionDecision", form.decision().name());
            if (form.decision() == Decision.TRANSFER) {
                // art. 9: outside its jurisdiction, the department withdraws the case and passes it on
                variables.put("withdrawalGround", Withdrawals.Ground.TRANSFERRED.name());
            }
            return variables;
        }
    }
}
