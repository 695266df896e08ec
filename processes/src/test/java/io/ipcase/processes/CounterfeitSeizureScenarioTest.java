package io.ipcase.processes;

import static io.ipcase.processes.CounterfeitPenaltyScenarioTest.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sealing or seizure in a counterfeit-patent case: the supervisor's approval (CNIPA 2015
 * Measures art. 30), 30 days extendable once by 30, testing and appraisal not counted,
 * and its end in release, confiscation or hand-over (Administrative Compulsion Law art.
 * 25, 28).
 */
@Deployment(resources = "bpmn/counterfeit-seizure.bpmn")
class CounterfeitSeizureScenarioTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
        .assertClassCoverageAtLeast(0.9)
        .build();

    // carried out on Tue 24 Nov 2026: 30 days → Thu 24 Dec; the timer fires as that day
    // ends
    static final Date EXPIRES = date("2026-12-25T00:00:00+08:00");
    static final Date EXTENDED = date("2027-01-25T00:00:00+08:00");

    private ProcessInstance requested() {
        return runtimeService().startProcessInstanceByKey("counterfeit-seizure", "case-1",
                Map.of("officeId", "yubei", "leadHandler", "officer.yb", "seizureId", 7L, "seizurePaused", false));
    }

    private ProcessInstance held() {
        ProcessInstance pi = requested();
        complete(task(pi), Map.of("seizureApproval", "APPROVED"));
        complete(task(pi), Map.of("seizureExpiresAt", EXPIRES));
        return pi;
    }

    private void clockChanged(Map<String, Object> vars) {
        runtimeService().createMessageCorrelation("SeizureClockChanged")
            .processInstanceVariableEquals("seizureId", 7L)
            .setVariables(vars)
            .correlate();
    }

    private void ended(String outcome) {
        runtimeService().createMessageCorrelation("SeizureEnded")
            .processInstanceVariableEquals("seizureId", 7L)
            .setVariable("seizureOutcome", outcome)
            .correlate();
    }

    @Test
    void sealingOrSeizureNeedsTheSupervisorsApproval() {
        ProcessInstance pi = requested();

        assertThat(task(pi)).hasDefinitionKey("Task_ApproveSeizure").hasCandidateGroup("supervisor-yubei");
    }

    @Test
    void aRefusedSeizureIsNeverCarriedOut() {
        ProcessInstance pi = requested();

        complete(task(pi), Map.of("seizureApproval", "REFUSED"));

        assertThat(pi).hasNotPassed("Task_CarryOutSeizure").hasPassed("EndEvent_SeizureRefused").isEnded();
    }

    @Test
    void anApprovedSeizureIsCarriedOutByTheLeadHandler() {
        ProcessInstance pi = requested();

        complete(task(pi), Map.of("seizureApproval", "APPROVED"));

        assertThat(task(pi)).hasDefinitionKey("Task_CarryOutSeizure").isAssignedTo("officer.yb");
    }

    @Test
    void aSeizureLastsThirtyDaysAndIsReleasedWhenTheyRunOut() {
        ProcessInstance pi = held();

        assertThat(job()).hasDueDate(EXPIRES);
        execute(job());

        assertThat(task(pi)).hasDefinitionKey("Task_ReleaseExpiredSeizure").isAssignedTo("officer.yb");
        complete(task(pi));
        assertThat(pi).hasPassed("EndEvent_ReleasedOnExpiry").isEnded();
    }

    @Test
    void testingAndAppraisalTimeIsNotCounted() {
        ProcessInstance pi = held();

        clockChanged(Map.of("seizurePaused", true));
        assertThat(pi).isWaitingAt("Gateway_SeizurePaused");
        assertThat(job()).isNull();

        Date later = date("2027-01-04T00:00:00+08:00");
        clockChanged(Map.of("seizurePaused", false, "seizureExpiresAt", later));
        assertThat(pi).isWaitingAt("Gateway_SeizureHeld");
        assertThat(job()).hasDueDate(later);
    }

    @Test
    void anExtensionOfThirtyDaysIsTheSupervisorsToApprove() {
        ProcessInstance pi = held();

        runtimeService().correlateMessage("SeizureExtensionRequested", "case-1");
        assertThat(task(pi)).hasDefinitionKey("Task_ApproveSeizureExtension").hasCandidateGroup("supervisor-yubei");
        complete(task(pi), Map.of("seizureExpiresAt", EXTENDED));

        assertThat(pi).isWaitingAt("Gateway_SeizureHeld");
        assertThat(job()).hasDueDate(EXTENDED);
    }

    @Test
    void theItemsAreReleasedWhenTheyAreNoLongerNeeded() {
        ProcessInstance pi = held();

        ended("RELEASED");

        assertThat(pi).hasPassed("EndEvent_SeizureReleased").isEnded();
    }

    @Test
    void thePenaltyDecisionConfiscatesTheItems() {
        ProcessInstance pi = held();

        ended("CONFISCATED");

        assertThat(pi).hasPassed("EndEvent_SeizureConfiscated").isEnded();
    }

    @Test
    void theItemsGoToThePoliceWithAReferredCase() {
        ProcessInstance pi = held();

        ended("HANDED_OVER");

        assertThat(pi).hasPassed("EndEvent_SeizureHandedOver").isEnded();
    }

    @Test
    void aSeizureMayEndWhileItemsAreBeingTested() {
        ProcessInstance pi = held();
        clockChanged(Map.of("seizurePaused", true));

        ended("CONFISCATED");

        assertThat(pi).hasPassed("Event_SeizureEndedWhilePaused", "EndEvent_SeizureConfiscated").isEnded();
    }

}
