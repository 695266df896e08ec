package io.ipcase.penalty.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyExecutions;
import io.ipcase.penalty.investigation.Investigation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Called as the referral to the police starts (counterfeit-police-referral, start
 * listener): the investigation report is the written report, and the head has 3 days from
 * it to approve or refuse the referral (State Council regulation on referring suspected
 * crimes, art. 5).
 */
@Component("referralPeriods")
public class ReferralPeriods {

    private final PenaltyClocks clocks;

    private final Investigation investigation;

    private final Clock clock;

    ReferralPeriods(PenaltyClocks clocks, Investigation investigation, Clock clock) {
        this.clocks = clocks;
        this.investigation = investigation;
        this.clock = clock;
    }

    public void reportMade(DelegateExecution execution) {
        UUID caseId = PenaltyExecutions.caseOf(execution);
        investigation.crimeSuspected(caseId, (String) execution.getVariable("crimeGround"));
        execution.setVariable("referralApprovalDueAt",
                clocks
                    .startReferralStep(caseId, PenaltyClocks.REFERRAL_APPROVAL, LocalDate.now(clock),
                            PenaltyExecutions.actor(execution))
                    .deadline()
                    .dueDate());
    }

}
