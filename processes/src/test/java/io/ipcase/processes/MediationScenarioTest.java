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

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Mediation of a patent dispute, on its own or inside a case (CNIPA Order 81 art. 35,
 * 63–70).
 */
@Deployment(resources = "bpmn/mediation.bpmn")
class MediationScenarioTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
        .assertClassCoverageAtLeast(0.9)
        .build();

    // request received Mon 2 March 2026: notice to the other side within 5 working days →
    // Mon 9 March (art. 65)
    static final Date NOTICE_DUE = dueOn("2026-03-09");

    // notice received Wed 4 March: 15 days to state an opinion → Thu 19 March (art. 65)
    static final Date OPINION_EXPIRES = expiresAfter("2026-03-19");

    // consent received Tue 10 March: filed within 5 working days → Tue 17 March (art. 66)
    static final Date FILING_DUE = dueOn("2026-03-17");

    // no consent by 19 March: the requester is told within 5 working days → Thu 26 March
    // (art. 66)
    static final Date NOT_FILED_NOTICE_DUE = dueOn("2026-03-26");
    static final Date SESSION = at("2026-03-24T14:00:00+08:00");

    private final List<String> closings = new ArrayList<>();

    @BeforeEach
    void delegates() {
        Mocks.register("mediationFailureClosing", (JavaDelegate) e -> closings.add(e.getProcessBusinessKey()));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void otherSideIsNotifiedWithinFiveWorkingDays() {
        ProcessInstance pi = requestMediation(false);

        assertThat(pi).isWaitingAt("Task_NotifyOtherSide");
        assertThat(task(pi)).hasCandidateGroup("officer-yubei").hasDueDate(NOTICE_DUE);
    }

    @Test
    void otherSideHasFifteenDaysFromReceiptToStateItsOpinion() {
        ProcessInstance pi = noticeServed(requestMediation(false));

        assertThat(pi).isWaitingAt("Gateway_AwaitOpinion");
        assertThat(timer(pi, "Event_OpinionPeriodExpired").getDuedate()).isEqualTo(OPINION_EXPIRES);
    }

    @Test
    void consentIsFiledWithinFiveWorkingDaysAndBothSidesAreToldWhenAndWhere() {
        ProcessInstance pi = consented(noticeServed(requestMediation(false)));

        assertThat(pi).isWaitingAt("Task_FileMediation");
        assertThat(task(pi)).hasDueDate(FILING_DUE);
    }

    @Test
    void refusalToMediateMeansNoFilingAndTheRequesterIsToldWithinFiveWorkingDays() {
        ProcessInstance pi = noticeServed(requestMediation(false));

        correlate(pi, "OpinionStated", Map.of("opinionConsents", false, "notFiledNoticeDueAt", NOT_FILED_NOTICE_DUE));

        assertThat(task(pi)).hasDefinitionKey("Task_NotifyNotFiled").hasDueDate(NOT_FILED_NOTICE_DUE);
        complete(task(pi));
        assertThat(pi).hasPassed("EndEvent_NotFiled").isEnded();
    }

    @Test
    void silenceUntilTheOpinionPeriodEndsMeansNoFiling() {
        ProcessInstance pi = noticeServed(requestMediation(false));
        runtimeService().setVariable(pi.getId(), "notFiledNoticeDueAt", NOT_FILED_NOTICE_DUE);

        managementService().executeJob(timer(pi, "Event_OpinionPeriodExpired").getId());

        assertThat(pi).hasPassed("Event_OpinionPeriodExpired").isWaitingAt("Task_NotifyNotFiled");
    }

    @Test
    void agreementIsRecordedSignedAndSealed() {
        ProcessInstance pi = requestMediation(false);

        agree(pi);

        assertThat(pi).hasPassed("Task_RecordAgreement", "EndEvent_Agreed").isEnded();
    }

    @Test
    void failureOnItsOwnClosesTheCaseAndTellsThePartiesTheyMaySue() {
        ProcessInstance pi = requestMediation(false);

        fail(pi);

        assertThat(pi).hasPassed("Task_CloseMediation", "EndEvent_MediationClosed").isEnded();
        assertThat(closings).containsExactly("case-m");
    }

    @Test
    void requesterAbsentWithoutGoodReasonIsDeemedToWithdraw() {
        ProcessInstance pi = inSession(requestMediation(false));

        complete(task(pi), Map.of("mediationOutcome", "REQUESTER_ABSENT"));

        assertThat(pi).hasPassed("Task_CloseMediation").hasNotPassed("Task_RecordAgreement").isEnded();
    }

    @Test
    void absentPartyNotNotifiedOrWithGoodReasonMeansTheSessionIsSetAgain() {
        ProcessInstance pi = inSession(requestMediation(false));

        complete(task(pi), Map.of("mediationOutcome", "RESCHEDULED"));

        assertThat(pi).hasPassed("Gateway_ToFiling")
            .isWaitingAt("Task_FileMediation")
            .hasNotPassed("Task_CloseMediation");
        assertThat(closings).isEmpty();
    }

    @Test
    void failureInsideACaseGoesBackToTheAdjudication() {
        ProcessInstance pi = requestMediation(true);

        fail(pi);

        assertThat(pi).hasPassed("EndEvent_BackToAdjudication").hasNotPassed("Task_CloseMediation").isEnded();
        assertThat(closings).isEmpty();
    }

    // ------------------------------------------------------------------ the steps

    private static ProcessInstance requestMediation(boolean inCase) {
        return runtimeService().startProcessInstanceByKey("mediation", "case-m",
                Map.of("officeId", "yubei", "inCase", inCase, "mediationNoticeDueAt", NOTICE_DUE));
    }

    static ProcessInstance noticeServed(ProcessInstance pi) {
        complete(task(pi));
        correlate(pi, "MediationNoticeServed", Map.of("opinionExpiresAt", OPINION_EXPIRES));
        return pi;
    }

    static ProcessInstance consented(ProcessInstance pi) {
        correlate(pi, "OpinionStated", Map.of("opinionConsents", true, "mediationFilingDueAt", FILING_DUE));
        return pi;
    }

    static ProcessInstance inSession(ProcessInstance pi) {
        consented(noticeServed(pi));
        complete(task(pi), Map.of("mediationSessionStartsAt", SESSION, "mediationSessionDueAt", dueOn("2026-03-24")));
        assertThat(timer(pi, "Event_SessionDay").getDuedate()).isEqualTo(SESSION);
        managementService().executeJob(timer(pi, "Event_SessionDay").getId());
        assertThat(pi).isWaitingAt("Task_RecordSession");
        return pi;
    }

    /** Drives a mediation from the notice to a signed agreement. */
    static void agree(ProcessInstance pi) {
        inSession(pi);
        complete(task(pi), Map.of("mediationOutcome", "AGREEMENT"));
        assertThat(pi).isWaitingAt("Task_RecordAgreement");
        complete(task(pi));
    }

    /** Drives a mediation from the notice to a session without agreement. */
    static void fail(ProcessInstance pi) {
        inSession(pi);
        complete(task(pi), Map.of("mediationOutcome", "FAILED"));
    }

}
