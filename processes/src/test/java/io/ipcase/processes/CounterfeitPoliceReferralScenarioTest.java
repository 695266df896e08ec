package io.ipcase.processes;

import static io.ipcase.processes.CounterfeitPenaltyScenarioTest.date;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Referral of a suspected crime to the police, step by step with its deadlines (State
 * Council regulation on referring suspected crimes, 2020 rev., art. 5-12).
 */
@Deployment(resources = "bpmn/counterfeit-police-referral.bpmn")
class CounterfeitPoliceReferralScenarioTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
        .assertClassCoverageAtLeast(0.9)
        .build();

    // report made on Mon 30 Nov 2026: the head decides within 3 days, by Thu 3 Dec
    static final Date APPROVAL_DUE = date("2026-12-03T23:59:59+08:00");

    // approved at 10:00 on Tue 1 Dec: transferred within 24 hours
    static final Date TRANSFER_DUE = date("2026-12-02T10:00:00+08:00");
    static final Date POLICE_DECISION_DUE = date("2026-12-05T23:59:59+08:00");
    static final Date THREE_DAYS = date("2026-12-10T23:59:59+08:00");

    @BeforeEach
    void registerPeriods() {
        Mocks.register("referralPeriods", new ReferralPeriodsStub(APPROVAL_DUE));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private ProcessInstance reported() {
        return runtimeService().startProcessInstanceByKey("counterfeit-police-referral", "case-1",
                Map.of("officeId", "yubei", "leadHandler", "officer.yb", "crimeGround", "GAINS_OR_VOLUME"));
    }

    private ProcessInstance transferred() {
        ProcessInstance pi = reported();
        complete(task(pi), Map.of("referralApproval", "APPROVED", "policeTransferDueAt", TRANSFER_DUE));
        complete(task(pi), Map.of("policeDecisionDueAt", POLICE_DECISION_DUE));
        return pi;
    }

    private ProcessInstance noCaseNotified() {
        ProcessInstance pi = transferred();
        complete(task(pi), Map.of("policeDecision", "NO_CASE", "reconsiderationRequestDueAt", THREE_DAYS));
        return pi;
    }

    private ProcessInstance stillNoCaseAfterReconsideration() {
        ProcessInstance pi = noCaseNotified();
        complete(task(pi), Map.of("reconsiderationRequest", "REQUESTED", "policeReconsiderationDueAt", THREE_DAYS));
        complete(task(pi), Map.of("policeReconsideration", "NO_CASE", "supervisionRequestDueAt", THREE_DAYS));
        return pi;
    }

    @Test
    void theHeadApprovesOrRefusesTheReferralWithinThreeDaysOfTheReport() {
        ProcessInstance pi = reported();

        assertThat(task(pi)).hasDefinitionKey("Task_ApproveReferral")
            .hasCandidateGroup("supervisor-yubei")
            .hasDueDate(APPROVAL_DUE);
    }

    @Test
    void aRefusedReferralEndsWithoutThePolice() {
        ProcessInstance pi = reported();

        complete(task(pi), Map.of("referralApproval", "REFUSED", "policeOutcome", "REFERRAL_REFUSED"));

        assertThat(pi).hasPassed("EndEvent_ReferralRefused").isEnded();
    }

    @Test
    void anApprovedCaseGoesToThePoliceWithinTwentyFourHours() {
        ProcessInstance pi = reported();

        complete(task(pi), Map.of("referralApproval", "APPROVED", "policeTransferDueAt", TRANSFER_DUE));

        assertThat(task(pi)).hasDefinitionKey("Task_TransferToPolice")
            .isAssignedTo("officer.yb")
            .hasDueDate(TRANSFER_DUE);
    }

    @Test
    void thePoliceDecideWithinThreeDaysAndOpenedCasesGetTheItemsWithinThreeDays() {
        ProcessInstance pi = transferred();
        assertThat(task(pi)).hasDefinitionKey("Task_RecordPoliceDecision").hasDueDate(POLICE_DECISION_DUE);

        complete(task(pi), Map.of("policeDecision", "CASE_OPENED", "itemsHandoverDueAt", THREE_DAYS));
        assertThat(task(pi)).hasDefinitionKey("Task_HandOverItems").hasDueDate(THREE_DAYS);
        complete(task(pi), Map.of("policeOutcome", "CASE_OPENED"));

        assertThat(pi).hasPassed("EndEvent_PoliceCaseOpened").isEnded();
    }

    @Test
    void aNoCaseNoticeMayBeAnsweredWithARequestToReconsiderWithinThreeDays() {
        ProcessInstance pi = noCaseNotified();

        assertThat(task(pi)).hasDefinitionKey("Task_DecideOnReconsideration").hasDueDate(THREE_DAYS);
        complete(task(pi), Map.of("reconsiderationRequest", "REQUESTED", "policeReconsiderationDueAt", THREE_DAYS));
        assertThat(task(pi)).hasDefinitionKey("Task_RecordPoliceReconsideration").hasDueDate(THREE_DAYS);
        complete(task(pi), Map.of("policeReconsideration", "CASE_OPENED", "itemsHandoverDueAt", THREE_DAYS));

        assertThat(pi).isWaitingAt("Task_HandOverItems");
    }

    @Test
    void aNoCaseNoticeAcceptedEndsTheReferral() {
        ProcessInstance pi = noCaseNotified();

        complete(task(pi), Map.of("reconsiderationRequest", "ACCEPTED", "policeOutcome", "NO_CASE"));

        assertThat(pi).hasPassed("EndEvent_NoPoliceCase").isEnded();
    }

    @Test
    void afterAFailedReconsiderationTheProcuratorateMayBeAskedToSuperviseWithinThreeDays() {
        ProcessInstance pi = stillNoCaseAfterReconsideration();

        assertThat(task(pi)).hasDefinitionKey("Task_DecideOnSupervision").hasDueDate(THREE_DAYS);
        complete(task(pi), Map.of("supervisionRequest", "REQUESTED"));
        complete(task(pi), Map.of("supervisionOutcome", "CASE_OPENED", "itemsHandoverDueAt", THREE_DAYS));

        assertThat(pi).isWaitingAt("Task_HandOverItems");
    }

    @Test
    void theProcuratorateMayLeaveTheNoCaseDecisionStanding() {
        ProcessInstance pi = stillNoCaseAfterReconsideration();
        complete(task(pi), Map.of("supervisionRequest", "REQUESTED"));

        complete(task(pi), Map.of("supervisionOutcome", "NO_CASE", "policeOutcome", "NO_CASE"));

        assertThat(pi).hasPassed("EndEvent_NoPoliceCase").isEnded();
    }

    @Test
    void withoutAProposalToTheProcuratorateTheNoCaseDecisionStands() {
        ProcessInstance pi = stillNoCaseAfterReconsideration();

        complete(task(pi), Map.of("supervisionRequest", "ACCEPTED", "policeOutcome", "NO_CASE"));

        assertThat(pi).hasPassed("EndEvent_NoPoliceCase").isEnded();
    }

}
