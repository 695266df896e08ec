package io.ipcase.processes;

import static io.ipcase.processes.ScenarioDates.dueOn;
import static io.ipcase.processes.ScenarioDates.expiresAfter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * After a decision finding infringement: the 15-day window to sue (Patent Law art. 65),
 * then the reminder and the application for compulsory enforcement (Order 81 art. 80;
 * Administrative Compulsion Law art. 54, 69).
 */
@Deployment(resources = "bpmn/appeal-window.bpmn")
class AppealWindowScenarioTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
        .assertClassCoverageAtLeast(0.9)
        .build();

    // Decision served Thu 16 April 2026: 15 days → Fri 1 May, inside the Labour Day
    // holiday
    // (1–5 May) → Wed 6 May
    static final Date WINDOW_EXPIRES = expiresAfter("2026-05-06");

    // the department applies within 3 months after the window closes → Thu 6 August
    static final Date ENFORCEMENT_DUE = dueOn("2026-08-06");

    // reminder served Mon 11 May: 10 working days → Mon 25 May
    static final Date REMINDER_EXPIRES = expiresAfter("2026-05-25");

    @Test
    void appealWindowEndingInTheNationalDayHolidayRunsToTheNextWorkingDay() {
        // served Thu 17 September: 15 days → Fri 2 October; 1–7 October are rest days →
        // Thu 8 October
        Date expires = expiresAfter("2026-10-08");

        ProcessInstance pi = decisionServed(expires);

        assertThat(pi).isWaitingAt("Gateway_AwaitWindow");
        assertThat(windowTimer(pi).getDuedate()).isEqualTo(expires);
    }

    @Test
    void infringerSuingWithinTheWindowEndsTheEnforcementPath() {
        ProcessInstance pi = decisionServed(WINDOW_EXPIRES);

        runtimeService().createMessageCorrelation("InfringerSued").processInstanceId(pi.getId()).correlate();

        assertThat(pi).hasPassed("EndEvent_UnderLitigation").isEnded();
    }

    @Test
    void infringerWhoStoppedByTheEndOfTheWindowNeedsNoEnforcement() {
        ProcessInstance pi = windowExpired();
        assertThat(task(pi)).hasDefinitionKey("Task_CheckCompliance")
            .isAssignedTo("chen.jing")
            .hasDueDate(ENFORCEMENT_DUE);

        complete(task(pi), Map.of("complianceFinding", "STOPPED"));

        assertThat(pi).hasPassed("EndEvent_Complied").isEnded();
    }

    @Test
    void infringerWhoNeitherSuesNorStopsIsRemindedInWritingThenTheCourtIsAskedAfterTenWorkingDays() {
        ProcessInstance pi = reminded();

        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).singleResult().getDuedate())
            .isEqualTo(REMINDER_EXPIRES);
        managementService()
            .executeJob(managementService().createJobQuery().processInstanceId(pi.getId()).singleResult().getId());
        complete(task(pi), Map.of("complianceFinding", "NOT_STOPPED"));

        assertThat(task(pi)).hasDefinitionKey("Task_ApplyForEnforcement").hasDueDate(ENFORCEMENT_DUE);
        // applied Wed 27 May: the court rules within 30 days → Fri 26 June
        complete(task(pi), Map.of("courtRulingDueAt", dueOn("2026-06-26")));
        assertThat(task(pi)).hasDefinitionKey("Task_RecordCourtRuling").hasDueDate(dueOn("2026-06-26"));
        complete(task(pi));
        assertThat(pi).hasPassed("EndEvent_EnforcementDecided").isEnded();
    }

    @Test
    void infringerWhoStopsAfterTheReminderNeedsNoEnforcement() {
        ProcessInstance pi = reminded();
        managementService()
            .executeJob(managementService().createJobQuery().processInstanceId(pi.getId()).singleResult().getId());

        complete(task(pi), Map.of("complianceFinding", "STOPPED"));

        assertThat(pi).hasPassed("EndEvent_CompliedAfterReminder").hasNotPassed("Task_ApplyForEnforcement").isEnded();
    }

    private static ProcessInstance decisionServed(Date windowExpires) {
        return runtimeService().startProcessInstanceByKey("appeal-window", "case-w",
                Map.of("officeId", "yubei", "leadOfficer", "chen.jing", "panelMembers", "chen.jing,yang.fan,he.jun",
                        "appealWindowExpiresAt", windowExpires, "enforcementApplicationDueAt", ENFORCEMENT_DUE));
    }

    private static ProcessInstance windowExpired() {
        ProcessInstance pi = decisionServed(WINDOW_EXPIRES);
        managementService().executeJob(windowTimer(pi).getId());
        return pi;
    }

    private static ProcessInstance reminded() {
        ProcessInstance pi = windowExpired();
        complete(task(pi), Map.of("complianceFinding", "NOT_STOPPED"));
        assertThat(task(pi)).hasDefinitionKey("Task_IssueReminder");
        complete(task(pi));
        runtimeService().createMessageCorrelation("ReminderServed")
            .processInstanceId(pi.getId())
            .setVariable("reminderExpiresAt", REMINDER_EXPIRES)
            .correlate();
        return pi;
    }

    private static Job windowTimer(ProcessInstance pi) {
        return managementService().createJobQuery()
            .processInstanceId(pi.getId())
            .activityId("Event_AppealWindowExpired")
            .singleResult();
    }

}
