package io.ipcase.adjudication;

import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OFFICER_YUZHONG;
import static io.ipcase.support.TestUsers.OTHER_OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.Api;
import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

/** Acceptance of a request (Order 81 art. 12, 16, 19, 20, 34), filed Mon 23 Nov 2026. */
class CaseAcceptanceIntegrationTests extends PostgresIntegrationTests {

    @Autowired
    CaseDrivers drivers;

    @Autowired
    JdbcClient jdbc;

    private CaseDriver c;

    @BeforeEach
    void aRequestAwaitsReview() {
        c = drivers.file(this::as, CaseDriver.filing());
    }

    @Test
    void panelIsAnOddNumberOfAtLeastThreeOfficersOfTheOffice() {
        for (List<String> panel : List.of(List.of(OFFICER_YUBEI, OTHER_OFFICER_YUBEI),
                List.of(OFFICER_YUBEI, OTHER_OFFICER_YUBEI, OFFICER_YUZHONG),
                List.of(OFFICER_YUBEI, OTHER_OFFICER_YUBEI, SUPERVISOR_YUBEI, "t.officer3.yb"))) {
            Map<String, Object> values = CaseDriver.acceptance();
            values.put("panelMembers", panel);

            Api.Response response = c.complete(OFFICER_YUBEI, "Task_ReviewAcceptance", values);

            assertThat(response.status()).as(panel.toString()).isEqualTo(400);
            assertThat(fields(response)).contains("panelMembers");
        }
        assertThat(c.stage()).isEqualTo("FILED");
    }

    @Test
    void requestFailingAConditionOfArticle12IsRefusedNotAcceptedAndNothingIsWritten() {
        Map<String, Object> values = CaseDriver.acceptance();
        @SuppressWarnings("unchecked")
        Map<String, Object> checks = (Map<String, Object>) values.get("admissibility");
        checks.put("standing", false);

        Api.Response response = c.complete(OFFICER_YUBEI, "Task_ReviewAcceptance", values);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("admissibility.standing");
        assertThat(jdbc.sql("select count(*) from case_panel_members where case_id = :id")
            .param("id", c.caseId)
            .query(Integer.class)
            .single()).isZero();
        assertThat(c.stage()).isEqualTo("FILED");
    }

    @Test
    void lateRequestIsAcceptedForTheOfficeDoesNotRaiseTheTimeLimitOfItsOwnMotion() {
        Map<String, Object> values = CaseDriver.acceptance();
        @SuppressWarnings("unchecked")
        Map<String, Object> checks = (Map<String, Object>) values.get("admissibility");
        // more than 3 years before Mon 23 Nov 2026, and the act no longer continues
        checks.put("infringementKnownOn", "2023-11-20");

        c.done(OFFICER_YUBEI, "Task_ReviewAcceptance", values);

        assertThat(c.stage()).isEqualTo("ACCEPTED");
        JsonNode recorded = c.view(OFFICER_YUBEI).get("admissibility");
        assertThat(recorded.get("withinTimeLimit").asBoolean()).as("recorded for the respondent's defence").isFalse();
        assertThat(recorded.get("continuingInfringement").asBoolean()).isFalse();
    }

    @Test
    void requestOnAPatentNoLongerInForceIsRefusedNotAccepted() {
        Map<String, Object> values = CaseDriver.acceptance();
        @SuppressWarnings("unchecked")
        Map<String, Object> checks = (Map<String, Object>) values.get("admissibility");
        checks.put("patentInForce", false);

        Api.Response response = c.complete(OFFICER_YUBEI, "Task_ReviewAcceptance", values);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("admissibility.patentInForce");
        assertThat(c.stage()).isEqualTo("FILED");
        checks.put("patentInForce", true);
        c.done(OFFICER_YUBEI, "Task_ReviewAcceptance", values);
        assertThat(c.view(OFFICER_YUBEI).get("admissibility").get("patentInForce").asBoolean()).isTrue();
    }

