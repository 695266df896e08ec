package io.ipcase.engine;

import static io.ipcase.support.TestUsers.ADMIN;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.PostgresIntegrationTests;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's health for administrators: failed jobs with their case, and a retry. */
class EngineHealthIntegrationTests extends PostgresIntegrationTests {

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Test
    void aFailedJobIsShownWithItsCaseAndARetryHandsItBack() {
        String caseId = UUID.randomUUID().toString();
        Job job = failedJob(caseId);

        JsonNode health = as(ADMIN).get("/api/admin/engine/health").json();

        assertThat(health.get("failedCount").asLong()).isPositive();
        JsonNode failed = null;
        for (JsonNode j : health.get("failedJobs")) {
            if (job.getId().equals(j.get("id").asText())) {
                failed = j;
            }
        }
        assertThat(failed).isNotNull();
        assertThat(failed.get("caseId").asText()).isEqualTo(caseId);
        assertThat(failed.get("processKey").asText()).isEqualTo("engine-health-test");
        assertThat(failed.get("failedActivityId").asText()).isEqualTo("Task_Fails");
        assertThat(failed.get("exceptionMessage").asText()).isNotBlank();

        assertThat(as(ADMIN).post("/api/admin/engine/failed-jobs/" + job.getId() + "/retry").status()).isEqualTo(204);
        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(1);
        assertThat(as(ADMIN).post("/api/admin/engine/failed-jobs/no-such-job/retry").status()).isEqualTo(404);
        runtime.deleteProcessInstance(job.getProcessInstanceId(), "test over");
    }

    @Test
    void onlyAdministratorsSeeTheEnginesHealthOrRetry() {
        assertThat(as(SUPERVISOR_YUBEI).get("/api/admin/engine/health").status()).isEqualTo(403);
        assertThat(as(OFFICER_YUBEI).post("/api/admin/engine/failed-jobs/any/retry").status()).isEqualTo(403);
    }

    /** A step that cannot run, as an incident leaves one: no retries left. */
    private Job failedJob(String caseId) {
        repository.createDeployment()
            .addModelInstance("engine-health-test.bpmn",
                    Bpmn.createExecutableProcess("engine-health-test")
                        .camundaHistoryTimeToLive(1)
                        .startEvent()
                        // far in the future, so the job executor leaves it to the test
                        .intermediateCatchEvent("Timer_Far")
                        .timerWithDate("2099-01-01T00:00:00")
                        .serviceTask("Task_Fails")
                        .camundaExpression("${noSuchBean.run()}")
                        .endEvent()
                        .done())
            .deploy();
        String instance = runtime.startProcessInstanceByKey("engine-health-test", caseId).getId();
        Job job = management.createJobQuery().processInstanceId(instance).singleResult();
        management.setJobRetries(job.getId(), 1);
        assertThatThrownBy(() -> management.executeJob(job.getId())).isNotNull();
        return management.createJobQuery().processInstanceId(instance).singleResult();
    }

}
