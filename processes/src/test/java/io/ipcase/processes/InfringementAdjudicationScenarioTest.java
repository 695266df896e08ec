package io.ipcase.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Acceptance review of a patent-infringement adjudication request (CNIPA Order 81 art. 16, 20). */
@Deployment(resources = "bpmn/infringement-adjudication.bpmn")
class InfringementAdjudicationScenarioTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder().build();

    // 2026-11-23 (Mon) filed → 5 working days → due Mon 2026-11-30 23:59:59 (Asia/Shanghai)
    private static final Date ACCEPTANCE_DUE = date("2026-11-30T23:59:59+08:00");

    private ProcessInstance fileRequest() {
        return runtimeService().startProcessInstanceByKey("infringement-adjudication", "case-1",
            Map.of("officeId", "yubei", "acceptanceDueAt", ACCEPTANCE_DUE));
    }

    @Test
    void acceptanceReviewGoesToTheOfficersOfTheOfficeWithTheFiveWorkingDayDeadline() {
        ProcessInstance pi = fileRequest();

        assertThat(pi).isWaitingAt("Task_ReviewAcceptance");
        assertThat(task(pi)).hasCandidateGroup("officer-yubei").hasDueDate(ACCEPTANCE_DUE);
        assertThat(taskQuery().taskCandidateGroup("officer-yuzhong").count()).isZero();
    }

    @Test
    void acceptedRequestOpensTheCase() {
        ProcessInstance pi = fileRequest();

        complete(task(pi), Map.of("acceptanceDecision", "ACCEPT"));

        assertThat(pi).hasPassed("EndEvent_CaseAccepted").isEnded();
    }

    @Test
    void refusedRequestEndsTheCase() {
        ProcessInstance pi = fileRequest();

        complete(task(pi), Map.of("acceptanceDecision", "REFUSE"));

        assertThat(pi).hasPassed("EndEvent_RequestRefused").isEnded();
    }

    @Test
    void supplementedInTimeReturnsToAcceptanceReview() {
        ProcessInstance pi = fileRequest();
        complete(task(pi), Map.of("acceptanceDecision", "SUPPLEMENT",
            "supplementExpiresAt", date("2026-12-10T00:00:00+08:00")));
        assertThat(pi).isWaitingAt("Gateway_AwaitSupplement");

        Date newDue = date("2026-12-14T23:59:59+08:00");
        runtimeService().createMessageCorrelation("SupplementReceived")
            .processInstanceBusinessKey("case-1")
            .setVariable("acceptanceDueAt", newDue)
            .correlate();

        assertThat(pi).isWaitingAt("Task_ReviewAcceptance");
        assertThat(task(pi)).hasDueDate(newDue);
        assertThat(job()).isNull();
    }

    @Test
    void notSupplementedInTimeRefusesTheRequest() {
        ProcessInstance pi = fileRequest();
        Date expiry = date("2026-12-10T00:00:00+08:00");
        complete(task(pi), Map.of("acceptanceDecision", "SUPPLEMENT", "supplementExpiresAt", expiry));

        assertThat(job()).hasDueDate(expiry);
        execute(job());

        assertThat(pi).hasPassed("EndEvent_RefusedNotSupplemented").isEnded();
    }

    private static Date date(String iso) {
        return Date.from(OffsetDateTime.parse(iso).toInstant());
    }
}
