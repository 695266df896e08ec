package io.ipcase.penalty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.ipcase.audit.AuditTrail;
import io.ipcase.inbox.InboxTask;
import io.ipcase.inbox.TaskForm;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The review of what the party stated, defended or said at the hearing (Admin. Penalty Law art. 45,
 * 65): the proposal stands, is lightened, or, on new facts, goes out again in a fresh notice. It is
 * never made heavier here: the party's defence cannot cost it more.
 */
@Component("penaltyStatementReviewForm")
class StatementReviewForm implements TaskForm<StatementReviewForm.Values> {

    private final JdbcClient jdbc;
    private final PenaltyCases cases;
    private final PenaltyDecisions decisions;
    private final AuditTrail audit;

    StatementReviewForm(JdbcClient jdbc, PenaltyCases cases, PenaltyDecisions decisions, AuditTrail audit) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.decisions = decisions;
        this.audit = audit;
    }

    @Override
    public String formKey() {
        return "penalty-statement-review";
    }

    @Override
    public Class<Values> valuesType() {
        return Values.class;
    }

    @Override
    public Map<String, Object> submit(AppUser user, InboxTask task, Values v) {
        PenaltyCase pc = cases.get(task.caseId());
        if (!pc.isHandler(user.getUsername())) {
            throw new ConflictException("problem.penalty.not-a-handler");
        }
        PenaltyDecisions.Proposal p = decisions.latestProposal(pc.caseId()).orElseThrow();
        List<Violation> violations = new ArrayList<>();
        if (v.outcome() == Outcome.REDUCED) {
            if (v.reducedFine() == null || v.reducedFine().signum() < 0 || v.reducedFine().scale() > 2) {
                violations.add(Violation.keyed("reducedFine", "penalty.proposal.fine.invalid"));
            } else if (v.reducedFine().compareTo(p.fine()) >= 0) {
                violations.add(Violation.keyed("reducedFine", "penalty.statement-review.fine.not-lower", p.fine().toPlainString()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (v.outcome() == Outcome.REDUCED) {
            jdbc.sql("update penalty_proposals set fine = :fine where id = :id")
                .param("fine", v.reducedFine().setScale(2)).param("id", p.id()).update();
        }
        jdbc.sql("""
                insert into penalty_steps (case_id, step, outcome, comments, decided_by, decided_at)
                values (:c, 'penalty-statement-review', :o, :comments, :by, current_timestamp)""")
            .param("c", pc.caseId()).param("o", v.outcome().name()).param("comments", v.reasons().strip())
            .param("by", user.getUsername()).update();
        audit.record(user.getUsername(), PenaltyAudit.STEP_DECIDED, pc.caseId(), "penalty-statement-review "
            + v.outcome() + (v.outcome() == Outcome.REDUCED ? " " + v.reducedFine().toPlainString() : ""));
        return Map.of("reviewOutcome", v.outcome().name());
    }

    enum Outcome { MAINTAINED, REDUCED, RENOTICE }

    /**
     * @param reasons what was put forward and why it is accepted or not; for a fresh notice, the new facts
     */
    record Values(
        @NotNull(message = "{penalty.step.outcome.required}") Outcome outcome,
        BigDecimal reducedFine,
        @NotBlank(message = "{penalty.statement-review.reasons.required}") @Size(max = 5000, message = "{field.too-long}") String reasons) {
    }
}
