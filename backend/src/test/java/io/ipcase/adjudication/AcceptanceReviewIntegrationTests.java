package io.ipcase.adjudication;

import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OTHER_OFFICER_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.Api;
import io.ipcase.support.EvidenceFiles;
import io.ipcase.support.Filings;
import io.ipcase.support.PostgresIntegrationTests;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.io.FileSystemResource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The acceptance review of Order 81 art. 16 and 20, worked through the inbox. */
class AcceptanceReviewIntegrationTests extends PostgresIntegrationTests {

    @TempDir
    Path dir;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ManagementService management;

    private String caseId;

    private String taskId;

    @BeforeEach
    void aRequestAwaitsReview() {
        caseId = as(COMPLAINANT)
            .postMultipart("/api/cases/infringement-disputes", "filing", Filings.valid("yubei"), "evidence", List.of())
            .json()
            .get("id")
            .asText();
        taskId = caseView(OFFICER_YUBEI).get("openTasks").get(0).get("taskId").asText();
    }

    @Test
    void officerClaimsAndAcceptsAndTheComplainantSeesTheCaseAccepted() {
        Api officer = as(OFFICER_YUBEI);

        assertThat(officer.post(tasks("claim")).status()).isEqualTo(204);
        assertThat(officer.postJson(tasks("complete"), CaseDriver.acceptance()).status()).isEqualTo(204);

        JsonNode seen = caseView(COMPLAINANT);
        assertThat(seen.get("stage").asText()).isEqualTo("ACCEPTED");
        assertThat(seen.get("acceptanceReview").get("decision").asText()).isEqualTo("ACCEPT");
        assertThat(actions(seen)).containsSubsequence("CASE_FILED", "TASK_CLAIMED", "ACCEPTANCE_DECIDED",
                "STAGE_CHANGED");
        assertThat(seen.get("timeline")).anySatisfy(e -> {
            assertThat(e.get("action").asText()).isEqualTo("STAGE_CHANGED");
            assertThat(e.get("actor").asText()).isEqualTo(OFFICER_YUBEI);
        });
        // the review is done; the panel's first task, serving the request, takes its
        // place
        assertThat(caseView(OFFICER_YUBEI).get("openTasks")).extracting(t -> t.get("taskKey").asText())
            .containsExactly("Task_ServeRequest");
    }

