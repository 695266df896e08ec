package io.ipcase.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A counterfeit-patent penalty case from the filing approval to the paid fine (Patent Law
 * art. 68-69; Administrative Penalty Law 2021; CNIPA 2015 Measures). Dates are those the
 * backend computes for a lead discovered on Mon 2026-11-23.
 */
@Deployment(resources = { "bpmn/counterfeit-penalty.bpmn", "bpmn/counterfeit-police-referral.bpmn",
        "dmn/counterfeit-crime-check.dmn", "dmn/penalty-ceiling.dmn" })
class CounterfeitPenaltyScenarioTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
        .excludeProcessDefinitionKeys("counterfeit-police-referral")
        .assertClassCoverageAtLeast(0.9)
        .build();

    static final String CASE = "case-1";

    // discovered Mon 23 Nov 2026: 5 working days → filing due Mon 30 Nov
    static final Date FILING_DUE = date("2026-11-30T23:59:59+08:00");

    // filed Mon 30 Nov: 1 month → case period due Wed 30 Dec
    static final Date CASE_PERIOD_DUE = date("2026-12-30T23:59:59+08:00");
    static final Date CASE_PERIOD_EXTENDED = date("2027-01-14T23:59:59+08:00");

    // the windows close on 18 Jun 2027: 3 months to apply to the court
    static final Date COURT_APPLICATION_DUE = date("2027-09-18T23:59:59+08:00");

    private final JavaDelegate noticeIssue = mock(JavaDelegate.class);

    private final JavaDelegate decisionIssue = mock(JavaDelegate.class);

    private final RightsPeriodsStub rightsPeriods = new RightsPeriodsStub();

    @BeforeEach
    void registerDelegates() {
        Mocks.register("penaltyNoticeIssue", noticeIssue);
        Mocks.register("penaltyDecisionIssue", decisionIssue);
        Mocks.register("referralPeriods", new ReferralPeriodsStub(date("2026-12-03T23:59:59+08:00")));
        Mocks.register("enforcementPeriods", new EnforcementPeriodsStub(COURT_APPLICATION_DUE));
        Mocks.register("rightsPeriods", rightsPeriods);
    }

    @AfterEach
    void resetDelegates() {
        Mocks.reset();
    }

    private ProcessInstance registerLead() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("officeId", "yubei");
        vars.put("leadHandler", "officer.yb");
        vars.put("filingDueAt", FILING_DUE);
        vars.put("statementMade", false);
        vars.put("hearingHeld", false);
        vars.put("challengePending", false);
        return runtimeService().startProcessInstanceByKey("counterfeit-penalty", CASE, vars);
    }

    private ProcessInstance filed() {
        ProcessInstance pi = registerLead();
        complete(task(pi), Map.of("filingDecision", "APPROVED", "casePeriodDueAt", CASE_PERIOD_DUE));
        return pi;
    }

    private static Map<String, Object> findings(String outcome, String gains) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("investigationStep", "CONCLUDED");
        vars.put("investigationOutcome", outcome);
        vars.put("anotherPersonsPatent", true);
        vars.put("illegalGains", new BigDecimal(gains));
        vars.put("businessVolume", new BigDecimal(gains));
        vars.put("patenteeLoss", BigDecimal.ZERO);
        vars.put("patentCount", 1);
        vars.put("repeatWithinTwoYears", false);
        vars.put("otherSeriousCircumstances", false);
        return vars;
    }

    private ProcessInstance investigated(String outcome, String gains) {
        ProcessInstance pi = filed();
        complete(task(pi), findings(outcome, gains));
        return pi;
    }

    private ProcessInstance proposed(boolean heavy) {
        ProcessInstance pi = investigated("PENALTY", "20000.00");
        complete(task(pi), Map.of("heavyCase", heavy));
        return pi;
    }

    private ProcessInstance noticeServed(boolean heavy) {
        ProcessInstance pi = proposed(heavy);
        complete(task(pi), Map.of("rightsExpiresAt", date("2026-12-09T00:00:00+08:00")));
        return pi;
    }

    private void correlate(String message, Map<String, Object> vars) {
        runtimeService().createMessageCorrelation(message)
            .processInstanceBusinessKey(CASE)
            .setVariables(vars)
            .correlate();
    }

    private ProcessInstance approvedForDecision() {
        ProcessInstance pi = noticeServed(false);
        execute(job());
        assertThat(pi).isWaitingAt("Task_ApproveDecision");
        return pi;
    }

    private ProcessInstance decidedAndServed(boolean paymentDue) {
        ProcessInstance pi = approvedForDecision();
        complete(task(pi), Map.of("decisionApproval", "APPROVED", "decisionKind", "PENALTY", "decisionServiceDueAt",
                date("2026-12-18T23:59:59+08:00")));
        complete(task(pi), Map.of("paymentDue", paymentDue, "publicationDueAt", date("2027-01-07T23:59:59+08:00"),
                "paymentExpiresAt", date("2026-12-25T00:00:00+08:00")));
        return pi;
    }

    private Task taskAt(ProcessInstance pi, String key) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    @Test
    void filingApprovalGoesToTheSupervisorDueWithinTheFilingPeriod() {
        ProcessInstance pi = registerLead();

        assertThat(pi).isWaitingAt("Task_ApproveFiling");
        assertThat(task(pi)).hasCandidateGroup("supervisor-yubei").hasDueDate(FILING_DUE);
    }

    @Test
    void leadNotFiledEndsWithoutACase() {
        ProcessInstance pi = registerLead();

        complete(task(pi), Map.of("filingDecision", "REFUSED"));

        assertThat(pi).hasPassed("EndEvent_NotFiled").isEnded();
    }

    @Test
    void samrVerificationExtendedOnApprovalReturnsToTheFilingDecisionWithTheNewDueDate() {
        ProcessInstance pi = registerLead();
        Date extended = date("2026-12-21T23:59:59+08:00");

        complete(task(pi), Map.of("filingDecision", "EXTENDED", "filingDueAt", extended));

        assertThat(pi).isWaitingAt("Task_ApproveFiling");
        assertThat(task(pi)).hasDueDate(extended);
    }

    @Test
    void filedCaseIsInvestigatedByItsLeadHandlerWithinTheCasePeriod() {
        ProcessInstance pi = filed();

        assertThat(pi).isWaitingAt("Task_Investigate");
        assertThat(task(pi)).isAssignedTo("officer.yb")
            .hasCandidateGroupAssociated("officer-yubei")
            .hasDueDate(CASE_PERIOD_DUE);
    }

    @Test
    void casePeriodExtensionIsTheSupervisorsAndTheInvestigationGoesOnWithTheNewDueDate() {
        ProcessInstance pi = filed();

        complete(task(pi), Map.of("investigationStep", "EXTENSION_REQUESTED"));
        assertThat(task(pi)).hasDefinitionKey("Task_ApproveCasePeriodExtension").hasCandidateGroup("supervisor-yubei");
        complete(task(pi), Map.of("casePeriodDueAt", CASE_PERIOD_EXTENDED));

        assertThat(pi).isWaitingAt("Task_Investigate");
        assertThat(task(pi)).hasDueDate(CASE_PERIOD_EXTENDED);
    }

    @Test
    void gainsAtTheCrimeThresholdAreReferredToThePoliceBeforeAnyPenalty() {
        ProcessInstance pi = investigated("PENALTY", "100000.00");

        assertThat(pi).isWaitingAt("CallActivity_PoliceReferral").hasNotPassed("BusinessRuleTask_PenaltyCeiling");
        assertThat(pi).variables().containsEntry("crimeGround", "GAINS_OR_VOLUME");
        assertThat(calledProcessInstance(pi)).isWaitingAt("Task_ApproveReferral");
    }

    @Test
    void penaltyNeverReplacesAReferralAndACaseThePoliceOpenEndsAsTransferred() throws Exception {
        ProcessInstance pi = investigated("PENALTY", "100000.00");

        ProcessInstance referral = calledProcessInstance(pi);
        complete(task(referral), Map.of("referralApproval", "APPROVED", "policeTransferDueAt", new Date()));
        complete(task(referral), Map.of("policeDecisionDueAt", new Date()));
        complete(task(referral), Map.of("policeDecision", "CASE_OPENED", "itemsHandoverDueAt", new Date()));
        complete(task(referral), Map.of("policeOutcome", "CASE_OPENED"));

        assertThat(pi).hasPassed("EndEvent_TransferredToPolice").isEnded();
        verify(noticeIssue, times(0)).execute(any());
    }

    @Test
    void whenThePoliceOpenNoCaseThePenaltyProcedureGoesOn() {
        ProcessInstance pi = investigated("PENALTY", "100000.00");

        ProcessInstance referral = calledProcessInstance(pi);
        complete(task(referral), Map.of("referralApproval", "REFUSED", "policeOutcome", "REFERRAL_REFUSED"));

        assertThat(pi).isWaitingAt("Task_ProposePenalty");
    }

    @Test
    void markingAnUnpatentedProductIsPenalisedAndNeverReferred() {
        ProcessInstance pi = filed();
        Map<String, Object> vars = findings("PENALTY", "10000000");
        vars.put("anotherPersonsPatent", false);

        complete(task(pi), vars);

        assertThat(pi).hasNotPassed("CallActivity_PoliceReferral").isWaitingAt("Task_ProposePenalty");
    }

    @Test
    void theModelRecordsTheStatutoryCeilingOfTwoHundredFiftyThousandForGainsOfFiftyThousandOrLess() {
        ProcessInstance pi = investigated("PENALTY", "50000.00");

        @SuppressWarnings("unchecked")
        Map<String, Object> ceiling = (Map<String, Object>) runtimeService().getVariable(pi.getId(), "penaltyCeiling");
        assertThat(ceiling).containsEntry("fixedCeiling", 250000);
    }

    @Test
    void theModelRecordsFiveTimesTheGainsAsTheCeilingForGainsOverFiftyThousand() {
        ProcessInstance pi = investigated("PENALTY", "50000.01");

        @SuppressWarnings("unchecked")
        Map<String, Object> ceiling = (Map<String, Object>) runtimeService().getVariable(pi.getId(), "penaltyCeiling");
        assertThat(ceiling).containsEntry("gainsMultiple", 5);
    }

    @Test
    void proposedPenaltyIsNoticedWithTheRightsAndServedBeforeAnyDecision() throws Exception {
        ProcessInstance pi = proposed(false);

        verify(noticeIssue).execute(any());
        assertThat(pi).isWaitingAt("Task_ServePenaltyNotice").hasNotPassed("Task_ApproveDecision");
        assertThat(task(pi)).isAssignedTo("officer.yb");
    }

    @Test
    void partyMayStateAndDefendUntilThePeriodRunsOutAndTheStatementIsThenReviewed() {
        ProcessInstance pi = noticeServed(false);

        correlate("StatementReceived", Map.of("statementMade", true));
        assertThat(pi).isWaitingAt("Gateway_AwaitPartyResponse");
        assertThat(job()).hasDueDate(date("2026-12-09T00:00:00+08:00"));
        execute(job());

        assertThat(pi).isWaitingAt("Task_ReviewStatement");
        assertThat(task(pi)).isAssignedTo("officer.yb");
    }

    @Test
    void noDecisionIsApprovedBeforeTheRightsPeriodRunsOut() {
        ProcessInstance pi = noticeServed(false);

        assertThat(pi).isWaitingAt("Gateway_AwaitPartyResponse");
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void anExpressWaiverEndsTheRightsPeriodEarly() {
        ProcessInstance pi = noticeServed(false);

        correlate("RightsWaived", Map.of());

        assertThat(pi).hasNotPassed("Task_ReviewStatement").isWaitingAt("Task_ApproveDecision");
        assertThat(rightsPeriods.over).containsExactly(CASE);
    }

    @Test
    void aHearingRequestedInTimeIsScheduledThenHeldByItsPresidingOfficer() {
        ProcessInstance pi = noticeServed(false);
        Date hearingDay = date("2026-12-16T23:59:59+08:00");

        correlate("HearingRequested", Map.of());
        assertThat(pi).isWaitingAt("Task_ScheduleHearing");
        complete(task(pi), Map.of("hearingPresider", "officer3.yb", "hearingDueAt", hearingDay));
        assertThat(task(pi)).hasDefinitionKey("Task_ServeHearingNotice").isAssignedTo("officer.yb");
        complete(task(pi), Map.of("hearingNoticeTimely", true));

        assertThat(task(pi)).hasDefinitionKey("Task_HoldHearing").isAssignedTo("officer3.yb").hasDueDate(hearingDay);
        complete(task(pi), Map.of("hearingHeld", true, "statementMade", true));
        assertThat(pi).isWaitingAt("Task_ReviewStatement");
    }

    @Test
    void aHearingNoticeServedFewerThanSevenWorkingDaysBeforeTheHearingMeansAnotherDate() {
        ProcessInstance pi = noticeServed(false);
        correlate("HearingRequested", Map.of());
        complete(task(pi), Map.of("hearingPresider", "officer3.yb", "hearingDueAt", new Date()));

        complete(task(pi), Map.of("hearingNoticeTimely", false));

        assertThat(pi).hasPassed("Gateway_ScheduleHearingJoin").isWaitingAt("Task_ScheduleHearing");
        assertThat(pi).hasNotPassed("Task_HoldHearing");
    }

    @Test
    void aDecisionAfterAHearingGoesThroughLegalReview() {
        ProcessInstance pi = noticeServed(false);
        correlate("HearingRequested", Map.of());
        complete(task(pi), Map.of("hearingPresider", "officer3.yb", "hearingDueAt", new Date()));
        complete(task(pi), Map.of("hearingNoticeTimely", true));
        complete(task(pi), Map.of("hearingHeld", true, "statementMade", true));

        complete(task(pi), Map.of("reviewOutcome", "MAINTAINED"));

        assertThat(pi).isWaitingAt("Task_LegalReview");
        assertThat(task(pi)).hasCandidateGroup("officer-yubei");
    }

    @Test
    void newFactsAfterTheDefenceMeanAFreshNotice() throws Exception {
        ProcessInstance pi = noticeServed(false);
        correlate("StatementReceived", Map.of("statementMade", true));
        execute(job());

        complete(task(pi), Map.of("reviewOutcome", "RENOTICE"));
        assertThat(pi).isWaitingAt("Task_ProposePenalty");
        complete(task(pi), Map.of("heavyCase", false));

        verify(noticeIssue, times(2)).execute(any());
        assertThat(pi).isWaitingAt("Task_ServePenaltyNotice");
    }

    private ProcessInstance heavyCaseAfterRights() {
        ProcessInstance pi = noticeServed(true);
        execute(job());
        return pi;
    }

    @Test
    void aNormalCaseWithoutHearingGoesStraightToTheSupervisorsApproval() {
        ProcessInstance pi = approvedForDecision();

        assertThat(pi).hasNotPassed("Task_LegalReview", "Task_CollectiveDiscussion");
        assertThat(task(pi)).hasCandidateGroup("supervisor-yubei").hasDueDate(CASE_PERIOD_DUE);
    }

    @Test
    void aHeavyCaseGoesThroughLegalReviewAndCollectiveDiscussionBeforeApproval() {
        ProcessInstance pi = heavyCaseAfterRights();

        assertThat(pi).isWaitingAt("Task_LegalReview");
        complete(task(pi), Map.of("legalReview", "PASSED"));
        assertThat(task(pi)).hasDefinitionKey("Task_CollectiveDiscussion").hasCandidateGroup("supervisor-yubei");
        complete(task(pi), Map.of("collectiveDiscussion", "AGREED"));

        assertThat(pi).isWaitingAt("Task_ApproveDecision");
    }

    @Test
    void legalReviewMaySendTheProposalBack() {
        ProcessInstance pi = heavyCaseAfterRights();

        complete(task(pi), Map.of("legalReview", "RETURNED"));

        assertThat(pi).isWaitingAt("Task_ProposePenalty");
    }

    @Test
    void collectiveDiscussionMaySendTheProposalBack() {
        ProcessInstance pi = heavyCaseAfterRights();
        complete(task(pi), Map.of("legalReview", "PASSED"));

        complete(task(pi), Map.of("collectiveDiscussion", "RETURNED"));

        assertThat(pi).isWaitingAt("Task_ProposePenalty");
    }

    @Test
    void theSupervisorMayReturnTheProposal() {
        ProcessInstance pi = approvedForDecision();

        complete(task(pi), Map.of("decisionApproval", "RETURNED"));

        assertThat(pi).isWaitingAt("Task_ProposePenalty");
    }

    @Test
    void aMinorActPromptlyCorrectedIsExemptedWithoutANoticeOfPenalty() throws Exception {
        ProcessInstance pi = investigated("EXEMPT", "0");

        assertThat(pi).isWaitingAt("Task_ApproveDecision");
        complete(task(pi),
                Map.of("decisionApproval", "APPROVED", "decisionKind", "EXEMPT", "decisionServiceDueAt", new Date()));
        complete(task(pi));

        verify(noticeIssue, times(0)).execute(any());
        verify(decisionIssue).execute(any());
        assertThat(pi).hasPassed("EndEvent_ClosedWithoutPenalty").isEnded();
    }

    @Test
    void anInnocentSellerWithALegitimateSourceIsOnlyOrderedToStopSelling() throws Exception {
        ProcessInstance pi = investigated("STOP_SELLING", "0");

        complete(task(pi), Map.of("decisionApproval", "APPROVED", "decisionKind", "STOP_SELLING",
                "decisionServiceDueAt", new Date()));
        complete(task(pi));

        assertThat(pi).hasNotPassed("Task_ProposePenalty", "Gateway_ExecutionFork")
            .hasPassed("EndEvent_ClosedWithoutPenalty")
            .isEnded();
    }

    @Test
    void aWithdrawnCaseEndsAtItsDecision() {
        ProcessInstance pi = investigated("WITHDRAW", "0");

        complete(task(pi), Map.of("decisionApproval", "APPROVED", "decisionKind", "WITHDRAWN"));

        assertThat(pi).hasPassed("EndEvent_Withdrawn").isEnded();
    }

    @Test
    void aReturnedConclusionWithoutPenaltyGoesBackToTheInvestigation() {
        ProcessInstance pi = investigated("EXEMPT", "0");

        complete(task(pi), Map.of("decisionApproval", "RETURNED"));

        assertThat(pi).isWaitingAt("Task_Investigate");
    }

    @Test
    void theDecisionIsServedWithinSevenWorkingDays() {
        ProcessInstance pi = approvedForDecision();

        complete(task(pi), Map.of("decisionApproval", "APPROVED", "decisionKind", "PENALTY", "decisionServiceDueAt",
                date("2026-12-18T23:59:59+08:00")));

        assertThat(task(pi)).hasDefinitionKey("Task_ServeDecision")
            .isAssignedTo("officer.yb")
            .hasDueDate(date("2026-12-18T23:59:59+08:00"));
    }

    @Test
    void thePenaltyIsPublishedWithinTwentyWorkingDaysWhileThePaymentIsAwaited() {
        ProcessInstance pi = decidedAndServed(true);

        assertThat(pi).isWaitingAt("Task_PublishDecision", "Gateway_AwaitPayment");
        assertThat(taskAt(pi, "Task_PublishDecision")).hasDueDate(date("2027-01-07T23:59:59+08:00"));
        assertThat(job()).hasDueDate(date("2026-12-25T00:00:00+08:00"));
    }

    @Test
    void aFinePaidWithinFifteenDaysAndAPublishedDecisionCloseTheCase() {
        ProcessInstance pi = decidedAndServed(true);

        correlate("FinePaid", Map.of());
        complete(taskAt(pi, "Task_PublishDecision"));

        assertThat(pi).hasPassed("Event_FinePaidInTime", "EndEvent_CaseClosed").isEnded();
    }

    @Test
    void withNothingToPayTheCaseClosesOncePublished() {
        ProcessInstance pi = decidedAndServed(false);

        complete(taskAt(pi, "Task_PublishDecision"));

        assertThat(pi).hasNotPassed("Gateway_AwaitPayment").isEnded();
    }

    @Test
    void deferralOrInstalmentsNeedTheSupervisorsApproval() {
        ProcessInstance pi = decidedAndServed(true);

        correlate("PaymentArrangementRequested", Map.of());
        Task approval = taskAt(pi, "Task_ApprovePaymentArrangement");
        assertThat(approval).hasCandidateGroup("supervisor-yubei");
        complete(approval, Map.of("paymentExpiresAt", date("2027-02-25T00:00:00+08:00")));

        assertThat(pi).isWaitingAt("Gateway_AwaitPayment");
        assertThat(job("Event_PaymentPeriodExpired", pi)).hasDueDate(date("2027-02-25T00:00:00+08:00"));
    }

    @Test
    void aMovedPaymentDeadlineMovesTheTimer() {
        ProcessInstance pi = decidedAndServed(true);

        correlate("PaymentClockChanged", Map.of("paymentExpiresAt", date("2027-01-04T00:00:00+08:00")));

        assertThat(job("Event_PaymentPeriodExpired", pi)).hasDueDate(date("2027-01-04T00:00:00+08:00"));
    }

    private ProcessInstance overdue() {
        ProcessInstance pi = decidedAndServed(true);
        runtimeService().setVariable(pi.getId(), "enforcementFromAt", date("2027-06-19T00:00:00+08:00"));
        execute(job("Event_PaymentPeriodExpired", pi));
        return pi;
    }

    @Test
    void anUnpaidFineIsOverdueAndEnforcementWaitsForTheReconsiderationAndLitigationWindows() {
        ProcessInstance pi = overdue();

        assertThat(pi).isWaitingAt("Gateway_PaymentOverdue");
        assertThat(job("Event_EnforcementOpens", pi)).hasDueDate(date("2027-06-19T00:00:00+08:00"));
    }

    @Test
    void aLateFineStillSettlesTheCase() {
        ProcessInstance pi = overdue();

        correlate("FinePaid", Map.of());
        complete(taskAt(pi, "Task_PublishDecision"));

        assertThat(pi).hasPassed("Event_FinePaidLate").isEnded();
    }

    @Test
    void aChallengeHoldsEnforcementBackUntilItEnds() {
        ProcessInstance pi = overdue();

        correlate("EnforcementClockChanged", Map.of("challengePending", true));
        assertThat(pi).isWaitingAt("Gateway_AwaitChallenge");
        assertThat(job("Event_EnforcementOpens", pi)).isNull();

        correlate("EnforcementClockChanged",
                Map.of("challengePending", false, "enforcementFromAt", date("2027-08-02T00:00:00+08:00")));
        assertThat(job("Event_EnforcementOpens", pi)).hasDueDate(date("2027-08-02T00:00:00+08:00"));
    }

    @Test
    void aFinePaidDuringAChallengeSettlesTheCase() {
        ProcessInstance pi = overdue();
        correlate("EnforcementClockChanged", Map.of("challengePending", true));

        correlate("FinePaid", Map.of());
        complete(taskAt(pi, "Task_PublishDecision"));

        assertThat(pi).hasPassed("Event_FinePaidDuringChallenge").isEnded();
    }

    @Test
    void aWrittenReminderComesBeforeTheCourtAndTheCourtTenWorkingDaysAfterIt() {
        ProcessInstance pi = overdue();
        Date courtDue = COURT_APPLICATION_DUE;

        execute(job("Event_EnforcementOpens", pi));
        Task reminder = taskAt(pi, "Task_IssueReminder");
        assertThat(reminder).isAssignedTo("officer.yb").hasDueDate(courtDue);
        complete(reminder, Map.of("reminderExpiresAt", date("2027-07-05T00:00:00+08:00")));
        assertThat(job("Event_ReminderPeriodExpired", pi)).hasDueDate(date("2027-07-05T00:00:00+08:00"));
        execute(job("Event_ReminderPeriodExpired", pi));

        assertThat(taskAt(pi, "Task_ApplyForEnforcement")).hasDueDate(courtDue);
        complete(taskAt(pi, "Task_ApplyForEnforcement"));
        complete(taskAt(pi, "Task_RecordEnforcementOutcome"));
        complete(taskAt(pi, "Task_PublishDecision"));
        assertThat(pi).hasPassed("EndEvent_CaseClosed").isEnded();
    }

    @Test
    void paymentAfterTheReminderSettlesTheCase() {
        ProcessInstance pi = overdue();
        execute(job("Event_EnforcementOpens", pi));
        complete(taskAt(pi, "Task_IssueReminder"), Map.of("reminderExpiresAt", new Date()));

        correlate("FinePaid", Map.of());
        complete(taskAt(pi, "Task_PublishDecision"));

        assertThat(pi).hasPassed("Event_FinePaidAfterReminder").hasNotPassed("Task_ApplyForEnforcement").isEnded();
    }

    @Test
    void aRevokedDecisionIsWithdrawnFromPublicationWithinThreeWorkingDays() {
        ProcessInstance pi = decidedAndServed(true);
        Date withdrawalDue = date("2027-01-06T23:59:59+08:00");

        correlate("DecisionRevoked", Map.of("publicationWithdrawalDueAt", withdrawalDue));

        assertThat(taskQuery().processInstanceId(pi.getId()).count()).isOne();
        assertThat(task(pi)).hasDefinitionKey("Task_WithdrawPublication").hasDueDate(withdrawalDue);
        complete(task(pi));
        assertThat(pi).hasPassed("EndEvent_DecisionRevoked").isEnded();
    }

    static Date date(String iso) {
        return Date.from(OffsetDateTime.parse(iso).toInstant());
    }

}
