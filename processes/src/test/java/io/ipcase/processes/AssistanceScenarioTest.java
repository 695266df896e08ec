package io.ipcase.processes;

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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rights-protection assistance (rules.md §5). Its periods are unverified, so each is a
 * setting with the default of domain/README.md, computed by the backend in working days
 * (rules.md §6.3) and handed in as a date: the dates below are those defaults counted
 * from Mon 23 Nov 2026.
 */
@Deployment(resources = "bpmn/assistance.bpmn")
class AssistanceScenarioTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
        .assertClassCoverageAtLeast(0.9)
        .build();

    // applied Mon 23 Nov 2026: 15 working days from Tue 24 Nov → Mon 14 Dec
    static final Date REVIEW_DUE = dueOn("2026-12-14");

    // supplement notice Mon 23 Nov: 7 working days → Wed 2 Dec, deemed withdrawn after it
    static final Date SUPPLEMENT_EXPIRES = expiresAfter("2026-12-02");

    // the supplement arrives Fri 27 Nov: the 15 working days start again → Fri 18 Dec
    static final Date REVIEW_DUE_AFTER_SUPPLEMENT = dueOn("2026-12-18");

    // refusal notified Mon 23 Nov: an appeal within 7 working days → Wed 2 Dec
    static final Date APPEAL_EXPIRES = expiresAfter("2026-12-02");

    // assistance delivered Mon 23 Nov: feedback within 15 working days → Mon 14 Dec
    static final Date FEEDBACK_EXPIRES = expiresAfter("2026-12-14");

    @Test
    void reviewIsDueFifteenWorkingDaysAfterTheApplication() {
        ProcessInstance pi = apply(false);

        assertThat(pi).isWaitingAt("Task_ReviewApplication");
        assertThat(task(pi)).hasCandidateGroup("officer-yubei").hasDueDate(REVIEW_DUE);
    }

    @Test
    void smallAndMicroFirmsAreReviewedFirst() {
        ProcessInstance ordinary = apply(false);
        ProcessInstance smallFirm = apply(true);

        List<Task> queue = taskService().createTaskQuery()
            .taskCandidateGroup("officer-yubei")
            .orderByTaskPriority()
            .desc()
            .list();

        assertThat(queue).extracting(Task::getProcessInstanceId).containsExactly(smallFirm.getId(), ordinary.getId());
        assertThat(queue.get(0).getPriority()).isGreaterThan(queue.get(1).getPriority());
    }

    @Test
    void smallAndMicroFirmsKeepTheirPriorityThroughTheAssistance() {
        ProcessInstance pi = accepted(apply(true));

        assertThat(pi).isWaitingAt("Task_AssignExpert");
        assertThat(task(pi).getPriority()).isGreaterThan(taskOf(apply(false)).getPriority());
    }

    @Test
    void anIncompleteApplicationRestartsTheReviewWhenTheSupplementArrives() {
        ProcessInstance pi = apply(false);

        complete(task(pi), Map.of("reviewDecision", "SUPPLEMENT", "supplementExpiresAt", SUPPLEMENT_EXPIRES));
        assertThat(pi).isWaitingAt("Gateway_AwaitSupplement");
        correlate(pi, "AssistanceSupplementReceived", Map.of("reviewDueAt", REVIEW_DUE_AFTER_SUPPLEMENT));

        assertThat(pi).isWaitingAt("Task_ReviewApplication");
        assertThat(task(pi)).hasDueDate(REVIEW_DUE_AFTER_SUPPLEMENT);
        assertThat(timer(pi, "Event_SupplementPeriodExpired")).isNull();
    }

    @Test
    void applicationIsDeemedWithdrawnWhenTheSupplementIsLateBySevenWorkingDays() {
        ProcessInstance pi = apply(false);
        complete(task(pi), Map.of("reviewDecision", "SUPPLEMENT", "supplementExpiresAt", SUPPLEMENT_EXPIRES));
        assertThat(timer(pi, "Event_SupplementPeriodExpired").getDuedate()).isEqualTo(SUPPLEMENT_EXPIRES);

        managementService().executeJob(timer(pi, "Event_SupplementPeriodExpired").getId());

        assertThat(pi).hasPassed("EndEvent_Withdrawn").hasNotPassed("Task_AssignExpert").isEnded();
    }

    @Test
    void refusalCanBeAppealedWithinSevenWorkingDays() {
        ProcessInstance pi = refused(apply(false));
        assertThat(pi).isWaitingAt("Gateway_AwaitAppeal");
        assertThat(timer(pi, "Event_AppealPeriodExpired").getDuedate()).isEqualTo(APPEAL_EXPIRES);

        correlate(pi, "AssistanceAppealFiled", Map.of());

        assertThat(pi).isWaitingAt("Task_DecideAppeal");
        assertThat(task(pi)).hasCandidateGroup("supervisor-yubei");
        assertThat(timer(pi, "Event_AppealPeriodExpired")).isNull();
    }

    @Test
    void refusalStandsWhenNoAppealComesWithinSevenWorkingDays() {
        ProcessInstance pi = refused(apply(false));

        managementService().executeJob(timer(pi, "Event_AppealPeriodExpired").getId());

        assertThat(pi).hasPassed("EndEvent_Refused").hasNotPassed("Task_DecideAppeal").isEnded();
    }

    @Test
    void theSupervisorMayUpholdTheRefusal() {
        ProcessInstance pi = refused(apply(false));
        correlate(pi, "AssistanceAppealFiled", Map.of());

        complete(task(pi), Map.of("appealAllowed", false));

        assertThat(pi).hasPassed("EndEvent_RefusalUpheld").isEnded();
    }

    @Test
    void aSuccessfulAppealAcceptsTheApplication() {
        ProcessInstance pi = refused(apply(false));
        correlate(pi, "AssistanceAppealFiled", Map.of());

        complete(task(pi), Map.of("appealAllowed", true));

        assertThat(pi).isWaitingAt("Task_AssignExpert");
        assertThat(task(pi)).hasCandidateGroup("officer-yubei");
    }

    @Test
    void anAcceptedApplicationIsAssignedBeforeTheAssistanceIsGiven() {
        ProcessInstance pi = accepted(apply(false));
        assertThat(pi).isWaitingAt("Task_AssignExpert");

        complete(task(pi));

        assertThat(pi).isWaitingAt("Task_ProvideAssistance");
    }

    @Test
    void theApplicantRatesTheAssistanceOnceItIsDelivered() {
        ProcessInstance pi = assisted(accepted(apply(false)), null);
        assertThat(pi).hasPassed("Event_Assisted").isWaitingAt("Gateway_AwaitFeedback");
        assertThat(timer(pi, "Event_FeedbackPeriodExpired").getDuedate()).isEqualTo(FEEDBACK_EXPIRES);

        correlate(pi, "AssistanceFeedbackGiven", Map.of());

        assertThat(pi).hasPassed("EndEvent_Closed").isEnded();
    }

    @Test
    void theRequestClosesWithoutFeedbackWhenTheApplicantGivesNone() {
        ProcessInstance pi = assisted(accepted(apply(false)), null);

        managementService().executeJob(timer(pi, "Event_FeedbackPeriodExpired").getId());

        assertThat(pi).hasPassed("EndEvent_ClosedWithoutFeedback").isEnded();
    }

    @Test
    void aReferralIntoMediationIsRecordedAndStillRated() {
        ProcessInstance pi = assisted(accepted(apply(false)), "MEDIATION");

        assertThat(pi).hasPassed("Event_ReferredToMediation")
            .hasNotPassed("Event_Assisted")
            .isWaitingAt("Gateway_AwaitFeedback");
    }

    @Test
    void aReferralIntoAdjudicationIsRecordedAndStillRated() {
        ProcessInstance pi = assisted(accepted(apply(false)), "ADJUDICATION");

        assertThat(pi).hasPassed("Event_ReferredToAdjudication")
            .hasNotPassed("Event_Assisted")
            .isWaitingAt("Gateway_AwaitFeedback");
    }

    // ------------------------------------------------------------------ the steps

    private static ProcessInstance apply(boolean smallOrMicroFirm) {
        return runtimeService().startProcessInstanceByKey("assistance", "case-" + smallOrMicroFirm,
                Map.of("officeId", "yubei", "reviewDueAt", REVIEW_DUE, "smallOrMicroFirm", smallOrMicroFirm));
    }

    private static ProcessInstance accepted(ProcessInstance pi) {
        complete(task(pi), Map.of("reviewDecision", "ACCEPT"));
        return pi;
    }

    private static ProcessInstance refused(ProcessInstance pi) {
        complete(task(pi), Map.of("reviewDecision", "REFUSE", "appealExpiresAt", APPEAL_EXPIRES));
        return pi;
    }

    private static ProcessInstance assisted(ProcessInstance pi, String referral) {
        complete(task(pi));
        Map<String, Object> variables = new HashMap<>();
        variables.put("referral", referral == null ? "NONE" : referral);
        variables.put("feedbackExpiresAt", FEEDBACK_EXPIRES);
        complete(task(pi), variables);
        return pi;
    }

    private static Task taskOf(ProcessInstance pi) {
        return taskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

}
