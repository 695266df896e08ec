package io.ipcase.penalty;

import static io.ipcase.support.ModelVersions.text;
import static io.ipcase.support.TestUsers.ADMIN;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OTHER_OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.Api;
import io.ipcase.support.ModelVersions;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Counterfeit-penalty cases running on version 2 of the model (test resource
 * models/counterfeit-penalty-2.bpmn, without the hearing notice's service between
 * scheduling and holding the hearing) move to the model the application deploys and go on
 * at the step they were at, with their tasks, timers and clocks as they were.
 */
class PenaltyModelMigrationIntegrationTests extends PenaltyIntegrationTests {

    static final String KEY = "counterfeit-penalty";

    static final String OLDER_RESOURCE = "counterfeit-penalty-older.bpmn";

    @Autowired
    RepositoryService repository;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @AfterEach
    void applicationModelIsTheLatest() {
        ProcessDefinition latest = repository.createProcessDefinitionQuery()
            .processDefinitionKey(KEY)
            .latestVersion()
            .singleResult();
        if (latest.getResourceName().equals(OLDER_RESOURCE)) {
            deploy("bpmn/counterfeit-penalty.bpmn", text("bpmn/counterfeit-penalty.bpmn"));
        }
    }

    /** A heavy case whose notice was served on Mon 23 Nov and a hearing asked for. */
    private String hearingRequested() {
        String caseId = noticeServed("180000", "HEAVY");
        assertThat(as(OFFICER_YUBEI)
            .postJson("/api/penalty/cases/" + caseId + "/responses",
                    Map.of("kind", "HEARING_REQUEST", "receivedOn", "2026-11-23"))
            .status()).isEqualTo(201);
        return caseId;
    }

    /** The notice of the proposed fine served on Mon 23 Nov: the rights period runs. */
    private String noticeServed(String fine, String level) {
        String caseId = register(ownFinding());
        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveFiling", Map.of("outcome", "APPROVED"));
        assertThat(recordMeasure(caseId, "SITE_INSPECTION", List.of(OFFICER_YUBEI, OTHER_OFFICER_YUBEI)).status())
            .isEqualTo(201);
        recordSale(caseId, "120.00", 250);
        work(OFFICER_YUBEI, caseId, "Task_Investigate", conclusion("PENALTY", false));
        work(OFFICER_YUBEI, caseId, "Task_ProposePenalty", Map.of("fine", fine, "discretionLevel", level, "correction",
                "立即停止销售并除去产品上的专利标识。", "confiscateSeized", true, "complexOrMajor", false));
        work(OFFICER_YUBEI, caseId, "Task_ServePenaltyNotice", Map.of("date", "2026-11-23", "method", "PERSONAL"));
        return caseId;
    }

    private static Map<String, Object> hearingPlan() {
        return Map.of("at", "2026-12-14T09:30:00+08:00", "place", "渝北区知识产权局听证室", "presider", SUPERVISOR_YUBEI,
                "publicHearing", true);
    }

    @Test
    void runningPenaltyCasesMoveToTheModelWithTheHearingNoticesServiceAtTheirStepsWithClocksIntact() {
        ProcessDefinition version2 = deploy(OLDER_RESOURCE, text("models/counterfeit-penalty-2.bpmn"));
        String toSchedule = hearingRequested();
        String toHold = hearingRequested();
        work(OFFICER_YUBEI, toHold, "Task_ScheduleHearing", hearingPlan());
        String inRightsPeriod = noticeServed("80000", "NORMAL");
        assertThat(definitionOf(toSchedule)).isEqualTo(definitionOf(toHold)).isEqualTo(version2.getId());
        Task schedule = openTaskOf(toSchedule);
        Task hold = openTaskOf(toHold);
        assertThat(hold.getTaskDefinitionKey()).isEqualTo("Task_HoldHearing");
        Job rightsTimer = timer(inRightsPeriod, "Event_RightsPeriodExpired");
        JsonNode clocksBefore = caseView(OFFICER_YUBEI, toHold).get("clocks");
        ProcessDefinition latest = deploy("bpmn/counterfeit-penalty.bpmn", text("bpmn/counterfeit-penalty.bpmn"));

        Api.Response run = as(ADMIN).post("/api/admin/model-migrations/run");

        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        JsonNode source = source(run.json(), version2);
        assertThat(source.get("fromVersionTag").asText()).isEqualTo("2");
        assertThat(source.get("toVersionTag").asText()).isEqualTo("3");
        assertThat(source.get("migrated").asInt()).isEqualTo(3);
        assertThat(source.get("failed").asInt()).isZero();
        assertThat(definitionOf(toSchedule)).isEqualTo(definitionOf(toHold))
            .isEqualTo(definitionOf(inRightsPeriod))
            .isEqualTo(latest.getId());
        Task movedSchedule = openTaskOf(toSchedule);
        assertThat(movedSchedule.getId()).isEqualTo(schedule.getId());
        assertThat(movedSchedule.getTaskDefinitionKey()).isEqualTo("Task_ScheduleHearing");
        Task movedHold = openTaskOf(toHold);
        assertThat(movedHold.getId()).isEqualTo(hold.getId());
        assertThat(movedHold.getTaskDefinitionKey()).isEqualTo("Task_HoldHearing");
        assertThat(movedHold.getAssignee()).isEqualTo(SUPERVISOR_YUBEI);
        assertThat(movedHold.getDueDate()).isEqualTo(hold.getDueDate());
        Job movedTimer = timer(inRightsPeriod, "Event_RightsPeriodExpired");
        assertThat(movedTimer.getId()).isEqualTo(rightsTimer.getId());
        assertThat(movedTimer.getProcessDefinitionId()).isEqualTo(latest.getId());
        assertThat(movedTimer.getDuedate()).isEqualTo(rightsTimer.getDuedate());
        // the case period paused for the hearing stays paused, its deadline as it was
        assertThat(caseView(OFFICER_YUBEI, toHold).get("clocks")).isEqualTo(clocksBefore);

        // the held hearing goes on as before; the one still to schedule now has its
        // notice served first
        clock.set(OffsetDateTime.parse("2026-12-14T16:00:00+08:00").toInstant());
        work(SUPERVISOR_YUBEI, toHold, "Task_HoldHearing",
                Map.of("outcome", "HELD", "date", "2026-12-14", "comments", "当事人到场陈述。"));
        assertThat(openTaskKeys(toHold)).containsExactly("Task_ReviewStatement");
        clock.set(NOW);
        work(OFFICER_YUBEI, toSchedule, "Task_ScheduleHearing", hearingPlan());
        assertThat(openTaskKeys(toSchedule)).containsExactly("Task_ServeHearingNotice");
    }

    private ProcessDefinition deploy(String resource, String xml) {
        return ModelVersions.deploy(repository, getClass().getSimpleName(), resource, xml);
    }

    private String definitionOf(String caseId) {
        return runtime.createProcessInstanceQuery()
            .processInstanceId(processInstanceId(caseId))
            .singleResult()
            .getProcessDefinitionId();
    }

    private Task openTaskOf(String caseId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId(caseId)).singleResult();
    }

    private static JsonNode source(JsonNode run, ProcessDefinition from) {
        for (JsonNode source : run.get("sources")) {
            if (source.get("fromDefinitionId").asText().equals(from.getId())) {
                return source;
            }
        }
        throw new AssertionError("the run did not find " + from.getId() + ": " + run);
    }

}
