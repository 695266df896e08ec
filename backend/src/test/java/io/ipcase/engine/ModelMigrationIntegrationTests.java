package io.ipcase.engine;

import static io.ipcase.support.ModelVersions.text;
import static io.ipcase.support.TestUsers.ADMIN;
import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ipcase.engine.MigrationLog.Cause;
import io.ipcase.engine.MigrationLog.Run;
import io.ipcase.engine.ModelChanges.Move;
import io.ipcase.support.Api;
import io.ipcase.support.EvidenceFiles;
import io.ipcase.support.Filings;
import io.ipcase.support.ModelVersions;
import io.ipcase.support.PostgresIntegrationTests;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Cases running on an older version of a model move to the latest version when a run
 * finds them: rights-protection assistance, version 1 (test resource
 * models/assistance-1.bpmn, without version 2's joining gateway before the review)
 * against the model the application deploys. Each test deploys the older version, files
 * its cases through the portal so they start on it, deploys the application's model again
 * so that it is the latest, and runs the migration.
 */
class ModelMigrationIntegrationTests extends PostgresIntegrationTests {

    static final String KEY = "assistance";

    /** The review's id in a draft of version 1 that the latest model does not have. */
    static final String RETIRED_STEP = "Task_CheckApplication";
    static final String OLDER_RESOURCE = "assistance-older.bpmn";

    @TempDir
    Path dir;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ModelMigrations migrations;

    @Autowired
    ObjectMapper mapper;

    /**
     * Whatever a test did, the application's model is the latest again for every test
     * after it.
     */
    @AfterEach
    void applicationModelIsTheLatest() {
        ProcessDefinition latest = repository.createProcessDefinitionQuery()
            .processDefinitionKey(KEY)
            .latestVersion()
            .singleResult();
        if (latest.getResourceName().equals(OLDER_RESOURCE)) {
            deployLatest();
        }
    }

    @Test
    void runningCasesMoveToTheNewModelWithTheirTimersIntact() {
        ProcessDefinition version1 = deploy(versionOne());
        String atReview = apply();
        String awaitingSupplement = apply();
        complete(awaitingSupplement, "Task_ReviewApplication",
                Map.of("decision", "SUPPLEMENT", "missingItems", List.of("营业执照副本")));
        assertThat(definitionOf(atReview)).isEqualTo(definitionOf(awaitingSupplement)).isEqualTo(version1.getId());
        Map<String, Object> reviewVariables = runtime.getVariables(processInstance(atReview));
        Map<String, Object> supplementVariables = runtime.getVariables(processInstance(awaitingSupplement));
        Task review = openTask(atReview);
        Map<String, Object> inboxRow = inboxRow(review.getId());
        Job supplementPeriod = timer(awaitingSupplement, "Event_SupplementPeriodExpired");
        ProcessDefinition latest = deployLatest();

        Api.Response run = as(ADMIN).post("/api/admin/model-migrations/run");

        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        JsonNode source = source(run.json(), version1);
        assertThat(source.get("fromVersionTag").asText()).isEqualTo("1");
        assertThat(source.get("toDefinitionId").asText()).isEqualTo(latest.getId());
        assertThat(source.get("toVersionTag").asText()).isEqualTo("2");
        assertThat(source.get("migrated").asInt()).isEqualTo(2);
        assertThat(source.get("failed").asInt()).isZero();

        // the same step, with its data, its task as it was (inbox row and all), its
        // timer's day
        assertThat(definitionOf(atReview)).isEqualTo(definitionOf(awaitingSupplement)).isEqualTo(latest.getId());
        assertThat(runtime.getVariables(processInstance(atReview))).isEqualTo(reviewVariables);
        assertThat(runtime.getVariables(processInstance(awaitingSupplement))).isEqualTo(supplementVariables);
        Task moved = openTask(atReview);
        assertThat(moved.getId()).isEqualTo(review.getId());
        assertThat(moved.getTaskDefinitionKey()).isEqualTo("Task_ReviewApplication");
        assertThat(moved.getProcessDefinitionId()).isEqualTo(latest.getId());
        assertThat(moved.getDueDate()).isEqualTo(review.getDueDate());
        assertThat(inboxRow(review.getId())).isEqualTo(inboxRow);
        Job movedPeriod = timer(awaitingSupplement, "Event_SupplementPeriodExpired");
        assertThat(movedPeriod.getId()).isEqualTo(supplementPeriod.getId());
        assertThat(movedPeriod.getProcessDefinitionId()).isEqualTo(latest.getId());
        assertThat(movedPeriod.getDuedate()).isEqualTo(supplementPeriod.getDuedate());

        // each case's timeline says so, and the administrator sees the run
        Map<String, Object> oneToTwo = Map.of("process", KEY, "from", "1", "to", "2");
        assertThat(migrationEntries(atReview)).containsExactly(oneToTwo);
        assertThat(migrationEntries(awaitingSupplement)).containsExactly(oneToTwo);
        JsonNode runs = as(ADMIN).get("/api/admin/model-migrations").json();
        assertThat(source(runOf(runs, run.json().get("id").asLong()), version1).get("migrated").asInt()).isEqualTo(2);

        // and both go on in version 2: the supplement passes the joining gateway only
        // version 2 has
        complete(atReview, "Task_ReviewApplication", Map.of("decision", "ACCEPT"));
        assertThat(openTask(atReview).getTaskDefinitionKey()).isEqualTo("Task_AssignExpert");
        Api.Response supplied = as(COMPLAINANT)
            .postMultipart("/api/cases/" + awaitingSupplement + "/assistance/supplement", files());
        assertThat(supplied.status()).as(supplied.toString()).isEqualTo(204);
        assertThat(passed(awaitingSupplement, "Gateway_ToReview")).isTrue();
        assertThat(openTask(awaitingSupplement).getTaskDefinitionKey()).isEqualTo("Task_ReviewApplication");
    }

    @Test
    void aCaseInAStepTheNewModelLacksIsReportedAndGoesOnOnItsOldModel() {
        ProcessDefinition draft = deploy(draftWithRetiredStep());
        String stuck = apply();
        String movable = apply();
        complete(movable, RETIRED_STEP, Map.of("decision", "SUPPLEMENT", "missingItems", List.of("营业执照副本")));
        Task retired = openTask(stuck);
        deployLatest();

        Api.Response run = as(ADMIN).post("/api/admin/model-migrations/run");

        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        JsonNode source = source(run.json(), draft);
        assertThat(source.get("migrated").asInt()).as("the case awaiting its supplement moves").isEqualTo(1);
        assertThat(source.get("failed").asInt()).isEqualTo(1);
        JsonNode failure = source.get("failures").get(0);
        assertThat(failure.get("processInstanceId").asText()).isEqualTo(processInstance(stuck));
        assertThat(failure.get("caseId").asText()).isEqualTo(stuck);
        assertThat(failure.get("reason").asText()).contains(RETIRED_STEP);
        assertThat(definitionOf(stuck)).isEqualTo(draft.getId());
        assertThat(openTask(stuck).getId()).isEqualTo(retired.getId());
        assertThat(inboxRow(retired.getId()).get("task_key")).isEqualTo(RETIRED_STEP);
        assertThat(migrationEntries(stuck)).isEmpty();
        JsonNode runs = as(ADMIN).get("/api/admin/model-migrations").json();
        assertThat(
                source(runOf(runs, run.json().get("id").asLong()), draft).get("failures").get(0).get("caseId").asText())
            .isEqualTo(stuck);

        complete(stuck, RETIRED_STEP, Map.of("decision", "ACCEPT"));

        Task next = openTask(stuck);
        assertThat(next.getTaskDefinitionKey()).isEqualTo("Task_AssignExpert");
        assertThat(next.getProcessDefinitionId()).isEqualTo(draft.getId());
    }

    @Test
    void aRenamedStepTakesItsCasesAlongWithTheMoveItsChangeRegisters() {
        ProcessDefinition draft = deploy(draftWithRetiredStep());
        String renamed = apply();
        Task before = openTask(renamed);
        ProcessDefinition latest = deployLatest();
        ModelChanges renaming = new ModelChanges(List.of(new Move(KEY, "0", RETIRED_STEP, "Task_ReviewApplication")));

        Optional<Run> run = migrations.run(Cause.ADMINISTRATOR, ADMIN, renaming);

        assertThat(run).isPresent();
        MigrationLog.Source source = run.get()
            .sources()
            .stream()
            .filter(s -> s.fromDefinitionId().equals(draft.getId()))
            .findFirst()
            .orElseThrow();
        assertThat(source.migrated()).isEqualTo(1);
        assertThat(source.failed()).isZero();
        Task after = openTask(renamed);
        assertThat(after.getId()).isEqualTo(before.getId());
        assertThat(after.getTaskDefinitionKey()).isEqualTo("Task_ReviewApplication");
        assertThat(after.getProcessDefinitionId()).isEqualTo(latest.getId());
        assertThat(after.getDueDate()).isEqualTo(before.getDueDate());
        assertThat(inboxRow(after.getId())).containsEntry("task_key", "Task_ReviewApplication")
            .containsEntry("form_key", "assistance-review");

        complete(renamed, "Task_ReviewApplication", Map.of("decision", "ACCEPT"));

        assertThat(openTask(renamed).getTaskDefinitionKey()).isEqualTo("Task_AssignExpert");
    }

    @Test
    void aRunWhileAnotherIsUnderWayLeavesTheCasesToItSoEachMovesOnce() throws Exception {
        ProcessDefinition version1 = deploy(versionOne());
        String waiting = apply();
        deployLatest();
        CountDownLatch otherNodeRuns = new CountDownLatch(1);
        CountDownLatch otherNodeDone = new CountDownLatch(1);
        ExecutorService otherNode = Executors.newSingleThreadExecutor();
        Api.Response meanwhile;
        try {
            Future<?> holding = otherNode.submit(() -> tx.executeWithoutResult(status -> {
                jdbc.sql("select id from model_migration_lock where id = 1 for update").query(Integer.class).single();
                otherNodeRuns.countDown();
                await(otherNodeDone);
            }));
            assertThat(otherNodeRuns.await(30, TimeUnit.SECONDS)).isTrue();
            meanwhile = as(ADMIN).post("/api/admin/model-migrations/run");
            otherNodeDone.countDown();
            holding.get(30, TimeUnit.SECONDS);
        }
        finally {
            otherNodeDone.countDown();
            otherNode.shutdownNow();
        }

        assertThat(meanwhile.status()).as(meanwhile.toString()).isEqualTo(409);
        assertThat(meanwhile.headers().getContentType()).hasToString("application/problem+json");
        assertThat(meanwhile.json().get("detail").asText()).contains("迁移");
        assertThat(definitionOf(waiting)).isEqualTo(version1.getId());
        assertThat(migrationEntries(waiting)).isEmpty();

        Api.Response first = as(ADMIN).post("/api/admin/model-migrations/run");
        Api.Response second = as(ADMIN).post("/api/admin/model-migrations/run");

        assertThat(source(first.json(), version1).get("migrated").asInt()).isEqualTo(1);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("sources").findValuesAsText("fromDefinitionId")).doesNotContain(version1.getId());
        assertThat(migrationEntries(waiting)).hasSize(1);
    }

    @Test
    void theApplicationRunsTheMigrationOnceTheEngineHasDeployedTheModels() {
        Map<String, Object> first = jdbc.sql("""
                select cause, requested_by, finished_at, failure from model_migration_runs
                order by id fetch first 1 rows only""").query().singleRow();

        assertThat(first).containsEntry("cause", "STARTUP")
            .containsEntry("requested_by", "system")
            .containsEntry("failure", null);
        assertThat(first.get("finished_at")).isNotNull();
    }

    @Test
    void onlyAnAdministratorSeesAndStartsRuns() {
        assertThat(as(OFFICER_YUBEI).get("/api/admin/model-migrations").status()).isEqualTo(403);
        Api.Response officer = as(OFFICER_YUBEI).post("/api/admin/model-migrations/run");
        assertThat(officer.status()).isEqualTo(403);
        assertThat(officer.headers().getContentType()).hasToString("application/problem+json");
        assertThat(as(ADMIN).get("/api/admin/model-migrations").status()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ models

    private static String versionOne() {
        return text("models/assistance-1.bpmn");
    }

    /**
     * Version 1 as a draft had it: the review under another id, a step the latest model
     * lacks.
     */
    private static String draftWithRetiredStep() {
        return versionOne().replace("Task_ReviewApplication", RETIRED_STEP)
            .replace("camunda:versionTag=\"1\"", "camunda:versionTag=\"0\"");
    }

    private ProcessDefinition deploy(String xml) {
        return ModelVersions.deploy(repository, getClass().getSimpleName(), OLDER_RESOURCE, xml);
    }

    /** The application's own model, deployed again as the latest version. */
    private ProcessDefinition deployLatest() {
        return ModelVersions.deploy(repository, getClass().getSimpleName(), "bpmn/assistance.bpmn",
                text("bpmn/assistance.bpmn"));
    }

    // ------------------------------------------------------------------ cases, through
    // the application

    private String apply() {
        Map<String, Object> filing = Filings.valid("yubei");
        Map<String, Object> application = new HashMap<>();
        application.put("officeId", "yubei");
        application.put("applicant", filing.get("requester"));
        application.put("otherSide", filing.get("respondent"));
        application.put("patent", filing.get("patent"));
        application.put("smallOrMicroFirm", false);
        application.put("field", "MECHANICAL");
        application.put("matter", "对方在网店销售与我方实用新型专利相同的折叠椅，希望获得侵权判定参考意见。");
        application.put("helpWanted", List.of("REFERENCE_OPINION"));
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        parts.add("application", new HttpEntity<>(application, json));
        parts.add("files", new FileSystemResource(EvidenceFiles.pdf(dir, "营业执照.pdf")));
        Api.Response filed = as(COMPLAINANT).postMultipart("/api/cases/assistance-requests", parts);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().get("id").asText();
    }

    private MultiValueMap<String, Object> files() {
        MultiValueMap<String, Object> files = new LinkedMultiValueMap<>();
        files.add("files", new FileSystemResource(EvidenceFiles.pdf(dir, "营业执照副本.pdf")));
        return files;
    }

    private void complete(String caseId, String taskKey, Map<String, Object> values) {
        Task task = openTask(caseId);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
        Api officer = as(OFFICER_YUBEI);
        assertThat(officer.post("/api/inbox/tasks/" + task.getId() + "/claim").status()).isIn(204, 409);
        Api.Response done = officer.postJson("/api/inbox/tasks/" + task.getId() + "/complete", values);
        assertThat(done.status()).as(taskKey + ": " + done).isEqualTo(204);
    }

    // ------------------------------------------------------------------ what the engine
    // and the tables say

    private String processInstance(String caseId) {
        return jdbc.sql("select process_instance_id from cases where id = :id::uuid")
            .param("id", caseId)
            .query(String.class)
            .single();
    }

    private String definitionOf(String caseId) {
        return runtime.createProcessInstanceQuery()
            .processInstanceId(processInstance(caseId))
            .singleResult()
            .getProcessDefinitionId();
    }

    private Task openTask(String caseId) {
        return tasks.createTaskQuery().processInstanceId(processInstance(caseId)).singleResult();
    }

    private Job timer(String caseId, String activityId) {
        return management.createJobQuery()
            .processInstanceId(processInstance(caseId))
            .activityId(activityId)
            .timers()
            .singleResult();
    }

    private boolean passed(String caseId, String activityId) {
        return history.createHistoricActivityInstanceQuery()
            .processInstanceId(processInstance(caseId))
            .activityId(activityId)
            .count() > 0;
    }

    private Map<String, Object> inboxRow(String taskId) {
        return jdbc.sql("select * from inbox_tasks where task_id = :id").param("id", taskId).query().singleRow();
    }

    /**
     * The case's MODEL_MIGRATED entries, recorded by the system, as the details they
     * carry.
     */
    private List<Map<String, Object>> migrationEntries(String caseId) {
        return jdbc.sql("""
                select actor, details from audit_events
                where case_id = :id::uuid and action = 'MODEL_MIGRATED'""").param("id", caseId).query((rs, i) -> {
            assertThat(rs.getString("actor")).isEqualTo("system");
            return readMap(rs.getString("details"));
        }).list();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> readMap(String details) {
        try {
            return mapper.readValue(details, Map.class);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode source(JsonNode run, ProcessDefinition from) {
        for (JsonNode source : run.get("sources")) {
            if (source.get("fromDefinitionId").asText().equals(from.getId())) {
                return source;
            }
        }
        throw new AssertionError("the run did not find " + from.getId() + ": " + run);
    }

    private static JsonNode runOf(JsonNode runs, long id) {
        for (JsonNode run : runs) {
            if (run.get("id").asLong() == id) {
                return run;
            }
        }
        throw new AssertionError("no run " + id + " among " + runs);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
