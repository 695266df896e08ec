package io.ipcase.processes;

import static io.ipcase.processes.ScenarioDates.at;
import static io.ipcase.processes.ScenarioDates.dueOn;
import static io.ipcase.processes.ScenarioDates.expiresAfter;
import static io.ipcase.processes.Scenarios.correlate;
import static io.ipcase.processes.Scenarios.timer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chongqing's preliminary injunction (rules.md §4). Every period is a setting with the
 * default of domain/README.md, computed by the backend and handed in as a date: the dates
 * below are those defaults, counted as the backend's case clocks count them.
 */
@Deployment(resources = "bpmn/preliminary-injunction.bpmn")
class PreliminaryInjunctionScenarioTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
        .assertClassCoverageAtLeast(0.9)
        .build();

    // a complete application Mon 23 Nov 2026 09:00: reviewed within 48 hours → Wed 25 Nov
    // 09:00
    static final Date REVIEW_DUE = at("2026-11-25T08:59:59+08:00");

    // the supplement arrives Thu 26 Nov 10:00: the 48 hours start again → Sat 28 Nov
    // 10:00
    static final Date REVIEW_DUE_AFTER_SUPPLEMENT = at("2026-11-28T09:59:59+08:00");
    static final Date SUPPLEMENT_EXPIRES = expiresAfter("2026-11-27");

    // issued Tue 24 Nov: no adjudication request within 30 days → lapses after Thu 24 Dec
    static final Date LAPSE_EXPIRES = expiresAfter("2026-12-24");

    // objection received Mon 30 Nov: decided within 10 days → Thu 10 Dec
    static final Date OBJECTION_DUE = dueOn("2026-12-10");

    @Test
    void reviewClockRunsFortyEightHoursFromACompleteApplication() {
        ProcessInstance pi = apply(false);

        assertThat(pi).isWaitingAt("Task_ReviewApplication");
        assertThat(task(pi)).hasCandidateGroup("officer-yubei").hasDueDate(REVIEW_DUE);
    }

    @Test
    void anIncompleteApplicationRestartsTheReviewClockWhenTheSupplementArrives() {
        ProcessInstance pi = apply(false);

        complete(task(pi), Map.of("reviewDecision", "SUPPLEMENT", "supplementExpiresAt", SUPPLEMENT_EXPIRES));
        assertThat(pi).isWaitingAt("Gateway_AwaitSupplement");
        correlate(pi, "InjunctionSupplementReceived", Map.of("reviewDueAt", REVIEW_DUE_AFTER_SUPPLEMENT));

        assertThat(pi).isWaitingAt("Task_ReviewApplication");
        assertThat(task(pi)).hasDueDate(REVIEW_DUE_AFTER_SUPPLEMENT);
    }

    @Test
    void anApplicationNotSupplementedInTimeIsDeemedWithdrawn() {
        ProcessInstance pi = apply(false);
        complete(task(pi), Map.of("reviewDecision", "SUPPLEMENT", "supplementExpiresAt", SUPPLEMENT_EXPIRES));
        assertThat(timer(pi, "Event_SupplementPeriodExpired").getDuedate()).isEqualTo(SUPPLEMENT_EXPIRES);

        managementService().executeJob(timer(pi, "Event_SupplementPeriodExpired").getId());

        assertThat(pi).hasPassed("EndEvent_Withdrawn").isEnded();
    }

    @Test
    void aRefusedApplicationEndsWithoutAnInjunction() {
        ProcessInstance pi = apply(false);

        complete(task(pi), Map.of("reviewDecision", "REFUSE"));

        assertThat(pi).hasPassed("EndEvent_Refused").hasNotPassed("Task_ApproveInjunction").isEnded();
    }

    @Test
    void theSupervisorApprovesWithinTheSameReviewClock() {
        ProcessInstance pi = apply(false);

        complete(task(pi), Map.of("reviewDecision", "PROPOSE"));

        assertThat(pi).isWaitingAt("Task_ApproveInjunction");
        assertThat(task(pi)).hasCandidateGroup("supervisor-yubei").hasDueDate(REVIEW_DUE);
    }

    @Test
    void theSupervisorMayReturnTheProposalForAnotherReview() {
        ProcessInstance pi = apply(false);
        complete(task(pi), Map.of("reviewDecision", "PROPOSE"));

        complete(task(pi), Map.of("approval", "RETURN"));

        assertThat(pi).isWaitingAt("Task_ReviewApplication");
    }

    @Test
    void anApprovedInjunctionTakesEffectWhenServed() {
        ProcessInstance pi = approved(apply(false));

        assertThat(pi).isWaitingAt("Event_InjunctionServed");
        served(pi);
        assertThat(pi).isWaitingAt("Gateway_AwaitAdjudicationRequest");
    }

    @Test
    void injunctionLapsesWhenNoAdjudicationRequestFollowsWithinThirtyDays() {
        ProcessInstance pi = served(approved(apply(false)));
        assertThat(timer(pi, "Event_LapsePeriodExpired").getDuedate()).isEqualTo(LAPSE_EXPIRES);

        managementService().executeJob(timer(pi, "Event_LapsePeriodExpired").getId());

        assertThat(pi).hasPassed("EndEvent_Lapsed", "Boundary_Lift").isWaitingAt("Task_LiftInjunction");
        assertThat(runtimeService().getVariable(pi.getId(), "liftReason")).isEqualTo("LAPSED");
        complete(task(pi));
        assertThat(pi).hasPassed("EndEvent_Lifted").isEnded();
    }

    @Test
    void anAdjudicationRequestInTimeKeepsTheInjunctionInForce() {
        ProcessInstance pi = served(approved(apply(false)));

        correlate(pi, "AdjudicationRequested", Map.of("adjudicationCaseId", "case-a"));

        assertThat(pi).hasPassed("Event_AdjudicationRequested").isWaitingAt("Event_AdjudicationClosed");
        assertThat(timer(pi, "Event_LapsePeriodExpired")).isNull();
    }

    @Test
    void injunctionStandsUntilTheAdjudicationDecisionClosesTheCase() {
        ProcessInstance pi = served(approved(apply(true)));
        assertThat(pi).isWaitingAt("Event_AdjudicationClosed").hasNotPassed("Gateway_AwaitAdjudicationRequest");

        correlate(pi, "AdjudicationClosed", Map.of("infringementFound", true));

        assertThat(pi).hasPassed("EndEvent_ReplacedByDecision", "EndEvent_SupersededByDecision")
            .hasNotPassed("Task_LiftInjunction")
            .isEnded();
    }

    @Test
    void injunctionIsLiftedWhenNoInfringementIsFound() {
        ProcessInstance pi = served(approved(apply(true)));

        correlate(pi, "AdjudicationClosed", Map.of("infringementFound", false, "liftReason", "NO_INFRINGEMENT"));

        assertThat(pi).hasPassed("EndEvent_NoInfringement").isWaitingAt("Task_LiftInjunction");
        assertThat(runtimeService().getVariable(pi.getId(), "liftReason")).isEqualTo("NO_INFRINGEMENT");
    }

    @Test
    void injunctionIsLiftedWhenThePatentIsInvalidated() {
        ProcessInstance pi = served(approved(apply(true)));

        correlate(pi, "PatentInvalidated", Map.of());

        assertThat(pi).hasPassed("Boundary_PatentInvalidated").isWaitingAt("Task_LiftInjunction");
        assertThat(runtimeService().getVariable(pi.getId(), "liftReason")).isEqualTo("PATENT_INVALIDATED");
    }

    @Test
    void objectionIsDecidedWithinTenDays() {
        ProcessInstance pi = served(approved(apply(true)));

        correlate(pi, "InjunctionObjectionFiled", Map.of("objectionDueAt", OBJECTION_DUE));

        assertThat(pi).isWaitingAt("Task_DecideObjection", "Event_AdjudicationClosed");
        assertThat(task(pi)).hasCandidateGroup("officer-yubei").hasDueDate(OBJECTION_DUE);
    }

    @Test
    void aRejectedObjectionLeavesTheInjunctionInForce() {
        ProcessInstance pi = served(approved(apply(true)));
        correlate(pi, "InjunctionObjectionFiled", Map.of("objectionDueAt", OBJECTION_DUE));

        complete(task(pi), Map.of("objectionSustained", false));

        assertThat(pi).hasPassed("EndEvent_ObjectionRejected").isWaitingAt("Event_AdjudicationClosed");
    }

    @Test
    void injunctionIsLiftedOnASuccessfulObjection() {
        ProcessInstance pi = served(approved(apply(true)));
        correlate(pi, "InjunctionObjectionFiled", Map.of("objectionDueAt", OBJECTION_DUE));

        complete(task(pi), Map.of("objectionSustained", true));

        assertThat(pi).hasPassed("EndEvent_ObjectionSustained", "Boundary_Lift").isWaitingAt("Task_LiftInjunction");
        assertThat(runtimeService().getVariable(pi.getId(), "liftReason")).isEqualTo("OBJECTION_SUSTAINED");
        assertThat(runtimeService().createEventSubscriptionQuery()
            .processInstanceId(pi.getId())
            .eventName("AdjudicationClosed")
            .count()).isZero();
    }

    // ------------------------------------------------------------------ the steps

    private static ProcessInstance apply(boolean adjudicationLinked) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("officeId", "yubei");
        variables.put("reviewDueAt", REVIEW_DUE);
        variables.put("adjudicationLinked", adjudicationLinked);
        return runtimeService().startProcessInstanceByKey("preliminary-injunction", "case-i", variables);
    }

    private static ProcessInstance approved(ProcessInstance pi) {
        complete(task(pi), Map.of("reviewDecision", "PROPOSE"));
        complete(task(pi), Map.of("approval", "APPROVE"));
        return pi;
    }

    private static ProcessInstance served(ProcessInstance pi) {
        correlate(pi, "InjunctionServed", Map.of("lapseExpiresAt", LAPSE_EXPIRES));
        return pi;
    }

}
