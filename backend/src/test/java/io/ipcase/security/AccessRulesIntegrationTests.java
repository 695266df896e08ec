package io.ipcase.security;

import static io.ipcase.support.TestUsers.ADMIN;
import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OFFICER_YUZHONG;
import static io.ipcase.support.TestUsers.OTHER_COMPLAINANT;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.Api;
import io.ipcase.support.EvidenceFiles;
import io.ipcase.support.Filings;
import io.ipcase.support.PostgresIntegrationTests;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Access is denied by default; a case of someone else, or of another office, does not
 * exist.
 */
class AccessRulesIntegrationTests extends PostgresIntegrationTests {

    @TempDir
    Path dir;

    @Autowired
    TaskService taskService;

    private String caseId;

    private String documentId;

    @BeforeEach
    void complainantFilesAtYubei() {
        JsonNode filed = as(COMPLAINANT)
            .postMultipart("/api/cases/infringement-disputes", "filing", Filings.valid("yubei"), "evidence",
                    List.of(EvidenceFiles.pdf(dir, "e.pdf")))
            .json();
        caseId = filed.get("id").asText();
        documentId = as(COMPLAINANT).get("/api/cases/" + caseId).json().get("documents").get(0).get("id").asText();
    }

    @Test
    void complainantSeesOwnCase() {
        assertThat(as(COMPLAINANT).get("/api/cases/" + caseId).status()).isEqualTo(200);
        assertThat(allCaseIds(as(COMPLAINANT))).contains(caseId);
    }

    @Test
    void complainantDoesNotSeeAnotherComplainantsCase() {
        Api other = as(OTHER_COMPLAINANT);

        assertThat(allCaseIds(other)).doesNotContain(caseId);
        assertThat(other.get("/api/cases/" + caseId).status()).isEqualTo(404);
        assertThat(other.get("/api/cases/" + caseId + "/documents/" + documentId + "/content").status()).isEqualTo(404);
        assertThat(other.get("/api/cases/" + caseId + "/diagram").status()).isEqualTo(404);
    }

    @Test
    void unknownCaseAndSomeoneElsesCaseAnswerTheSame() {
        Api other = as(OTHER_COMPLAINANT);
        Api.Response someoneElses = other.get("/api/cases/" + caseId);
        Api.Response unknown = other.get("/api/cases/00000000-0000-0000-0000-000000000000");

        assertThat(someoneElses.status()).isEqualTo(unknown.status()).isEqualTo(404);
        assertThat(someoneElses.json().get("detail")).isEqualTo(unknown.json().get("detail"));
    }

    @Test
    void officerSeesTheirOfficesCaseAndTask() {
        Api officer = as(OFFICER_YUBEI);

        assertThat(officer.get("/api/cases/" + caseId).status()).isEqualTo(200);
        assertThat(officer.get("/api/cases/" + caseId + "/diagram").status()).isEqualTo(200);
        assertThat(taskCaseIds(officer.get("/api/inbox/tasks?view=UNCLAIMED&size=200").json())).contains(caseId);
    }

    @Test
    void officerOfAnotherOfficeSeesNeitherTheCaseNorItsTask() {
        Api elsewhere = as(OFFICER_YUZHONG);
        String taskId = taskOf(caseId);

        assertThat(elsewhere.get("/api/cases/" + caseId).status()).isEqualTo(404);
        assertThat(allCaseIds(elsewhere)).doesNotContain(caseId);
        assertThat(taskCaseIds(elsewhere.get("/api/inbox/tasks?view=ALL&size=200").json())).doesNotContain(caseId);
        assertThat(elsewhere.post("/api/inbox/tasks/" + taskId + "/claim").status()).isEqualTo(404);
        assertThat(elsewhere.get("/api/cases/" + caseId + "/documents/" + documentId + "/content").status())
            .isEqualTo(404);
    }

    @Test
    void theEnginesOwnTaskQueryAgreesWithTheInbox() {
        String taskId = taskOf(caseId);

        List<String> yubei = taskService.createTaskQuery()
            .taskCandidateGroup("officer-yubei")
            .list()
            .stream()
            .map(Task::getId)
            .toList();
        List<String> yuzhong = taskService.createTaskQuery()
            .taskCandidateGroup("officer-yuzhong")
            .list()
            .stream()
            .map(Task::getId)
            .toList();

        assertThat(yubei).contains(taskId);
        assertThat(yuzhong).doesNotContain(taskId);
    }

    @Test
    void partiesHaveNoInbox() {
        assertThat(as(COMPLAINANT).get("/api/inbox/tasks").status()).isEqualTo(403);
    }

    @Test
    void supervisorsWorkTheirOfficesInboxToo() {
        assertThat(taskCaseIds(as(SUPERVISOR_YUBEI).get("/api/inbox/tasks?view=UNCLAIMED&size=200").json()))
            .contains(caseId);
    }

    @Test
    void engineRestApiIsForAdministratorsOnly() {
        assertThat(anonymous().get("/engine-rest/process-definition").status()).isEqualTo(401);
        assertThat(as(COMPLAINANT).get("/engine-rest/process-definition").status()).isEqualTo(403);
        assertThat(as(OFFICER_YUBEI).get("/engine-rest/process-definition").status()).isEqualTo(403);
        assertThat(as(ADMIN).get("/engine-rest/process-definition").status()).isEqualTo(200);
    }

    @Test
    void anonymousCallersGetA401ProblemWithoutABrowserPrompt() {
        Api.Response response = anonymous().get("/api/cases");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.headers().getContentType()).hasToString("application/problem+json");
        assertThat(response.headers().get("WWW-Authenticate")).isNull();
    }

    private String taskOf(String caseId) {
        return as(OFFICER_YUBEI).get("/api/cases/" + caseId).json().get("openTasks").get(0).get("taskId").asText();
    }

    /**
     * Every page of the list: under the tests' fixed clock all cases share one filing
     * instant.
     */
    private static List<String> allCaseIds(Api api) {
        List<String> all = new ArrayList<>();
        for (int page = 0;; page++) {
            List<String> ids = ids(api.get("/api/cases?size=200&page=" + page).json());
            all.addAll(ids);
            if (ids.size() < 200) {
                return all;
            }
        }
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    private static List<String> taskCaseIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("caseId").asText()));
        return ids;
    }

}
