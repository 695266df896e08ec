package io.ipcase.penalty.notice;

import java.math.BigDecimal;
import java.util.Map;

import io.ipcase.inbox.steps.ShownWhen;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.StepDescription;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.PenaltyCase;
import io.ipcase.penalty.PenaltyStepLog;
import io.ipcase.penalty.PenaltyStepLog.Entry;
import io.ipcase.penalty.proposal.PenaltyProposals;
import io.ipcase.web.InvalidInputException;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review of what the party stated, defended or said at the hearing (Admin. Penalty
 * Law art. 45, 65): the proposal stands, is lightened, or, on new facts, goes out again
 * in a fresh notice. It is never made heavier here: the party's defence cannot cost it
 * more.
 */
@Step("penalty-statement-review")
class PenaltyStatementReviewStep implements TaskStep<PenaltyStatementReviewStep.Values> {

    enum Outcome {

        MAINTAINED, REDUCED, RENOTICE

    }

    /**
     * @param reasons what was put forward and why it is accepted or not; for a fresh
     * notice, the new facts
     */
    record Values(@NotNull(message = "{penalty.step.outcome.required}") Outcome outcome,
            @ShownWhen(field = "outcome", is = "REDUCED") @NotNull(
                    message = "{penalty.proposal.fine.invalid}") @PositiveOrZero(
                            message = "{penalty.proposal.fine.invalid}") @Digits(integer = 12, fraction = 2,
                                    message = "{penalty.proposal.fine.invalid}") BigDecimal reducedFine,
            @NotBlank(message = "{penalty.statement-review.reasons.required}") @Size(max = 5000,
                    message = "{field.too-long}") String reasons) {
    }

    private static final String NOT_LOWER = "penalty.statement-review.fine.not-lower";

    private final JdbcClient jdbc;

    private final PenaltyStepLog log;

    private final PenaltyProposals proposals;

    private final MessageSource messages;

    PenaltyStatementReviewStep(JdbcClient jdbc, PenaltyStepLog log, PenaltyProposals proposals,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.log = log;
        this.proposals = proposals;
        this.messages = messages;
    }

    /** The fine noticed, which a lighter one must stay below. */
    @Override
    public StepDescription describe(StepContext step, StepDescription form) {
        return proposals.latest(step.caseId())
            .map(p -> form.withField("reducedFine",
                    field -> field.withHint(messages.getMessage(NOT_LOWER, new Object[] { p.fine().toPlainString() },
                            LocaleContextHolder.getLocale()))))
            .orElse(form);
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values v) {
        PenaltyCase pc = log.byHandler(step);
        PenaltyProposals.Proposal p = proposals.latest(pc.caseId()).orElseThrow();
        Entry entry = Entry.of(v.outcome()).withComments(v.reasons());
        if (v.outcome() == Outcome.REDUCED) {
            if (v.reducedFine().compareTo(p.fine()) >= 0) {
                throw InvalidInputException.of("reducedFine", NOT_LOWER, p.fine().toPlainString());
            }
            jdbc.sql("update penalty_proposals set fine = :fine where id = :id")
                .param("fine", v.reducedFine().setScale(2))
                .param("id", p.id())
                .update();
            entry = entry.noting(v.reducedFine().toPlainString());
        }
        log.record(step, entry);
        return Map.of("reviewOutcome", v.outcome().name());
    }

}
