package io.ipcase.adjudication;

import static io.ipcase.support.ModelVersions.text;
import static io.ipcase.support.TestUsers.ADMIN;
import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.RESPONDENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.mediation.Mediations;
import io.ipcase.support.Api;
import io.ipcase.support.Filings;
import io.ipcase.support.ModelVersions;
import io.ipcase.support.PostgresIntegrationTests;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cases running on the models before the evidence notice and the rules of absence
 * (infringement-adjudication version 3, mediation version 2, kept as test resources under
 * models/) move to the application's models when the migration runs, each at its step,
 * with its task, due dates and timers as they were, and go on by the new rules: the
 * evidence period waits for its notice to be served (Order 81 art. 54), an absent party
 * not summoned means a new hearing or session (art. 26, 67).
 */
class AdjudicationModelMigrationIntegrationTests extends PostgresIntegrationTests {

    static final String OLDER_RESOURCE = "older.bpmn";

    @Autowired
    CaseDrivers drivers;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    Mediations mediations;

    @Autowired
    TransactionTemplate tx;

    /** Whatever a test did, the application's models are the latest again. */
    @AfterEach
    void applicationModelsAreTheLatest() {
        for (String key : List.of("infringement-adjudication", "mediation")) {
            ProcessDefinition latest = repository.createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .latestVersion()
                .singleResult();
            if (latest.getResourceName().equals(OLDER_RESOURCE)) {
                deploy("bpmn/" + key + ".bpmn", text("bpmn/" + key + ".bpmn"));
            }
        }
    }

    @Test
    void runningAdjudicationsMoveToVersionFourAtTheirStepsWithTheirClocksAndGoOnByTheNewRules() {
        ProcessDefinition version3 = deploy(OLDER_RESOURCE, text("models/infringement-adjudication-3.bpmn"));
        assertThat(version3.getVersionTag()).isEqualTo("3");
        CaseDriver planning = drivers.file(this::as, CaseDriver.filing())
            .served(LocalDate.of(2026, 11, 23))
            .answerPeriodOver();
        CaseDriver hearing = drivers.file(this::as, CaseDriver.filing())
            .served(LocalDate.of(2026, 11, 23))
            .answerPeriodOver();
        // the hearing day has come on version 3 (its evidence stage, as version 3 ran it,
        // done)
        runtime.createProcessInstanceModification(hearing.processInstanceId())
            .cancelAllForActivity("Task_PlanEvidence")
            .startBeforeActivity("Task_RecordHearing")
            .setVariable("hearingDueAt",
                    tasks.createTaskQuery()
                        .processInstanceId(hearing.processInstanceId())
                        .taskDefinitionKey("Task_PlanEvidence")
                        .singleResult()
                        .getDueDate())
            .execute();
        assertThat(definitionOf(planning)).isEqualTo(definitionOf(hearing)).isEqualTo(version3.getId());
        Task plan = task(planning, "Task_PlanEvidence");
        Job casePeriodWarning = planning.timer("Event_CasePeriodWarning");
        Map<String, Object> variables = runtime.getVariables(planning.processInstanceId());
        ProcessDefinition latest = deploy("bpmn/infringement-adjudication.bpmn",
                text("bpmn/infringement-adjudication.bpmn"));
        assertThat(latest.getVersionTag()).isEqualTo("4");

        Api.Response run = as(ADMIN).post("/api/admin/model-migrations/run");

        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        JsonNode source = source(run.json(), version3);
        assertThat(source.get("migrated").asInt()).isEqualTo(2);
        assertThat(source.get("failed").asInt()).isZero();
        assertThat(definitionOf(planning)).isEqualTo(definitionOf(hearing)).isEqualTo(latest.getId());
        Task moved = task(planning, "Task_PlanEvidence");
        assertThat(moved.getId()).isEqualTo(plan.getId());
        assertThat(moved.getDueDate()).isEqualTo(plan.getDueDate());
        Job warning = planning.timer("Event_CasePeriodWarning");
        assertThat(warning.getId()).isEqualTo(casePeriodWarning.getId());
        assertThat(warning.getDuedate()).isEqualTo(casePeriodWarning.getDuedate());
        assertThat(runtime.getVariables(planning.processInstanceId())).isEqualTo(variables);

        // art. 54: the period waits for its notice to reach both parties
        planning.done(OFFICER_YUBEI, "Task_PlanEvidence",
                Map.of("evidenceDays", 15, "measures", List.of(), "evaluationReportRequired", false));
        assertThat(planning.hasTask("Task_RecordInvestigation")).isFalse();
        planning.documentServed(AdjudicationDocuments.EVIDENCE_NOTICE, "REQUESTER", LocalDate.of(2026, 11, 23));
        planning.documentServed(AdjudicationDocuments.EVIDENCE_NOTICE, "RESPONDENT", LocalDate.of(2026, 11, 23));
        assertThat(planning.task("Task_RecordInvestigation").get("dueAt").asText())
            .isEqualTo("2026-12-08T23:59:59+08:00");

        // art. 26: the requester was never summoned: a new hearing, not a withdrawal
        hearing.done(OFFICER_YUBEI, "Task_RecordHearing", Map.of("requester", "ABSENT", "requesterExcuse",
                "NO_REASON_GIVEN", "respondent", "PRESENT", "minutes", "请求人未到庭，口头审理通知书未能送达。"));
        assertThat(hearing.stage()).isNotEqualTo("WITHDRAWN");
        assertThat(hearing.hasTask("Task_ScheduleHearing")).isTrue();
    }

