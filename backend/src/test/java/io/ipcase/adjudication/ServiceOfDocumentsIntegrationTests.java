package io.ipcase.adjudication;

import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OTHER_RESPONDENT;
import static io.ipcase.support.TestUsers.RESPONDENT;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.Api;
import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The periods that run from service start when the document is served: the answer notice
 * (Order 81 art. 22), the decision (art. 80, the 15-day window) and the written reminder
 * (Administrative Compulsion Law art. 54). The respondent's first opening in the portal
 * is an electronic service; the officer records any other from its receipt. Today is Mon
 * 23 Nov 2026.
 */
class ServiceOfDocumentsIntegrationTests extends PostgresIntegrationTests {

    @Autowired
    CaseDrivers drivers;

    private static JsonNode document(JsonNode view, String templateKey) {
        for (JsonNode d : view.get("officialDocuments")) {
            if (d.get("templateKey").asText().equals(templateKey)) {
                return d;
            }
        }
        throw new AssertionError("no " + templateKey + " in " + view.get("officialDocuments"));
    }

    private static String content(CaseDriver c, JsonNode document) {
        return "/api/cases/" + c.caseId + "/official-documents/" + document.get("id").asText() + "/content";
    }

    private static List<String> templates(JsonNode view) {
        return view.get("officialDocuments").findValuesAsText("templateKey");
    }

    @Test
    void answerPeriodRunsFromTheRespondentsFirstOpeningOfTheAnswerNotice() {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing()).accepted();
        c.done(OFFICER_YUBEI, "Task_ServeRequest", Map.of());

        JsonNode seen = c.view(RESPONDENT);
        JsonNode notice = document(seen, AdjudicationDocuments.ANSWER_NOTICE);
        assertThat(notice.get("title").asText()).isEqualTo("答辩通知书");
        assertThat(notice.get("serviceMethod").asText()).isEqualTo("ELECTRONIC");
        assertThat(notice.get("services")).isEmpty();
        assertThat(seen.path("answer").path("period").hasNonNull("lastDay")).as("no period before service").isFalse();
        assertThat(templates(c.view(COMPLAINANT))).doesNotContain(AdjudicationDocuments.ANSWER_NOTICE);
        assertThat(as(OTHER_RESPONDENT).get(content(c, notice)).status()).isEqualTo(404);

        assertThat(as(RESPONDENT).get(content(c, notice)).status()).isEqualTo(200);

        JsonNode served = c.view(RESPONDENT);
        // received Mon 23 Nov: 15 days → Tue 8 Dec
        assertThat(served.get("answer").get("period").get("lastDay").asText()).isEqualTo("2026-12-08");
        assertThat(served.get("availableSteps").get("steps")).extracting(JsonNode::asText).contains("ANSWER");
        assertThat(
                document(served, AdjudicationDocuments.ANSWER_NOTICE).get("services").get(0).get("servedOn").asText())
            .isEqualTo("2026-11-23");
    }

    @Test
    void windowRunsFromTheDecisionsServiceOnTheRespondentAndTheReminderFromItsOwn() {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing());
        Map<String, Object> acceptance = CaseDriver.acceptance();
        acceptance.put("repeatInfringement", true);
        acceptance.put("earlierDecision", "渝北知裁〔2025〕3号");
        c.done(OFFICER_YUBEI, "Task_ReviewAcceptance", acceptance);
        Map<String, Object> draft = new HashMap<>(
                Map.of("outcome", "INFRINGEMENT_FOUND", "reasoning", "被控侵权产品落入权利要求1的保护范围。", "priorArtDefence",
                        "NOT_RAISED", "seriousDishonesty", false, "stopMeasures", List.of("SALE")));
        c.done(OFFICER_YUBEI, "Task_DraftDecision", draft);
        c.done(SUPERVISOR_YUBEI, "Task_ApproveDecision", Map.of("decision", "APPROVE"));

        JsonNode decision = document(c.view(COMPLAINANT), AdjudicationDocuments.DECISION);
        assertThat(decision.get("title").asText()).isEqualTo("行政裁决书");
        assertThat(c.hasTask("Task_PublishDecision")).as("not served yet").isFalse();
        // the requester's reading serves it on the requester only; the window waits for
        // the respondent
        as(COMPLAINANT).get(content(c, decision));
        assertThat(c.hasTask("Task_PublishDecision")).isFalse();

        Api.Response recorded = as(OFFICER_YUBEI).postJson(
                "/api/cases/" + c.caseId + "/official-documents/" + decision.get("id").asText() + "/services",
                Map.of("partyRole", "RESPONDENT", "method", "POSTAL", "servedOn", "2026-11-20"));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(400);
        recorded = as(OFFICER_YUBEI).postJson(
                "/api/cases/" + c.caseId + "/official-documents/" + decision.get("id").asText() + "/services",
                Map.of("partyRole", "RESPONDENT", "method", "POSTAL", "servedOn", "2026-11-23"));
        assertThat(recorded.status()).as(recorded.toString()).isBetween(200, 201);

        // served Mon 23 Nov: 15 days → Tue 8 Dec, the timer at the start of the next day
        assertThat(c.view(OFFICER_YUBEI).get("appealWindow").get("period").get("lastDay").asText())
            .isEqualTo("2026-12-08");
        assertThat(c.timer("Event_AppealWindowExpired").getDuedate().toInstant())
            .isEqualTo(OffsetDateTime.parse("2026-12-09T00:00:00+08:00").toInstant());

        c.runTimer("Event_AppealWindowExpired");
        c.done(OFFICER_YUBEI, "Task_CheckCompliance",
                Map.of("finding", "NOT_STOPPED", "checkedOn", "2026-11-23", "notes", "被请求人网店仍在销售。"));
        c.done(OFFICER_YUBEI, "Task_IssueReminder", Map.of());
        JsonNode reminder = document(c.view(RESPONDENT), AdjudicationDocuments.REMINDER);
        assertThat(reminder.get("title").asText()).isEqualTo("催告书");

        assertThat(as(RESPONDENT).get(content(c, reminder)).status()).isEqualTo(200);

        // received Mon 23 Nov: 10 working days → Mon 7 Dec
        assertThat(c.timer("Event_ReminderPeriodExpired").getDuedate().toInstant())
            .isEqualTo(OffsetDateTime.parse("2026-12-08T00:00:00+08:00").toInstant());
    }

}
