package io.ipcase.inbox;

import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.Api;
import io.ipcase.support.Filings;
import io.ipcase.support.PostgresIntegrationTests;

/**
 * Cases to work on, and reading the inbox, for the inbox's tests (one shared
 * application).
 */
abstract class InboxIntegrationTests extends PostgresIntegrationTests {

    private static final AtomicInteger SERIALS = new AtomicInteger(
            ThreadLocalRandom.current().nextInt(1_000_000, 8_000_000));

    /** A filed case of its own: its id, task, patent number and respondent. */
    protected record Filed(String caseId, String taskId, String caseNumber, String patentNumber, String respondent) {
    }

    protected Filed file(String officeId) {
        return file(officeId, "测试被请求人" + SERIALS.get() + "有限公司");
    }

    protected Filed file(String officeId, String respondent) {
        int serial = SERIALS.incrementAndGet();
        Api.Response filed = as(COMPLAINANT).postMultipart("/api/cases/infringement-disputes", "filing",
                Filings.distinct(officeId, serial, respondent), "evidence", List.of());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String caseId = filed.json().get("id").asText();
        String taskId = as(staffOf(officeId)).get("/api/cases/" + caseId)
            .json()
            .get("openTasks")
            .get(0)
            .get("taskId")
            .asText();
        return new Filed(caseId, taskId, filed.json().get("caseNumber").asText(), Filings.patentNumber(serial),
                respondent);
    }

    protected Filed fileAtYubei() {
        return file("yubei");
    }

    /** A token no other test's data contains. */
    protected static String unique(String prefix) {
        return prefix + SERIALS.incrementAndGet();
    }

    protected JsonNode inbox(String user, String query) {
        Api.Response page = as(user).get("/api/inbox/tasks?size=200&" + query);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json();
    }

    protected static List<String> taskIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("taskId").asText()));
        return ids;
    }

    protected JsonNode openTask(String user, Filed filed) {
        JsonNode tasks = as(user).get("/api/cases/" + filed.caseId()).json().get("openTasks");
        for (JsonNode task : tasks) {
            if (task.get("taskId").asText().equals(filed.taskId())) {
                return task;
            }
        }
        return null;
    }

    protected static String task(Filed filed, String action) {
        return "/api/inbox/tasks/" + filed.taskId() + "/" + action;
    }

    private static String staffOf(String officeId) {
        return switch (officeId) {
            case "yubei" -> OFFICER_YUBEI;
            case "yuzhong" -> io.ipcase.support.TestUsers.OFFICER_YUZHONG;
            default -> io.ipcase.support.TestUsers.SUPERVISOR_CQ;
        };
    }

}