    @Test
    void refusalMustStateItsReasonsAndAnIncompleteDecisionChangesNothing() {
        Api officer = as(OFFICER_YUBEI);
        officer.post(tasks("claim"));

        Api.Response refused = officer.postJson(tasks("complete"), Map.of("decision", "REFUSE"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("reasons");
        assertThat(caseView(OFFICER_YUBEI).get("stage").asText()).isEqualTo("FILED");
        assertThat(reviewRows()).isZero();
        assertThat(inboxRows()).isOne();
    }

    @Test
    void refusalWithReasonsEndsTheCase() {
        Api officer = as(OFFICER_YUBEI);
        officer.post(tasks("claim"));

        officer.postJson(tasks("complete"), Map.of("decision", "REFUSE", "reasons", "请求人不是专利权人或利害关系人。"));

        JsonNode seen = caseView(COMPLAINANT);
        assertThat(seen.get("stage").asText()).isEqualTo("REFUSED");
        assertThat(seen.get("acceptanceReview").get("reasons").asText()).contains("利害关系人");
    }

    @Test
    void aTaskMustBeClaimedBeforeItIsCompleted() {
        Api.Response response = as(OFFICER_YUBEI).postJson(tasks("complete"), Map.of("decision", "ACCEPT"));

        assertThat(response.status()).isEqualTo(409);
    }

    @Test
    void secondClaimGetsA409NamingWhoHasIt() {
        as(OFFICER_YUBEI).post(tasks("claim"));

        Api.Response second = as(OTHER_OFFICER_YUBEI).post(tasks("claim"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asText()).contains(OFFICER_YUBEI);
    }

    @Test
    void completingATaskSomeoneJustCompletedGetsA409() {
        Api officer = as(OFFICER_YUBEI);
        officer.post(tasks("claim"));
        officer.postJson(tasks("complete"), CaseDriver.acceptance());

        Api.Response late = as(OTHER_OFFICER_YUBEI).postJson(tasks("complete"),
                Map.of("decision", "REFUSE", "reasons", "x"));

        assertThat(late.status()).isEqualTo(409);
        assertThat(caseView(COMPLAINANT).get("stage").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void unclaimingHandsTheTaskBackToTheOffice() {
        as(OFFICER_YUBEI).post(tasks("claim"));

        assertThat(as(OFFICER_YUBEI).post(tasks("unclaim")).status()).isEqualTo(204);
        assertThat(as(OTHER_OFFICER_YUBEI).post(tasks("claim")).status()).isEqualTo(204);
    }

    @Test
    void supplementNoticeListsWhatIsMissingAndTheAnswerReopensTheReview() {
        Api officer = as(OFFICER_YUBEI);
        officer.post(tasks("claim"));
        // Sat 5 Dec: a rest day, so the period ends on Mon 7 Dec
        assertThat(officer
            .postJson(tasks("complete"), Map.of("decision", "SUPPLEMENT", "missingItems", List.of("专利登记簿副本", "请求人身份证明"),
                    "supplementDueDate", "2026-12-05"))
            .status()).isEqualTo(204);

        JsonNode waiting = caseView(COMPLAINANT);
        assertThat(waiting.get("stage").asText()).isEqualTo("AWAITING_SUPPLEMENT");
        assertThat(waiting.get("supplementRequest").get("dueDate").asText()).isEqualTo("2026-12-07");
        assertThat(waiting.get("supplementRequest").get("missingItems")).hasSize(2);
        assertThat(waiting.get("supplementRequest").get("open").asBoolean()).isTrue();

        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("note", "已补充专利登记簿副本和身份证明。");
        parts.add("files", new FileSystemResource(EvidenceFiles.pdf(dir, "登记簿副本.pdf")));
        assertThat(as(COMPLAINANT).postMultipart("/api/cases/" + caseId + "/supplements", parts).status())
            .isEqualTo(201);

        JsonNode reopened = caseView(OFFICER_YUBEI);
        assertThat(reopened.get("stage").asText()).isEqualTo("FILED");
        assertThat(reopened.get("supplementRequest").get("open").asBoolean()).isFalse();
        assertThat(reopened.get("documents"))
            .anySatisfy(d -> assertThat(d.get("kind").asText()).isEqualTo("SUPPLEMENT"));
        // five working days again from the supplement's receipt on Mon 23 Nov
        assertThat(reopened.get("openTasks").get(0).get("dueAt").asText()).isEqualTo("2026-11-30T23:59:59+08:00");
    }

    @Test
    void supplementNotMadeInTimeEndsInRefusal() {
        Api officer = as(OFFICER_YUBEI);
        officer.post(tasks("claim"));
        officer.postJson(tasks("complete"), Map.of("decision", "SUPPLEMENT", "missingItems", List.of("专利登记簿副本"),
                "supplementDueDate", "2026-12-01"));
        Job timer = management.createJobQuery().processInstanceId(processInstanceId()).timers().singleResult();
        // the period runs to midnight ending 1 Dec in Chongqing; the timer fires right
        // after it
        assertThat(timer.getDuedate().toInstant())
            .isEqualTo(OffsetDateTime.parse("2026-12-02T00:00:00+08:00").toInstant());

        management.executeJob(timer.getId());

        JsonNode seen = caseView(COMPLAINANT);
        assertThat(seen.get("stage").asText()).isEqualTo("REFUSED");
        assertThat(seen.get("supplementRequest").get("open").asBoolean()).isFalse();
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("note", "迟到的补正");
        assertThat(as(COMPLAINANT).postMultipart("/api/cases/" + caseId + "/supplements", parts).status())
            .isEqualTo(409);
    }

    @Test
    void supplementDeadlineMustLieAhead() {
        as(OFFICER_YUBEI).post(tasks("claim"));

        Api.Response response = as(OFFICER_YUBEI).postJson(tasks("complete"), Map.of("decision", "SUPPLEMENT",
                "missingItems", List.of("专利登记簿副本"), "supplementDueDate", "2026-11-23"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("supplementDueDate");
    }

    private String tasks(String action) {
        return "/api/inbox/tasks/" + taskId + "/" + action;
    }

    private JsonNode caseView(String user) {
        return as(user).get("/api/cases/" + caseId).json();
    }

    private String processInstanceId() {
        return jdbc.sql("select process_instance_id from cases where id = :id::uuid")
            .param("id", caseId)
            .query(String.class)
            .single();
    }

    private long inboxRows() {
        return jdbc.sql("select count(*) from inbox_tasks where case_id = :id::uuid")
            .param("id", caseId)
            .query(Long.class)
            .single();
    }

    private long reviewRows() {
        return jdbc.sql("select count(*) from acceptance_reviews where case_id = :id::uuid")
            .param("id", caseId)
            .query(Long.class)
            .single();
    }

    private static List<String> actions(JsonNode caseView) {
        List<String> actions = new ArrayList<>();
        caseView.get("timeline").forEach(e -> actions.add(e.get("action").asText()));
        return actions;
    }

}
