package io.ipcase.notifications;

import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OTHER_COMPLAINANT;
import static io.ipcase.support.TestUsers.OTHER_OFFICER_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.adjudication.CaseDriver;
import io.ipcase.support.Api;
import io.ipcase.support.Filings;
import io.ipcase.support.PostgresIntegrationTests;
import io.ipcase.support.TestUsers;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

/** Parties and officers are told what concerns them, in the application and by e-mail. */
class NotificationsIntegrationTests extends PostgresIntegrationTests {

    @Test
    void theComplainantIsToldTheCaseIsFiledAndWhenItIsAcceptedAlsoByEmailInChineseAndEnglish() throws Exception {
        String caseId = file();
        String caseNumber = as(COMPLAINANT).get("/api/cases/" + caseId).json().get("caseNumber").asText();

        assertThat(notices(COMPLAINANT, caseId)).extracting(n -> n.get("kind").asText()).contains("CASE_FILED");
        MimeMessage filed = awaitMail(TestUsers.emailOf(COMPLAINANT), caseNumber, "请求已提交");
        String body = filed.getContent().toString();
        assertThat(body).contains("您的请求已提交，案号 " + caseNumber).contains("Your request was filed as case " + caseNumber);
        assertThat(body.indexOf("您的请求")).isLessThan(body.indexOf("Your request"));

        String taskId = as(OFFICER_YUBEI).get("/api/cases/" + caseId)
            .json()
            .get("openTasks")
            .get(0)
            .get("taskId")
            .asText();
        as(OFFICER_YUBEI).post("/api/inbox/tasks/" + taskId + "/claim");
        as(OFFICER_YUBEI).postJson("/api/inbox/tasks/" + taskId + "/complete", CaseDriver.acceptance());

        assertThat(notices(COMPLAINANT, caseId)).anySatisfy(n -> {
            assertThat(n.get("kind").asText()).isEqualTo("STAGE_CHANGED");
            assertThat(n.get("params").get("stage").asText()).isEqualTo("ACCEPTED");
        });
        assertThat(awaitMail(TestUsers.emailOf(COMPLAINANT), caseNumber, "已受理").getContent().toString())
            .contains("accepted");
    }

    @Test
    void anOfficerHandedATaskIsToldWhoHandedItButNotWhenTheyClaimItThemselves() throws Exception {
        String caseId = file();
        String taskId = as(OFFICER_YUBEI).get("/api/cases/" + caseId)
            .json()
            .get("openTasks")
            .get(0)
            .get("taskId")
            .asText();
        as(OFFICER_YUBEI).post("/api/inbox/tasks/" + taskId + "/claim");

        assertThat(notices(OFFICER_YUBEI, caseId)).isEmpty();

        as(OFFICER_YUBEI).postJson("/api/inbox/tasks/" + taskId + "/transfer",
                Map.of("assignee", OTHER_OFFICER_YUBEI, "reason", "出差"));

        assertThat(notices(OTHER_OFFICER_YUBEI, caseId)).singleElement().satisfies(n -> {
            assertThat(n.get("kind").asText()).isEqualTo("TASK_ASSIGNED");
            assertThat(n.get("params").get("by").asText()).isEqualTo(OFFICER_YUBEI);
            assertThat(n.get("params").get("task").asText()).isEqualTo("受理审查");
        });
    }

    @Test
    void noticesAreTheirRecipientsAloneAndCanBeMarkedRead() {
        String caseId = file();
        long id = notices(COMPLAINANT, caseId).get(0).get("id").asLong();

        assertThat(as(OTHER_COMPLAINANT).post("/api/notifications/" + id + "/read").status()).isEqualTo(404);
        assertThat(notices(OTHER_COMPLAINANT, caseId)).isEmpty();

        assertThat(as(COMPLAINANT).post("/api/notifications/" + id + "/read").status()).isEqualTo(204);
        assertThat(notices(COMPLAINANT, caseId).get(0).has("readAt")).isTrue();
        assertThat(as(COMPLAINANT).post("/api/notifications/read-all").status()).isEqualTo(204);
        assertThat(as(COMPLAINANT).get("/api/notifications").json().get("unread").asLong()).isZero();
    }

    private String file() {
        Api.Response filed = as(COMPLAINANT).postMultipart("/api/cases/infringement-disputes", "filing",
                Filings.valid("yubei"), "evidence", List.of());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().get("id").asText();
    }

    private List<JsonNode> notices(String user, String caseId) {
        JsonNode items = as(user).get("/api/notifications?size=100").json().get("items");
        return java.util.stream.StreamSupport.stream(items.spliterator(), false)
            .filter(n -> caseId.equals(n.path("caseId").asText()))
            .toList();
    }

    /** The e-mail to this address whose subject names the case and says what happened. */
    private static MimeMessage awaitMail(String to, String caseNumber, String about) throws Exception {
        for (int i = 0; i < 100; i++) {
            for (MimeMessage m : MAIL.getReceivedMessages()) {
                boolean addressed = Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(to));
                String content = m.getSubject() + m.getContent();
                if (addressed && content.contains(caseNumber) && content.contains(about)) {
                    return m;
                }
            }
            MAIL.waitForIncomingEmail(100, MAIL.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no e-mail to " + to + " about " + about + " of " + caseNumber);
    }

}
