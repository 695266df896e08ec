package io.ipcase.penalty;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans the counterfeit-penalty models call: thin adapters over the penalty services. */
@Configuration(proxyBeanMethods = false)
class PenaltyDelegates {

    /** ServiceTask_IssuePenaltyNotice: the proposed penalty goes out with the party's rights. */
    @Bean
    JavaDelegate penaltyNoticeIssue(PenaltyNotices notices) {
        return execution -> notices.issue(caseOf(execution), actor(execution));
    }

    /** ServiceTask_IssueDecision: the approved decision, with the periods that follow it. */
    @Bean
    JavaDelegate penaltyDecisionIssue(PenaltyDecisions decisions) {
        return execution -> execution.setVariables(decisions.issue(caseOf(execution),
            (String) execution.getVariable("investigationOutcome"), actor(execution)));
    }

    static UUID caseOf(DelegateExecution execution) {
        return UUID.fromString(execution.getProcessBusinessKey());
    }

    static String actor(DelegateExecution execution) {
        Authentication who = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return who == null ? "system" : who.getUserId();
    }
}
