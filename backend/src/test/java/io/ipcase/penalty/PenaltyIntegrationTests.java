package io.ipcase.penalty;

import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OTHER_OFFICER_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.Api;
import io.ipcase.support.EvidenceFiles;
import io.ipcase.support.PostgresIntegrationTests;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Counterfeit-patent cases worked over HTTP as the office's staff work them. */
abstract class PenaltyIntegrationTests extends PostgresIntegrationTests {

    static final String PARTY_CREDIT_CODE = "91500000MA5U00000W";

    @TempDir
    Path dir;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ManagementService management;

    /**
     * A lead the Yubei office found itself on Mon 23 Nov 2026, against a shop, handled by
     * two officers.
     */
    static Map<String, Object> ownFinding() {
        Map<String, Object> lead = new HashMap<>();
        lead.put("source", "OWN_FINDING");
        lead.put("discoveredOn", "2026-11-23");
        lead.put("sourceReference", "日常检查发现");
        lead.put("party", new HashMap<>(Map.of("kind", "ORGANISATION", "name", "重庆某五金商行", "idNumber", PARTY_CREDIT_CODE,
                "address", "重庆市渝北区龙溪街道5号", "contact", "023-60000000")));
        lead.put("suspectedAct", "在销售的折叠椅包装上标注已失效的专利号 ZL201520123456.X。");
        lead.put("handlers", List.of(OFFICER_YUBEI, OTHER_OFFICER_YUBEI));
        lead.put("leadHandler", OFFICER_YUBEI);
        lead.put("actEndedOn", "2026-11-20");
        return lead;
    }

    String register(Map<String, Object> lead) {
        Api.Response response = as(OFFICER_YUBEI).postJson("/api/penalty/cases", lead);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    JsonNode caseView(String user, String caseId) {
        return as(user).get("/api/cases/" + caseId).json();
    }

    JsonNode penalty(String caseId) {
        return caseView(OFFICER_YUBEI, caseId).get("penalty");
    }

    String taskId(String caseId, String taskKey) {
        for (JsonNode task : caseView(OFFICER_YUBEI, caseId).get("openTasks")) {
            if (task.get("taskKey").asText().equals(taskKey)) {
                return task.get("taskId").asText();
            }
        }
        throw new AssertionError(
                "no open task " + taskKey + " on " + caseId + ": " + caseView(OFFICER_YUBEI, caseId).get("openTasks"));
    }

    JsonNode openTask(String caseId, String taskKey) {
        for (JsonNode task : caseView(OFFICER_YUBEI, caseId).get("openTasks")) {
            if (task.get("taskKey").asText().equals(taskKey)) {
                return task;
            }
        }
        return null;
    }

    List<String> openTaskKeys(String caseId) {
        List<String> keys = new ArrayList<>();
        caseView(OFFICER_YUBEI, caseId).get("openTasks").forEach(t -> keys.add(t.get("taskKey").asText()));
        return keys;
    }

    /** Claims the task (if free) and completes it with the values. */
    Api.Response complete(String user, String caseId, String taskKey, Map<String, ?> values) {
        String id = taskId(caseId, taskKey);
        Api api = as(user);
        api.post("/api/inbox/tasks/" + id + "/claim");
        return api.postJson("/api/inbox/tasks/" + id + "/complete", values);
    }

    void work(String user, String caseId, String taskKey, Map<String, ?> values) {
        Api.Response response = complete(user, caseId, taskKey, values);
        assertThat(response.status()).as(taskKey + ": " + response).isEqualTo(204);
    }

    Api.Response recordMeasure(String caseId, String kind, List<String> officers) {
        Map<String, Object> measure = new HashMap<>(
                Map.of("kind", kind, "takenOn", "2026-11-23", "place", "重庆市渝北区龙溪街道5号店内", "summary",
                        "现场检查发现标注失效专利号的折叠椅32把。", "officers", officers, "partySignature", "SIGNED"));
        return as(OFFICER_YUBEI).postMultipart("/api/penalty/cases/" + caseId + "/measures", "measure", measure,
                "files", List.of(EvidenceFiles.pdf(dir, "现场检查笔录.pdf")));
    }

    void recordSale(String caseId, String unitPrice, int quantity) {
        Api.Response response = as(OFFICER_YUBEI).postJson("/api/penalty/cases/" + caseId + "/gains",
                Map.of("kind", "SALE", "description", "折叠椅", "unitPrice", unitPrice, "quantity", quantity));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    static Map<String, Object> conclusion(String outcome, boolean anotherPersonsPatent) {
        Map<String, Object> values = new HashMap<>();
        values.put("step", "CONCLUDED");
        values.put("outcome", outcome);
        values.put("report", "经调查，当事人销售标注失效专利号的折叠椅，事实清楚。");
        values.put("anotherPersonsPatent", anotherPersonsPatent);
        values.put("businessVolume", "0");
        values.put("patenteeLoss", "0");
        values.put("patentCount", anotherPersonsPatent ? 1 : 0);
        values.put("repeatWithinTwoYears", false);
        values.put("otherSeriousCircumstances", false);
        return values;
    }

    String processInstanceId(String caseId) {
        return jdbc.sql("select process_instance_id from cases where id = :id::uuid")
            .param("id", caseId)
            .query(String.class)
            .single();
    }

    /** The timer of the case's procedure waiting at this event. */
    Job timer(String caseId, String activityId) {
        return management.createJobQuery()
            .processInstanceId(processInstanceId(caseId))
            .activityId(activityId)
            .timers()
            .singleResult();
    }

    static List<String> actions(JsonNode caseView) {
        List<String> actions = new ArrayList<>();
        caseView.get("timeline").forEach(e -> actions.add(e.get("action").asText()));
        return actions;
    }

    static List<String> fields(Api.Response problem) {
        List<String> fields = new ArrayList<>();
        problem.json().path("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    static String message(Api.Response problem, String field) {
        for (JsonNode e : problem.json().path("errors")) {
            if (e.get("field").asText().equals(field)) {
                return e.get("message").asText();
            }
        }
        return null;
    }

}
