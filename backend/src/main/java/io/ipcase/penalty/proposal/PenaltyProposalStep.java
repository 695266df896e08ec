package io.ipcase.penalty.proposal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.PartyKind;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.PenaltyAudit;
import io.ipcase.penalty.PenaltyCase;
import io.ipcase.penalty.PenaltySettings;
import io.ipcase.penalty.PenaltyStepLog;
import io.ipcase.penalty.investigation.Investigation;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The proposed penalty (拟作出的行政处罚): order to correct with public announcement,
 * confiscation of the illegal gains, and a fine no higher than the statutory ceiling
 * (Patent Law art. 68) and within the office's band for its level of seriousness. After
 * the party has stated, defended or been heard, a heavier penalty needs new facts (Admin.
 * Penalty Law art. 45). A fine or confiscation from the hearing threshold (a setting)
 * gives the party the right to a hearing (art. 63). A rich step: its form shows the
 * ceiling and the band from the DMN tables as the officer types the fine.
 */
@Step("penalty-proposal")
class PenaltyProposalStep implements TaskStep<PenaltyProposalStep.Values> {

    /**
     * @param correction the correction ordered (CNIPA 2015 Measures art. 45), announced
     * publicly
     * @param confiscateSeized whether the decision confiscates the items sealed or seized
     * @param complexOrMajor a complex case or a major violation (Admin. Penalty Law art.
     * 57 ¶2)
     * @param newFacts what was newly found, where the fine is heavier than one already
     * noticed
     */
    record Values(
            @NotNull(message = "{penalty.proposal.fine.required}") @PositiveOrZero(
                    message = "{penalty.proposal.fine.invalid}") @Digits(integer = 12, fraction = 2,
                            message = "{penalty.proposal.fine.invalid}") BigDecimal fine,
            @NotNull(message = "{penalty.proposal.level.required}") DiscretionLevel discretionLevel,
            @NotBlank(message = "{penalty.proposal.correction.required}") @Size(max = 2000,
                    message = "{field.too-long}") String correction,
            Boolean confiscateSeized, Boolean complexOrMajor,
            @Size(max = 2000, message = "{field.too-long}") String newFacts) {
    }

    private final JdbcClient jdbc;

    private final PenaltyStepLog log;

    private final PenaltyCeilings ceilings;

    private final PenaltyProposals proposals;

    private final Investigation investigation;

    private final PenaltySettings settings;

    private final AuditTrail audit;

    private final Clock clock;

    PenaltyProposalStep(JdbcClient jdbc, PenaltyStepLog log, PenaltyCeilings ceilings, PenaltyProposals proposals,
            Investigation investigation, PenaltySettings settings, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.log = log;
        this.ceilings = ceilings;
        this.proposals = proposals;
        this.investigation = investigation;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values v) {
        PenaltyCase pc = log.byHandler(step);
        BigDecimal gains = investigation.totalGains(pc.caseId());
        PenaltyCeilings.Quote quote = ceilings.quote(gains, v.discretionLevel());
        List<Violation> violations = new ArrayList<>();
        if (v.fine().compareTo(quote.ceiling()) > 0) {
            violations.add(Violation.keyed("fine", "penalty.proposal.fine.over-ceiling",
                    quote.ceiling().toPlainString(), gains.toPlainString()));
        }
        else if (v.fine().compareTo(quote.rangeMin()) < 0 || v.fine().compareTo(quote.rangeMax()) > 0) {
            violations.add(Violation.keyed("fine", "penalty.proposal.fine.outside-range",
                    quote.rangeMin().toPlainString(), quote.rangeMax().toPlainString()));
        }
        Optional<PenaltyProposals.Proposal> earlier = proposals.latest(pc.caseId());
        boolean heard = earlier.isPresent() && partyDefended(earlier.get().id());
        String newFacts = PenaltyStepLog.text(v.newFacts());
        if (heard && v.fine().compareTo(earlier.get().fine()) > 0 && newFacts == null) {
            violations.add(Violation.keyed("fine", "penalty.proposal.fine.heavier-after-defence",
                    earlier.get().fine().toPlainString()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        BigDecimal threshold = pc.partyKind() == PartyKind.PERSON ? settings.hearingThresholdPerson()
                : settings.hearingThresholdOrganisation();
        boolean hearingRight = v.fine().compareTo(threshold) >= 0 || gains.compareTo(threshold) >= 0;
        boolean heavy = v.discretionLevel() == DiscretionLevel.HEAVY || Boolean.TRUE.equals(v.complexOrMajor());
        jdbc.sql("""
                insert into penalty_proposals (case_id, fine, discretion_level, ceiling, range_min, range_max,
                    illegal_gains, confiscated_gains, correction, confiscate_seized, complex_or_major, heavy,
                    hearing_right, new_facts, proposed_by, proposed_at)
                values (:c, :fine, :level, :ceiling, :min, :max, :gains, :gains, :correction, :seized, :complex,
                    :heavy, :hearing, :facts, :by, :at)""")
            .param("c", pc.caseId())
            .param("fine", v.fine().setScale(2))
            .param("level", v.discretionLevel().name())
            .param("ceiling", quote.ceiling())
            .param("min", quote.rangeMin())
            .param("max", quote.rangeMax())
            .param("gains", gains)
            .param("correction", v.correction().strip())
            .param("seized", Boolean.TRUE.equals(v.confiscateSeized()))
            .param("complex", Boolean.TRUE.equals(v.complexOrMajor()))
            .param("heavy", heavy)
            .param("hearing", hearingRight)
            .param("facts", newFacts)
            .param("by", step.username())
            .param("at", OffsetDateTime.now(clock))
            .update();
        audit.record(step.username(), PenaltyAudit.PENALTY_PROPOSED, pc.caseId(),
                v.fine().toPlainString() + " " + v.discretionLevel() + (hearingRight ? " HEARING_RIGHT" : ""));
        return Map.of("heavyCase", heavy, "statementMade", false);
    }

    private boolean partyDefended(long proposalId) {
        return jdbc.sql("""
                select (select count(*) from penalty_responses where proposal_id = :p and kind = 'STATEMENT')
                     + (select count(*) from penalty_hearings where proposal_id = :p and outcome = 'HELD')""")
            .param("p", proposalId)
            .query(Integer.class)
            .single() > 0;
    }

}
