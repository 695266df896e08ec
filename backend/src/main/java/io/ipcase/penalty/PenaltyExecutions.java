package io.ipcase.penalty;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * What the beans the counterfeit-penalty models call read from an execution: its case,
 * and who acts.
 */
public final class PenaltyExecutions {

    private PenaltyExecutions() {
    }

    public static UUID caseOf(DelegateExecution execution) {
        return UUID.fromString(execution.getProcessBusinessKey());
    }

    public static String actor(DelegateExecution execution) {
        Authentication who = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return who == null ? "system" : who.getUserId();
    }

}