    @Test
    void acceptanceAppointsThePanelStartsTheThreeMonthCasePeriodAndServiceIsDueInFiveWorkingDays() {
        c.accepted();

        JsonNode staff = c.view(OFFICER_YUBEI);
        assertThat(staff.get("stage").asText()).isEqualTo("ACCEPTED");
        assertThat(staff.get("panel")).extracting(m -> m.get("username").asText())
            .containsExactlyInAnyOrderElementsOf(CaseDriver.PANEL);
        assertThat(staff.get("panel").get(0).get("lead").asBoolean()).isTrue();
        assertThat(staff.get("panel").get(0).get("username").asText()).isEqualTo(OFFICER_YUBEI);
        // 23 Nov 2026 + 3 months → Tue 23 Feb 2027
        assertThat(staff.get("casePeriod").get("period").get("lastDay").asText()).isEqualTo("2027-02-23");
        JsonNode serve = c.task("Task_ServeRequest");
        assertThat(serve.get("assignee").asText()).isEqualTo(OFFICER_YUBEI);
        assertThat(serve.get("dueAt").asText()).isEqualTo("2026-11-30T23:59:59+08:00");
        assertThat(staff.get("admissibility").get("standing").asBoolean()).isTrue();

        JsonNode requester = c.view(COMPLAINANT);
        assertThat(requester.get("panel")).hasSize(3);
        assertThat(requester.has("admissibility")).as("the checks are the office's working record").isFalse();
        assertThat(requester.has("openTasks") && requester.get("openTasks").size() > 0).isFalse();
    }

    @Test
    void supplementIsAskedForOnceListingEverythingMissing() {
        c.done(OFFICER_YUBEI, "Task_ReviewAcceptance", Map.of("decision", "SUPPLEMENT", "missingItems",
                List.of("专利登记簿副本"), "supplementDueDate", "2026-12-04"));
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("note", "已补充。");
        assertThat(as(COMPLAINANT).postMultipart("/api/cases/" + c.caseId + "/supplements", parts).status())
            .isEqualTo(201);

        Api.Response again = c.complete(OFFICER_YUBEI, "Task_ReviewAcceptance",
                Map.of("decision", "SUPPLEMENT", "missingItems", List.of("身份证明"), "supplementDueDate", "2026-12-11"));

        assertThat(again.status()).isEqualTo(400);
        assertThat(fields(again)).containsExactly("decision");
    }

    @Test
    void reviewMayBeExtendedOnceByFiveWorkingDaysWithTheSupervisorsApproval() {
        String path = "/api/cases/" + c.caseId + "/acceptance-extension-requests";
        assertThat(as(COMPLAINANT).postJson(path, Map.of("reasons", "复杂")).status()).isEqualTo(403);
        assertThat(as(OFFICER_YUBEI).postJson(path, Map.of("reasons", "涉及多项权利要求，案情复杂。")).status()).isEqualTo(201);
        assertThat(as(OFFICER_YUBEI).postJson(path, Map.of("reasons", "再次")).status()).isEqualTo(409);

        Api.Response refusedWithoutComments = c.complete(SUPERVISOR_YUBEI, "Task_ApproveAcceptanceExtension",
                Map.of("decision", "REFUSE"));
        assertThat(refusedWithoutComments.status()).isEqualTo(400);
        c.done(SUPERVISOR_YUBEI, "Task_ApproveAcceptanceExtension", Map.of("decision", "APPROVE"));

        // 30 Nov + 5 working days → Mon 7 Dec
        assertThat(c.task("Task_ReviewAcceptance").get("dueAt").asText()).isEqualTo("2026-12-07T23:59:59+08:00");
        assertThat(c.view(OFFICER_YUBEI).get("availableSteps").get("steps")).extracting(JsonNode::asText)
            .doesNotContain("ACCEPTANCE_EXTENSION");
    }

    @Test
    void repeatInfringementGoesStraightToTheDecisionAndNamesTheEarlierDecision() {
        Map<String, Object> values = CaseDriver.acceptance();
        values.put("repeatInfringement", true);
        Api.Response unnamed = c.complete(OFFICER_YUBEI, "Task_ReviewAcceptance", values);
        assertThat(fields(unnamed)).containsExactly("earlierDecision");

        values.put("earlierDecision", "渝北知裁〔2025〕3号");
        c.done(OFFICER_YUBEI, "Task_ReviewAcceptance", values);

        assertThat(c.hasTask("Task_DraftDecision")).isTrue();
        assertThat(c.hasTask("Task_ServeRequest")).isFalse();
        assertThat(c.stage()).isEqualTo("DECIDING");
    }

    static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        return response.json().get("errors").findValuesAsText("field");
    }

}
