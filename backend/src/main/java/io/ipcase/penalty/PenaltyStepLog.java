package io.ipcase.penalty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.ipcase.audit.AuditTrail;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What every step of the penalty, seizure and referral models shares: the case it is
 * taken on, who may take it beyond the task's candidates, and its row in the case's
 * record of steps (办理记录) with its audit record, in the transaction that completes the
 * task.
 */
@Service
public class PenaltyStepLog {

    private final PenaltyCases cases;

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final Clock clock;

    PenaltyStepLog(PenaltyCases cases, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The step's case, for a step whoever the task is offered to may take (approvals,
     * recorded outcomes).
     */
    public PenaltyCase caseOf(StepContext step) {
        return cases.get(step.caseId());
    }

    /**
     * The step's case, for a step only the case's handlers take: anyone else is told so
     * (409).
     */
    public PenaltyCase byHandler(StepContext step) {
        PenaltyCase pc = caseOf(step);
        if (!pc.isHandler(step.username())) {
            throw new ConflictException("problem.penalty.not-a-handler");
        }
        return pc;
    }

    /**
     * The step's case, for a step taken by someone who did not investigate the case
     * (Admin. Penalty Law art. 58: the legal review); a handler is refused on the
     * outcome.
     */
    public PenaltyCase notByHandler(StepContext step) {
        PenaltyCase pc = caseOf(step);
        if (pc.isHandler(step.username())) {
            throw InvalidInputException.of("outcome", "penalty.step.not-by-handler");
        }
        return pc;
    }

    /** The step as taken: its row in the case's steps, and its audit record. */
    public void record(StepContext step, Entry entry) {
        String formKey = step.task().formKey();
        jdbc.sql(
                """
                        insert into penalty_steps (case_id, step, outcome, occurred_on, reference, comments, decided_by, decided_at)
                        values (:case, :step, :outcome, :on, :ref, :comments, :by, :at)""")
            .param("case", step.caseId())
            .param("step", formKey)
            .param("outcome", entry.outcome())
            .param("on", entry.occurredOn())
            .param("ref", entry.reference())
            .param("comments", entry.comments())
            .param("by", step.username())
            .param("at", OffsetDateTime.now(clock))
            .update();
        audit.record(step.username(), PenaltyAudit.STEP_DECIDED, step.caseId(),
                formKey + (entry.outcome() == null ? "" : " " + entry.outcome())
                        + (entry.auditNote() == null ? "" : " " + entry.auditNote()));
    }

    /** Text as a step records it: stripped, and none when blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * A step's row in the case's record: which way it went, the day it happened, a
     * reference (a letter's number, a court, a web address; how a document was served)
     * and comments, each possibly none; and what its audit record adds to the outcome.
     */
    public record Entry(String outcome, LocalDate occurredOn, String reference, String comments, String auditNote) {

        /** A step that went one way. */
        public static Entry of(Enum<?> outcome) {
            return new Entry(outcome.name(), null, null, null, null);
        }

        /** A step without an outcome: it was done. */
        public static Entry done() {
            return new Entry(null, null, null, null, null);
        }

        public Entry on(LocalDate day) {
            return new Entry(outcome, day, reference, comments, auditNote);
        }

        public Entry withReference(String value) {
            return new Entry(outcome, occurredOn, text(value), comments, auditNote);
        }

        public Entry withComments(String value) {
            return new Entry(outcome, occurredOn, reference, text(value), auditNote);
        }

        public Entry noting(String note) {
            return new Entry(outcome, occurredOn, reference, comments, note);
        }
    }

}