    @Test
    void runningMediationsMoveToVersionThreeAndASessionAPartyWasNotNotifiedOfIsSetAgain() {
        ProcessDefinition version2 = deploy(OLDER_RESOURCE, text("models/mediation-2.bpmn"));
        assertThat(version2.getVersionTag()).isEqualTo("2");
        UUID caseId = mediationAtItsSession();
        String pi = runtime.createProcessInstanceQuery()
            .processInstanceBusinessKey(caseId.toString())
            .singleResult()
            .getId();
        Task session = tasks.createTaskQuery().processInstanceId(pi).singleResult();
        assertThat(session.getTaskDefinitionKey()).isEqualTo("Task_RecordSession");
        ProcessDefinition latest = deploy("bpmn/mediation.bpmn", text("bpmn/mediation.bpmn"));
        assertThat(latest.getVersionTag()).isEqualTo("3");

        Api.Response run = as(ADMIN).post("/api/admin/model-migrations/run");

        assertThat(source(run.json(), version2).get("migrated").asInt()).isEqualTo(1);
        Task moved = tasks.createTaskQuery().processInstanceId(pi).singleResult();
        assertThat(moved.getId()).isEqualTo(session.getId());
        assertThat(moved.getProcessDefinitionId()).isEqualTo(latest.getId());
        assertThat(moved.getDueDate()).isEqualTo(session.getDueDate());
        complete(caseId, Map.of("requester", "PRESENT", "respondent", "ABSENT", "respondentExcuse", "NO_REASON_GIVEN",
                "agreed", false, "notes", "被请求人未到场，调解通知书未能送达。"));
        assertThat(tasks.createTaskQuery().processInstanceId(pi).singleResult().getTaskDefinitionKey())
            .isEqualTo("Task_FileMediation");
    }

    /** A mediation of its own, the other side consenting, its session day come. */
    private UUID mediationAtItsSession() {
        Map<String, Object> filing = Filings.valid("yubei");
        Map<String, Object> request = new HashMap<>();
        request.put("officeId", "yubei");
        request.put("requester", filing.get("requester"));
        request.put("respondent", filing.get("respondent"));
        request.put("patent", filing.get("patent"));
        request.put("subject", "EMPLOYEE_REWARD");
        request.put("request", "请求就职务发明报酬进行调解。");
        Api.Response filed = as(COMPLAINANT).postMultipart("/api/cases/mediation-requests", "request", request, "files",
                List.of());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        UUID caseId = UUID.fromString(filed.json().get("id").asText());
        complete(caseId, Map.of());
        String pi = runtime.createProcessInstanceQuery()
            .processInstanceBusinessKey(caseId.toString())
            .singleResult()
            .getId();
        tx.executeWithoutResult(s -> mediations.noticeServed(caseId, LocalDate.of(2026, 11, 23), "t.post"));
        assertThat(as(RESPONDENT)
            .postJson("/api/cases/" + caseId + "/mediation/opinion", Map.of("consents", true, "opinion", "同意调解。"))
            .status()).isEqualTo(201);
        complete(caseId, Map.of("sessionStartsAt", "2026-11-27T14:00:00+08:00", "place", "渝北区知识产权局调解室"));
        management.executeJob(management.createJobQuery()
            .processInstanceId(pi)
            .activityId("Event_SessionDay")
            .singleResult()
            .getId());
        return caseId;
    }

    private void complete(UUID caseId, Map<String, Object> values) {
        Api officer = as(OFFICER_YUBEI);
        JsonNode task = officer.get("/api/cases/" + caseId).json().get("openTasks").get(0);
        String id = task.get("taskId").asText();
        officer.post("/api/inbox/tasks/" + id + "/claim");
        Api.Response done = officer.postJson("/api/inbox/tasks/" + id + "/complete", values);
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }

    private ProcessDefinition deploy(String name, String xml) {
        return ModelVersions.deploy(repository, getClass().getSimpleName(), name, xml);
    }

    private String definitionOf(CaseDriver c) {
        return runtime.createProcessInstanceQuery()
            .processInstanceId(c.processInstanceId())
            .singleResult()
            .getProcessDefinitionId();
    }

    private Task task(CaseDriver c, String key) {
        return tasks.createTaskQuery().processInstanceId(c.processInstanceId()).taskDefinitionKey(key).singleResult();
    }

    private static JsonNode source(JsonNode run, ProcessDefinition from) {
        for (JsonNode source : run.get("sources")) {
            if (source.get("fromDefinitionId").asText().equals(from.getId())) {
                return source;
            }
        }
        throw new AssertionError("no source " + from.getId() + " in " + run);
    }

}
