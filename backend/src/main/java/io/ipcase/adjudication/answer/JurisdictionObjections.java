package io.ipcase.adjudication.answer;

import static io.ipcase.adjudication.AdjudicationPeriods.CASE_PERIOD;
import static io.ipcase.adjudication.AdjudicationPeriods.JURISDICTION;
import static io.ipcase.adjudication.AdjudicationPeriods.JURISDICTION_PERIOD;
import static io.ipcase.adjudication.casework.AdjudicationMessages.JURISDICTION_OBJECTION_RAISED;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.casework.CaseSteps;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockState;
import io.ipcase.deadlines.ClockView;
import io.ipcase.engine.Procedure;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Order 81 art. 9: the respondent may object to the department's jurisdiction within the
 * answer period; the department decides within 5 working days
 * ({@link JurisdictionObjectionDecisionStep}), transferring the case or rejecting the
 * objection. The time it takes does not count toward the case period (art. 37 ¶2).
 */
@Service
class JurisdictionObjections {

    private final CaseSteps steps;

    private final CaseClocks clocks;

    private final Procedure procedure;

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final Clock clock;

    JurisdictionObjections(CaseSteps steps, CaseClocks clocks, Procedure procedure, JdbcClient jdbc, AuditTrail audit,
            Clock clock) {
        this.steps = steps;
        this.clocks = clocks;
        this.procedure = procedure;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    record Objection(@NotBlank(message = "{objection.grounds.required}") @Size(max = 5000,
            message = "{field.too-long}") String grounds) {
    }

    @Transactional
    public void raise(AppUser user, UUID caseId, Objection objection) {
        CaseRecord c = steps.adjudication(user, caseId);
        steps.respondent(user, c);
        if (!steps.withinAnswerPeriod(caseId)) {
            throw new ConflictException("problem.objection-period-over");
        }
        if (jdbc.sql("select count(*) from jurisdiction_objections where case_id = :id and decision is null")
            .param("id", caseId)
            .query(Integer.class)
            .single() > 0) {
            throw new ConflictException("problem.objection-pending");
        }
        boolean pause = clocks.find(caseId, CASE_PERIOD).map(p -> p.state() == ClockState.RUNNING).orElse(false);
        jdbc.sql("""
                insert into jurisdiction_objections (case_id, raised_by, raised_at, grounds, paused_case_period)
                values (:id, :by, :at, :grounds, :paused)""")
            .param("id", caseId)
            .param("by", user.getUsername())
            .param("at", OffsetDateTime.now(clock))
            .param("grounds", objection.grounds().strip())
            .param("paused", pause)
            .update();
        audit.record(user.getUsername(), AdjudicationActions.JURISDICTION_OBJECTION_RAISED, caseId, null);
        ClockView decision = clocks.start(caseId, JURISDICTION, JURISDICTION_PERIOD, LocalDate.now(clock),
                user.getUsername());
        procedure.tell(caseId, JURISDICTION_OBJECTION_RAISED,
                Map.of("jurisdictionDecisionDueAt", decision.deadline().dueDate()), "problem.objection-period-over");
        if (pause) {
            clocks.pause(caseId, CASE_PERIOD, "JURISDICTION_OBJECTION", user.getUsername());
        }
    }

}
