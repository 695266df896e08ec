package io.ipcase.processes;

import static io.ipcase.processes.ScenarioDates.at;
import static io.ipcase.processes.ScenarioDates.dueOn;
import static io.ipcase.processes.ScenarioDates.expiresAfter;
import static io.ipcase.processes.Scenarios.correlate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole procedure of a patent-infringement dispute under CNIPA Order 81, one rule per
 * test, with the dates the backend's case clocks compute on the official 2026 calendar.
 */
@Deployment(resources = { "bpmn/infringement-adjudication.bpmn", "bpmn/mediation.bpmn", "bpmn/appeal-window.bpmn" })
class InfringementAdjudicationScenarioTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
        // the called models have scenario tests of their own, with their own coverage
        .excludeProcessDefinitionKeys("mediation", "appeal-window")
        .assertClassCoverageAtLeast(0.9)
        .build();

    static final String LEAD = "chen.jing";
    static final String PANEL = "chen.jing,yang.fan,he.jun";

    // Request received Mon 1 June 2026: 5 working days → Mon 8 June (Order 81 art. 20)
    static final Date ACCEPTANCE_DUE = dueOn("2026-06-08");

    // Accepted Wed 3 June: serve within 5 working days → Wed 10 June (art. 22)
    static final Date SERVICE_DUE = dueOn("2026-06-10");

    // Case period 3 months from acceptance → Thu 3 September (art. 37), warned at 80 % of
    // it
    static final Date CASE_PERIOD_DUE = dueOn("2026-09-03");
    static final Date CASE_PERIOD_EXPIRES = expiresAfter("2026-09-03");
    static final Date CASE_PERIOD_WARNING = at("2026-08-16T00:00:00+08:00");

    // Served Fri 5 June: 15 days → Sat 20 June, a rest day after the Dragon Boat Festival
    // (Fri 19
    // June) → Mon 22 June (art. 22; rules.md §6.1)
    static final Date ANSWER_EXPIRES = expiresAfter("2026-06-22");

    private final List<String> warnings = new ArrayList<>();

    private final List<String> closings = new ArrayList<>();

    @BeforeEach
    void delegates() {
        ClockUtil.setCurrentTime(at("2026-06-03T10:00:00+08:00"));
        Mocks.register("casePeriodWarning", (JavaDelegate) e -> warnings.add(e.getProcessBusinessKey()));
        Mocks.register("withdrawalClosing", (JavaDelegate) e -> closings.add("withdrawn"));
        Mocks.register("settlementClosing", (JavaDelegate) e -> closings.add("settled"));
        Mocks.register("mediationFailureClosing", (JavaDelegate) e -> closings.add("mediation failed"));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    // ------------------------------------------------------------------ acceptance

    @Test
    void acceptanceReviewGoesToTheOfficersOfTheOfficeWithTheFiveWorkingDayDeadline() {
        ProcessInstance pi = fileRequest();

        assertThat(pi).isWaitingAt("Task_ReviewAcceptance");
        assertThat(task(pi)).hasCandidateGroup("officer-yubei").hasDueDate(ACCEPTANCE_DUE);
        assertThat(taskQuery().taskCandidateGroup("officer-yuzhong").count()).isZero();
    }

    @Test
    void refusedRequestEndsTheCase() {
        ProcessInstance pi = fileRequest();

        complete(task(pi), Map.of("acceptanceDecision", "REFUSE"));

        assertThat(pi).hasPassed("EndEvent_RequestRefused", "EndEvent_NotAccepted").isEnded();
    }

    @Test
    void supplementedInTimeReturnsToAcceptanceReview() {
        ProcessInstance pi = fileRequest();
        complete(task(pi),
                Map.of("acceptanceDecision", "SUPPLEMENT", "supplementExpiresAt", expiresAfter("2026-06-12")));
        assertThat(pi).isWaitingAt("Gateway_AwaitSupplement");

        // the supplement arrives Thu 11 June: 5 working days again → Thu 18 June
        Date newDue = dueOn("2026-06-18");
        correlate(pi, "SupplementReceived", Map.of("acceptanceDueAt", newDue));

        assertThat(pi).isWaitingAt("Task_ReviewAcceptance");
        assertThat(task(pi)).hasDueDate(newDue);
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void notSupplementedInTimeRefusesTheRequest() {
        ProcessInstance pi = fileRequest();
        Date expiry = expiresAfter("2026-06-12");
        complete(task(pi), Map.of("acceptanceDecision", "SUPPLEMENT", "supplementExpiresAt", expiry));

        Job timer = timer(pi, "Event_SupplementPeriodExpired");
        assertThat(timer.getDuedate()).isEqualTo(expiry);
        managementService().executeJob(timer.getId());

        assertThat(pi).hasPassed("EndEvent_RefusedNotSupplemented").isEnded();
    }

    @Test
    void reviewMayBeExtendedByFiveWorkingDaysWithTheSupervisorsApproval() {
        ProcessInstance pi = fileRequest();

        correlate(pi, "AcceptanceExtensionRequested", Map.of());

        assertThat(pi).isWaitingAt("Task_ReviewAcceptance", "Task_ApproveAcceptanceExtension");
        assertThat(task("Task_ApproveAcceptanceExtension", pi)).hasCandidateGroup("supervisor-yubei")
            .hasDueDate(ACCEPTANCE_DUE);
        complete(task("Task_ApproveAcceptanceExtension", pi));
        assertThat(pi).hasPassed("EndEvent_AcceptanceExtensionDecided").isWaitingAt("Task_ReviewAcceptance");
    }

    @Test
    void requesterMayWithdrawTheRequestBeforeItIsAccepted() {
        ProcessInstance pi = fileRequest();

        correlate(pi, "RequestWithdrawn", Map.of());

        assertThat(pi).hasPassed("EndEvent_RequestWithdrawn").isEnded();
    }

    @Test
    void acceptedCaseGoesToAPanelOfThreeWhoServeTheRequestWithinFiveWorkingDays() {
        ProcessInstance pi = acceptedCase();

        assertThat(pi).isWaitingAt("Task_ServeRequest");
        assertThat(task("Task_ServeRequest", pi)).isAssignedTo(LEAD).hasDueDate(SERVICE_DUE);
        assertThat(candidateUsers("Task_ServeRequest", pi)).containsExactlyInAnyOrder("chen.jing", "yang.fan",
                "he.jun");
    }

    // ------------------------------------------------------------------ service and
    // answer

    @Test
    void answerPeriodRunsFifteenDaysFromTheRespondentsReceipt() {
        ProcessInstance pi = servedCase(ANSWER_EXPIRES);

        assertThat(pi).isWaitingAt("Gateway_AwaitAnswer");
        assertThat(timer(pi, "Event_AnswerPeriodExpired").getDuedate()).isEqualTo(ANSWER_EXPIRES);
    }

    @Test
    void answerPeriodIsThirtyDaysForARespondentWithoutDomicileInChina() {
        // served Fri 5 June: 30 days → Sun 5 July → Mon 6 July
        Date thirtyDays = expiresAfter("2026-07-06");
        ProcessInstance pi = servedCase(thirtyDays);

        assertThat(timer(pi, "Event_AnswerPeriodExpired").getDuedate()).isEqualTo(thirtyDays);
    }

    @Test
    void aMissingAnswerDoesNotStopTheCase() {
        ProcessInstance pi = servedCase(ANSWER_EXPIRES);

        runTimer(pi, "Event_AnswerPeriodExpired");

        assertThat(pi).isWaitingAt("Task_PlanEvidence");
    }

    @Test
    void answerIsForwardedToTheRequesterWithinFiveWorkingDays() {
        ProcessInstance pi = servedCase(ANSWER_EXPIRES);
        // answer received Wed 17 June: 5 working days, past the festival → Thu 25 June
        Date forwardingDue = dueOn("2026-06-25");

        correlate(pi, "AnswerFiled", Map.of("forwardingDueAt", forwardingDue));

        assertThat(task("Task_ForwardAnswer", pi)).isAssignedTo(LEAD).hasDueDate(forwardingDue);
        complete(task("Task_ForwardAnswer", pi));
        assertThat(pi).isWaitingAt("Task_PlanEvidence");
    }

    @Test
    void answerPeriodExtendedByThePanelMovesItsTimer() {
        ProcessInstance pi = servedCase(ANSWER_EXPIRES);
        Date extended = expiresAfter("2026-07-02");

        correlate(pi, "AnswerClockChanged", Map.of("answerExpiresAt", extended));

        assertThat(pi).isWaitingAt("Gateway_AwaitAnswer");
        assertThat(timer(pi, "Event_AnswerPeriodExpired").getDuedate()).isEqualTo(extended);
    }

    @Test
    void jurisdictionObjectionIsDecidedWithinFiveWorkingDaysAndARejectedOneLetsTheCaseGoOn() {
        ProcessInstance pi = servedCase(ANSWER_EXPIRES);
        // objection received Mon 15 June → 5 working days → Tue 23 June
        Date decisionDue = dueOn("2026-06-23");

        correlate(pi, "JurisdictionObjectionRaised", Map.of("jurisdictionDecisionDueAt", decisionDue));

        assertThat(task("Task_DecideJurisdictionObjection", pi)).hasDueDate(decisionDue).isAssignedTo(LEAD);
        complete(task("Task_DecideJurisdictionObjection", pi), Map.of("jurisdictionDecision", "REJECT"));
        assertThat(pi).hasPassed("EndEvent_ObjectionRejected").isWaitingAt("Gateway_AwaitAnswer");
    }

    @Test
    void upheldJurisdictionObjectionTransfersAndWithdrawsTheCase() {
        ProcessInstance pi = servedCase(ANSWER_EXPIRES);
        correlate(pi, "JurisdictionObjectionRaised", Map.of("jurisdictionDecisionDueAt", dueOn("2026-06-23")));

        complete(task("Task_DecideJurisdictionObjection", pi), Map.of("jurisdictionDecision", "TRANSFER"));

        assertThat(pi).hasPassed("EndEvent_CaseTransferred", "Task_CloseWithdrawnCase", "EndEvent_Withdrawn").isEnded();
        assertThat(closings).containsExactly("withdrawn");
    }

    @Test
    void recusalRequestIsDecidedByTheDepartmentHead() {
        ProcessInstance pi = servedCase(ANSWER_EXPIRES);

        correlate(pi, "RecusalRequested", Map.of());

        assertThat(task("Task_DecideRecusal", pi)).hasCandidateGroup("supervisor-yubei").hasDueDate(CASE_PERIOD_DUE);
        complete(task("Task_DecideRecusal", pi));
        assertThat(pi).hasPassed("EndEvent_RecusalDecided").isWaitingAt("Gateway_AwaitAnswer");
    }

    // ------------------------------------------------------------------ evidence and
    // hearing

    // evidence notice received Tue 23 June: at least 15 days → Wed 8 July (art. 54)
    final Date evidenceExpires = expiresAfter("2026-07-08");

    @Test
    void evidencePeriodOfAtLeastFifteenDaysEndsBeforeTheHearingIsScheduled() {
        ProcessInstance pi = inEvidencePeriod(false);

        assertThat(task("Task_RecordInvestigation", pi)).hasDueDate(dueOn("2026-07-08"));
        assertThat(timer(pi, "Event_EvidencePeriodExpired").getDuedate()).isEqualTo(evidenceExpires);
        complete(task("Task_RecordInvestigation", pi));
        assertThat(pi).isNotWaitingAt("Task_ScheduleHearing");

        runTimer(pi, "Event_EvidencePeriodExpired");

        assertThat(pi).hasPassed("Gateway_EvidenceJoin").isWaitingAt("Task_ScheduleHearing");
    }

    @Test
    void evidencePeriodRunsFromThePartiesReceiptOfItsNoticeNotFromThePlan() {
        ProcessInstance pi = servedCase(ANSWER_EXPIRES);
        runTimer(pi, "Event_AnswerPeriodExpired");

        complete(task("Task_PlanEvidence", pi), Map.of("evaluationReportRequired", false));

        assertThat(pi).isWaitingAt("Event_EvidenceNoticeServed");
        assertThat(timers(pi, "Event_EvidencePeriodExpired")).isEmpty();
        correlate(pi, "EvidenceNoticeServed",
                Map.of("evidenceDueAt", dueOn("2026-07-08"), "evidenceExpiresAt", evidenceExpires));
        assertThat(timer(pi, "Event_EvidencePeriodExpired").getDuedate()).isEqualTo(evidenceExpires);
        assertThat(task("Task_RecordInvestigation", pi)).hasDueDate(dueOn("2026-07-08"));
    }

    @Test
    void evidencePeriodExtendedOnAPartysApplicationMovesItsTimer() {
        ProcessInstance pi = inEvidencePeriod(false);
        Date extended = expiresAfter("2026-07-20");

        correlate(pi, "EvidenceClockChanged", Map.of("evidenceExpiresAt", extended));

        assertThat(timer(pi, "Event_EvidencePeriodExpired").getDuedate()).isEqualTo(extended);
    }

    @Test
    void evaluationReportOfAUtilityModelIsReviewedOnceFiled() {
        ProcessInstance pi = inEvidencePeriod(true);

        correlate(pi, "EvaluationReportFiled", Map.of());

        assertThat(pi).isWaitingAt("Task_ReviewEvaluationReport");
        complete(task("Task_ReviewEvaluationReport", pi));
        complete(task("Task_RecordInvestigation", pi));
        runTimer(pi, "Event_EvidencePeriodExpired");
        assertThat(pi).isWaitingAt("Task_ScheduleHearing");
    }

    @Test
    void evaluationReportNotFiledByTheEndOfTheEvidencePeriodIsRecordedAsSuch() {
        ProcessInstance pi = inEvidencePeriod(true);

        runTimer(pi, "Event_EvaluationReportNotFiled");

        assertThat(pi).hasPassed("Event_EvaluationReportNotFiled").isWaitingAt("Task_ReviewEvaluationReport");
    }

    @Test
    void hearingNoticeReceivedTooLateMeansTheHearingIsRescheduled() {
        ProcessInstance pi = hearingScheduled();

        correlate(pi, "HearingRescheduleRequired", Map.of());

        assertThat(pi).isWaitingAt("Task_ScheduleHearing");
        assertThat(timers(pi, "Event_HearingDay")).isEmpty();
    }

    @Test
    void requesterAbsentFromTheHearingIsDeemedToWithdraw() {
        ProcessInstance pi = hearingScheduled();
        runTimer(pi, "Event_HearingDay");
        assertThat(task("Task_RecordHearing", pi)).hasDueDate(dueOn("2026-07-21"));

        complete(task("Task_RecordHearing", pi),
                Map.of("requesterAbsent", true, "respondentAbsent", false, "hearingRescheduled", false));

        assertThat(pi).hasPassed("EndEvent_DeemedWithdrawn", "EndEvent_Withdrawn").isEnded();
    }

    @Test
    void respondentAbsentFromTheHearingIsDecidedInAbsence() {
        ProcessInstance pi = hearingScheduled();
        runTimer(pi, "Event_HearingDay");

        complete(task("Task_RecordHearing", pi),
                Map.of("requesterAbsent", false, "respondentAbsent", true, "hearingRescheduled", false));

        assertThat(pi).isWaitingAt("Task_DraftDecision");
    }

    @Test
    void absentPartyNotProperlySummonedOrAbsentForGoodReasonMeansTheHearingIsRescheduled() {
        ProcessInstance pi = hearingScheduled();
        runTimer(pi, "Event_HearingDay");

        complete(task("Task_RecordHearing", pi),
                Map.of("requesterAbsent", false, "respondentAbsent", false, "hearingRescheduled", true));

        assertThat(pi).hasPassed("Gateway_ToHearingSchedule").isWaitingAt("Task_ScheduleHearing").isNotEnded();
    }

    @Test
    void withoutAnOralHearingTheCaseIsDecidedOnTheWrittenRecord() {
        ProcessInstance pi = evidenceClosed();

        complete(task("Task_ScheduleHearing", pi), Map.of("hearingHeld", false));

        assertThat(pi).hasPassed("Gateway_ToDecision").isWaitingAt("Task_DraftDecision");
    }

    private ProcessInstance hearingScheduled() {
        ProcessInstance pi = evidenceClosed();
        complete(task("Task_ScheduleHearing", pi), Map.of("hearingHeld", true, "hearingStartsAt",
                at("2026-07-21T09:30:00+08:00"), "hearingDueAt", dueOn("2026-07-21")));
        assertThat(timer(pi, "Event_HearingDay").getDuedate()).isEqualTo(at("2026-07-21T09:30:00+08:00"));
        return pi;
    }

    private ProcessInstance inEvidencePeriod(boolean evaluationReportRequired) {
        ProcessInstance pi = servedCase(ANSWER_EXPIRES);
        runTimer(pi, "Event_AnswerPeriodExpired");
        complete(task("Task_PlanEvidence", pi), Map.of("evaluationReportRequired", evaluationReportRequired));
        correlate(pi, "EvidenceNoticeServed",
                Map.of("evidenceDueAt", dueOn("2026-07-08"), "evidenceExpiresAt", evidenceExpires));
        return pi;
    }

    private ProcessInstance evidenceClosed() {
        ProcessInstance pi = inEvidencePeriod(false);
        complete(task("Task_RecordInvestigation", pi));
        runTimer(pi, "Event_EvidencePeriodExpired");
        return pi;
    }

    // ------------------------------------------------------------------ decision

    // decision approved Fri 31 July: publish within 20 working days → Fri 28 August (art.
    // 83)
    final Date publicationDue = dueOn("2026-08-28");

    @Test
    void supervisorReturnsTheDraftWithCommentsAndTheNextDraftIsApproved() {
        ProcessInstance pi = draftingDecision();
        complete(task("Task_DraftDecision", pi));
        assertThat(task("Task_ApproveDecision", pi)).hasCandidateGroup("supervisor-yubei");

        complete(task("Task_ApproveDecision", pi), Map.of("decisionApproval", "RETURN"));
        assertThat(pi).isWaitingAt("Task_DraftDecision");
        complete(task("Task_DraftDecision", pi));
        complete(task("Task_ApproveDecision", pi), Map.of("decisionApproval", "APPROVE"));

        assertThat(pi).isWaitingAt("Event_DecisionServed");
    }

    @Test
    void decisionFindingInfringementOpensTheFifteenDayWindowAndIsPublishedWithinTwentyWorkingDays() {
        ProcessInstance pi = approvedDecision();

        correlate(pi, "DecisionServed", Map.of("infringementFound", true, "publicationDueAt", publicationDue,
                "appealWindowExpiresAt", expiresAfter("2026-08-18")));

        assertThat(pi).hasPassed("EndEvent_DecisionServed")
            .isWaitingAt("Task_PublishDecision", "CallActivity_AppealWindow");
        assertThat(task("Task_PublishDecision", pi)).hasDueDate(publicationDue);
        assertThat(timers(pi, "Event_CasePeriodWarning")).as("the case clock's watch ends with the case").isEmpty();
        ProcessInstance window = runtimeService().createProcessInstanceQuery()
            .superProcessInstanceId(pi.getId())
            .singleResult();
        assertThat(window).isWaitingAt("Gateway_AwaitWindow");
    }

    @Test
    void decisionFindingNoInfringementIsPublishedAndTheCaseCloses() {
        ProcessInstance pi = approvedDecision();
        correlate(pi, "DecisionServed", Map.of("infringementFound", false, "publicationDueAt", publicationDue));

        complete(task("Task_PublishDecision", pi));

        assertThat(pi).hasPassed("Gateway_DecisionJoin", "EndEvent_Closed")
            .hasNotPassed("CallActivity_AppealWindow")
            .isEnded();
    }

    @Test
    void repeatInfringementIsDecidedDirectlyWithoutAnotherAnswerOrHearing() {
        ProcessInstance pi = acceptedCase(Map.of("repeatInfringement", true));

        assertThat(pi).isWaitingAt("Task_DraftDecision").hasNotPassed("Task_ServeRequest");
    }

    @Test
    void damagesMayBeMediatedAfterADecisionFindingInfringement() {
        ProcessInstance pi = approvedDecision();
        correlate(pi, "DecisionServed", Map.of("infringementFound", true, "publicationDueAt", publicationDue,
                "appealWindowExpiresAt", expiresAfter("2026-08-18")));

        correlate(pi, "DamagesMediationRequested", Map.of("mediationNoticeDueAt", dueOn("2026-08-07")));

        assertThat(pi).isWaitingAt("CallActivity_DamagesMediation");
        ProcessInstance mediation = runtimeService().createProcessInstanceQuery()
            .processDefinitionKey("mediation")
            .superProcessInstanceId(pi.getId())
            .singleResult();
        assertThat(mediation).isWaitingAt("Task_NotifyOtherSide");
        assertThat(runtimeService().getVariable(mediation.getId(), "mirrorStage")).isEqualTo(false);
        MediationScenarioTest.fail(mediation);
        assertThat(pi).hasPassed("EndEvent_DamagesMediationEnded").isWaitingAt("Task_PublishDecision");
    }

    private ProcessInstance draftingDecision() {
        ProcessInstance pi = acceptedCase(Map.of("repeatInfringement", true));
        assertThat(pi).isWaitingAt("Task_DraftDecision");
        assertThat(task("Task_DraftDecision", pi)).hasDueDate(CASE_PERIOD_DUE).isAssignedTo(LEAD);
        return pi;
    }

    private ProcessInstance approvedDecision() {
        ProcessInstance pi = draftingDecision();
        complete(task("Task_DraftDecision", pi));
        complete(task("Task_ApproveDecision", pi), Map.of("decisionApproval", "APPROVE"));
        return pi;
    }

    // ------------------------------------------------------------------ at any stage

    @Test
    void suspensionPausesTheCasePeriodUntilTheCaseResumes() {
        ProcessInstance pi = servedCase(ANSWER_EXPIRES);
        correlate(pi, "SuspensionRequested", Map.of("suspensionReviewDueAt", dueOn("2026-07-15")));
        assertThat(task("Task_DecideSuspension", pi)).isAssignedTo(LEAD);

        complete(task("Task_DecideSuspension", pi), Map.of("suspensionDecision", "SUSPEND"));
        correlate(pi, "CasePeriodClockChanged", Map.of("casePeriodState", "PAUSED"));

        assertThat(pi).isWaitingAt("Task_ResumeCase", "Event_CasePeriodResumed");
        assertThat(timers(pi, "Event_CasePeriodWarning")).isEmpty();
        assertThat(timers(pi, "Event_CasePeriodExpired")).isEmpty();

        // resumed after 40 days: the deadline moves by as much
        complete(task("Task_ResumeCase", pi));
        Date movedWarning = at("2026-09-25T00:00:00+08:00");
        correlate(pi, "CasePeriodClockChanged", Map.of("casePeriodState", "RUNNING", "casePeriodWarningAt",
                movedWarning, "casePeriodExpiresAt", expiresAfter("2026-10-13")));

        assertThat(pi).hasPassed("EndEvent_Resumed");
        assertThat(timer(pi, "Event_CasePeriodWarning").getDuedate()).isEqualTo(movedWarning);
    }

    @Test
    void suspensionThatMayBeRefusedIsRefusedAndTheCaseGoesOn() {
        ProcessInstance pi = servedCase(ANSWER_EXPIRES);
        correlate(pi, "SuspensionRequested", Map.of("suspensionReviewDueAt", dueOn("2026-07-15")));

        complete(task("Task_DecideSuspension", pi), Map.of("suspensionDecision", "REFUSE"));

        assertThat(pi).hasPassed("EndEvent_SuspensionRefused").isWaitingAt("Gateway_AwaitAnswer");
    }

    @Test
    void casePeriodWarnsThePanelAndTheSupervisorBeforeItRunsOut() {
        ProcessInstance pi = acceptedCase();
        assertThat(timer(pi, "Event_CasePeriodWarning").getDuedate()).isEqualTo(CASE_PERIOD_WARNING);

        runTimer(pi, "Event_CasePeriodWarning");

        assertThat(warnings).containsExactly("case-1");
        assertThat(runtimeService().getVariable(pi.getId(), "casePeriodWarned")).isEqualTo(true);
        assertThat(timer(pi, "Event_CasePeriodExpired").getDuedate()).isEqualTo(CASE_PERIOD_EXPIRES);
        assertThat(timers(pi, "Event_CasePeriodWarning")).isEmpty();
    }

    @Test
    void casePeriodRunningOutIsEscalatedToTheSupervisor() {
        ProcessInstance pi = acceptedCase();
        runTimer(pi, "Event_CasePeriodWarning");
        ClockUtil.setCurrentTime(at("2026-09-04T08:00:00+08:00"));

        runTimer(pi, "Event_CasePeriodExpired");

        assertThat(task("Task_ReviewOverdueCase", pi)).hasCandidateGroup("supervisor-yubei");
        complete(task("Task_ReviewOverdueCase", pi));
        // still overdue: the watch waits for the clock to change, and fires nothing again
        assertThat(pi).isWaitingAt("Event_ClockChangedAfterOverdue");

        correlate(pi, "CasePeriodClockChanged", Map.of("casePeriodWarned", false, "casePeriodWarningAt",
                at("2026-09-28T00:00:00+08:00"), "casePeriodExpiresAt", expiresAfter("2026-10-09")));
        assertThat(timer(pi, "Event_CasePeriodWarning").getDuedate()).isEqualTo(at("2026-09-28T00:00:00+08:00"));
    }

    @Test
    void escalationReviewedAfterAnExtensionGoesBackToWatchingTheNewDeadline() {
        ProcessInstance pi = acceptedCase();
        runTimer(pi, "Event_CasePeriodWarning");
        ClockUtil.setCurrentTime(at("2026-09-04T08:00:00+08:00"));
        runTimer(pi, "Event_CasePeriodExpired");
        // extended by a month while the escalation was open
        runtimeService().setVariable(pi.getId(), "casePeriodExpiresAt", expiresAfter("2026-10-09"));

        complete(task("Task_ReviewOverdueCase", pi));

        assertThat(timer(pi, "Event_CasePeriodExpired").getDuedate()).isEqualTo(expiresAfter("2026-10-09"));
    }

    @Test
    void extensionOfTheCasePeriodIsApprovedByTheSupervisorAndMovesItsTimers() {
        ProcessInstance pi = acceptedCase();
        correlate(pi, "CasePeriodExtensionRequested", Map.of());
        assertThat(task("Task_ApproveCasePeriodExtension", pi)).hasCandidateGroup("supervisor-yubei");

        complete(task("Task_ApproveCasePeriodExtension", pi));
        // one month more, approved by the department head → Sat 3 October → Thu 8 October
        correlate(pi, "CasePeriodClockChanged", Map.of("casePeriodWarningAt", at("2026-09-19T00:00:00+08:00"),
                "casePeriodExpiresAt", expiresAfter("2026-10-08")));

        assertThat(pi).hasPassed("EndEvent_ExtensionDecided");
        assertThat(timer(pi, "Event_CasePeriodWarning").getDuedate()).isEqualTo(at("2026-09-19T00:00:00+08:00"));

        runTimer(pi, "Event_CasePeriodWarning");
        correlate(pi, "CasePeriodClockChanged", Map.of("casePeriodExpiresAt", expiresAfter("2026-12-08")));
        assertThat(timer(pi, "Event_CasePeriodExpired").getDuedate()).isEqualTo(expiresAfter("2026-12-08"));
    }

    @Test
    void withdrawalRequestGrantedClosesTheCaseWithAWithdrawalDecision() {
        ProcessInstance pi = servedCase(ANSWER_EXPIRES);
        correlate(pi, "WithdrawalRequested", Map.of());

        complete(task("Task_DecideWithdrawal", pi), Map.of("withdrawalDecision", "WITHDRAW"));

        assertThat(pi).hasPassed("EndEvent_CaseWithdrawn", "Task_CloseWithdrawnCase", "EndEvent_Withdrawn").isEnded();
        assertThat(closings).containsExactly("withdrawn");
    }

    @Test
    void withdrawalRefusedLetsTheCaseGoOn() {
        ProcessInstance pi = servedCase(ANSWER_EXPIRES);
        correlate(pi, "WithdrawalRequested", Map.of());

        complete(task("Task_DecideWithdrawal", pi), Map.of("withdrawalDecision", "CONTINUE"));

        assertThat(pi).hasPassed("EndEvent_WithdrawalRefused").isWaitingAt("Gateway_AwaitAnswer");
    }

    @Test
    void mediationAgreementInsideTheCaseClosesIt() {
        ProcessInstance pi = servedCase(ANSWER_EXPIRES);
        ProcessInstance mediation = mediationStarted(pi);

        MediationScenarioTest.agree(mediation);

        assertThat(pi).hasPassed("EndEvent_CaseSettled", "Task_CloseSettledCase", "EndEvent_Settled").isEnded();
        assertThat(closings).containsExactly("settled");
    }

    @Test
    void mediationFailingInsideTheCaseGoesBackToTheAdjudication() {
        ProcessInstance pi = servedCase(ANSWER_EXPIRES);
        ProcessInstance mediation = mediationStarted(pi);

        MediationScenarioTest.fail(mediation);

        assertThat(mediation).hasPassed("EndEvent_BackToAdjudication").isEnded();
        assertThat(pi).hasPassed("EndEvent_MediationFailed").isWaitingAt("Gateway_AwaitAnswer");
        assertThat(closings).isEmpty();
    }

    private ProcessInstance mediationStarted(ProcessInstance pi) {
        correlate(pi, "MediationRequested", Map.of("mediationNoticeDueAt", dueOn("2026-06-16")));
        ProcessInstance mediation = runtimeService().createProcessInstanceQuery()
            .superProcessInstanceId(pi.getId())
            .singleResult();
        assertThat(mediation).isWaitingAt("Task_NotifyOtherSide");
        assertThat(runtimeService().getVariable(mediation.getId(), "inCase")).isEqualTo(true);
        return mediation;
    }

    // ------------------------------------------------------------------ the steps, as
    // the backend takes them

    static ProcessInstance fileRequest() {
        return runtimeService().startProcessInstanceByKey("infringement-adjudication", "case-1",
                Map.of("officeId", "yubei", "acceptanceDueAt", ACCEPTANCE_DUE));
    }

    static ProcessInstance acceptedCase() {
        return acceptedCase(Map.of());
    }

    /** What the acceptance form hands the model: the panel and the case clock's dates. */
    static ProcessInstance acceptedCase(Map<String, Object> overrides) {
        ProcessInstance pi = fileRequest();
        Map<String, Object> accepted = new HashMap<>();
        accepted.put("acceptanceDecision", "ACCEPT");
        accepted.put("leadOfficer", LEAD);
        accepted.put("panelMembers", PANEL);
        accepted.put("repeatInfringement", false);
        accepted.put("serviceDueAt", SERVICE_DUE);
        accepted.put("casePeriodDueAt", CASE_PERIOD_DUE);
        accepted.put("casePeriodWarningAt", CASE_PERIOD_WARNING);
        accepted.put("casePeriodExpiresAt", CASE_PERIOD_EXPIRES);
        accepted.put("casePeriodState", "RUNNING");
        accepted.put("casePeriodWarned", false);
        accepted.putAll(overrides);
        complete(task(pi), accepted);
        return pi;
    }

    static ProcessInstance servedCase(Date answerExpiresAt) {
        ProcessInstance pi = acceptedCase();
        complete(task("Task_ServeRequest", pi));
        correlate(pi, "RequestServed", Map.of("answerExpiresAt", answerExpiresAt));
        return pi;
    }

    static Job timer(ProcessInstance pi, String activityId) {
        List<Job> jobs = timers(pi, activityId);
        assertThat(jobs).as("timer at " + activityId).hasSize(1);
        return jobs.get(0);
    }

    static List<Job> timers(ProcessInstance pi, String activityId) {
        return managementService().createJobQuery()
            .processInstanceId(pi.getId())
            .activityId(activityId)
            .timers()
            .list();
    }

    static void runTimer(ProcessInstance pi, String activityId) {
        managementService().executeJob(timer(pi, activityId).getId());
    }

    static List<String> candidateUsers(String taskKey, ProcessInstance pi) {
        return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService()
            .getIdentityLinksForTask(task(taskKey, pi).getId())
            .stream()
            .filter(l -> "candidate".equals(l.getType()) && l.getUserId() != null)
            .map(IdentityLink::getUserId)
            .toList();
    }

}
