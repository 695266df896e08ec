package io.ipcase.inbox;

import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OFFICER_YUZHONG;
import static io.ipcase.support.TestUsers.OTHER_OFFICER_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ipcase.adjudication.CaseDriver;
import io.ipcase.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Delegation (委派), transfer (转办) and the 409 with fresh state: a hand-over needs a
 * reason, goes to a colleague who may work the task, and is kept on the case's record.
 */
class TaskHandOverIntegrationTests extends InboxIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, Object> ACCEPT = CaseDriver.acceptance();

    @Test
    void aDelegatedTaskIsWorkedByTheDelegateHandedBackAndCompletedByItsOwner() {
        Filed filed = fileAtYubei();
        as(OFFICER_YUBEI).post(task(filed, "claim"));

        Api.Response delegated = as(OFFICER_YUBEI).postJson(task(filed, "delegate"),
                Map.of("assignee", OTHER_OFFICER_YUBEI, "reason", "请核对专利登记簿副本"));

        assertThat(delegated.status()).as(delegated.toString()).isEqualTo(204);
        assertThat(taskIds(inbox(OTHER_OFFICER_YUBEI, "view=MINE"))).contains(filed.taskId());
        assertThat(taskIds(inbox(OFFICER_YUBEI, "view=MINE"))).contains(filed.taskId());
        JsonNode seenByOwner = openTask(OFFICER_YUBEI, filed);
        assertThat(seenByOwner.get("delegationState").asText()).isEqualTo("PENDING");
        assertThat(seenByOwner.get("owner").asText()).isEqualTo(OFFICER_YUBEI);
        assertThat(seenByOwner.get("allowedActions")).isEmpty();
        assertThat(names(openTask(OTHER_OFFICER_YUBEI, filed).get("allowedActions"))).containsExactly("RETURN");

        // the delegate does not decide; the owner cannot decide while it is out
        Api.Response delegateCompletes = as(OTHER_OFFICER_YUBEI).postJson(task(filed, "complete"), ACCEPT);
        assertThat(delegateCompletes.status()).isEqualTo(409);
        assertThat(delegateCompletes.json().get("task").get("delegationState").asText()).isEqualTo("PENDING");
        assertThat(as(OFFICER_YUBEI).postJson(task(filed, "complete"), ACCEPT).status()).isEqualTo(409);

        assertThat(as(OTHER_OFFICER_YUBEI).postJson(task(filed, "return"), Map.of("note", "已核对，无误")).status())
            .isEqualTo(204);
        assertThat(openTask(OFFICER_YUBEI, filed).get("assignee").asText()).isEqualTo(OFFICER_YUBEI);
        assertThat(as(OFFICER_YUBEI).postJson(task(filed, "complete"), ACCEPT).status()).isEqualTo(204);

        JsonNode timeline = as(COMPLAINANT).get("/api/cases/" + filed.caseId()).json().get("timeline");
        assertThat(actions(timeline)).containsSubsequence("TASK_CLAIMED", "TASK_DELEGATED", "TASK_RETURNED",
                "ACCEPTANCE_DECIDED");
        JsonNode delegation = entry(timeline, "TASK_DELEGATED");
        assertThat(delegation.get("actor").asText()).isEqualTo(OFFICER_YUBEI);
        assertThat(details(delegation).get("to").asText()).isEqualTo(OTHER_OFFICER_YUBEI);
        assertThat(details(delegation).get("reason").asText()).isEqualTo("请核对专利登记簿副本");
        assertThat(details(entry(timeline, "TASK_RETURNED")).get("reason").asText()).isEqualTo("已核对，无误");
    }

    @Test
    void aTransferMakesTheTaskTheColleaguesWithTheReasonOnRecord() {
        Filed filed = fileAtYubei();
        as(OFFICER_YUBEI).post(task(filed, "claim"));

        assertThat(as(OFFICER_YUBEI)
            .postJson(task(filed, "transfer"), Map.of("assignee", OTHER_OFFICER_YUBEI, "reason", "承办人出差"))
            .status()).isEqualTo(204);

        Api.Response former = as(OFFICER_YUBEI).postJson(task(filed, "complete"), ACCEPT);
        assertThat(former.status()).isEqualTo(409);
        assertThat(former.json().get("task").get("assignee").asText()).isEqualTo(OTHER_OFFICER_YUBEI);
        assertThat(as(OTHER_OFFICER_YUBEI).postJson(task(filed, "complete"), ACCEPT).status()).isEqualTo(204);
        JsonNode transfer = entry(as(OFFICER_YUBEI).get("/api/cases/" + filed.caseId()).json().get("timeline"),
                "TASK_TRANSFERRED");
        assertThat(details(transfer).get("reason").asText()).isEqualTo("承办人出差");
        assertThat(details(transfer).get("to").asText()).isEqualTo(OTHER_OFFICER_YUBEI);
    }

    @Test
    void aHandOverNeedsAReasonAndAColleagueWhoMayWorkTheTaskAndOtherwiseChangesNothing() {
        Filed filed = fileAtYubei();
        as(OFFICER_YUBEI).post(task(filed, "claim"));
        int before = timelineSize(filed);

        Api.Response noReason = as(OFFICER_YUBEI).postJson(task(filed, "transfer"),
                Map.of("assignee", OTHER_OFFICER_YUBEI, "reason", " "));
        Api.Response otherOffice = as(OFFICER_YUBEI).postJson(task(filed, "delegate"),
                Map.of("assignee", OFFICER_YUZHONG, "reason", "请协助"));
        Api.Response nobody = as(OFFICER_YUBEI).postJson(task(filed, "delegate"),
                Map.of("assignee", "no.such.user", "reason", "请协助"));

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(otherOffice.status()).isEqualTo(400);
        assertThat(otherOffice.json().get("errors").get(0).get("field").asText()).isEqualTo("assignee");
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(openTask(OFFICER_YUBEI, filed).get("assignee").asText()).isEqualTo(OFFICER_YUBEI);
        assertThat(timelineSize(filed)).isEqualTo(before);
    }

    @Test
    void onlyWhoeverHasTheTaskHandsItOver() {
        Filed filed = fileAtYubei();
        as(OFFICER_YUBEI).post(task(filed, "claim"));

        Api.Response response = as(OTHER_OFFICER_YUBEI).postJson(task(filed, "transfer"),
                Map.of("assignee", OTHER_OFFICER_YUBEI, "reason", "我来办"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("task").get("assignee").asText()).isEqualTo(OFFICER_YUBEI);
        assertThat(as(OFFICER_YUZHONG)
            .postJson(task(filed, "transfer"), Map.of("assignee", OFFICER_YUZHONG, "reason", "x"))
            .status()).isEqualTo(404);
    }

    @Test
    void theSecondOfTwoClaimsGetsA409WithWhoHasTheTask() {
        Filed filed = fileAtYubei();
        as(OFFICER_YUBEI).post(task(filed, "claim"));

        Api.Response second = as(OTHER_OFFICER_YUBEI).post(task(filed, "claim"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("task").get("status").asText()).isEqualTo("OPEN");
        assertThat(second.json().get("task").get("assignee").asText()).isEqualTo(OFFICER_YUBEI);
    }

    @Test
    void completingATaskSomeoneJustCompletedGetsA409WithWhoCompletedItAndWhen() {
        Filed filed = fileAtYubei();
        as(OFFICER_YUBEI).post(task(filed, "claim"));
        as(OFFICER_YUBEI).postJson(task(filed, "complete"), ACCEPT);

        Api.Response late = as(OTHER_OFFICER_YUBEI).postJson(task(filed, "complete"),
                Map.of("decision", "REFUSE", "reasons", "x"));

        assertThat(late.status()).isEqualTo(409);
        JsonNode state = late.json().get("task");
        assertThat(state.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(state.get("completedBy").asText()).isEqualTo(OFFICER_YUBEI);
        assertThat(state.get("completedAt").asText()).isNotBlank();
        assertThat(as(COMPLAINANT).get("/api/cases/" + filed.caseId()).json().get("stage").asText())
            .isEqualTo("ACCEPTED");
    }

    @Test
    void ofTwoCompletionsAtTheSameMomentOneWinsAndTheOtherGetsA409() throws Exception {
        Filed filed = fileAtYubei();
        as(OFFICER_YUBEI).post(task(filed, "claim"));
        // the same officer in two browser tabs, both pressing "submit"
        Api first = as(OFFICER_YUBEI);
        Api second = as(OFFICER_YUBEI);
        CountDownLatch start = new CountDownLatch(1);

        CompletableFuture<Api.Response> a = CompletableFuture
            .supplyAsync(() -> await(start, () -> first.postJson(task(filed, "complete"), ACCEPT)));
        CompletableFuture<Api.Response> b = CompletableFuture.supplyAsync(() -> await(start,
                () -> second.postJson(task(filed, "complete"), Map.of("decision", "REFUSE", "reasons", "重复"))));
        start.countDown();

        List<Integer> statuses = List.of(a.get().status(), b.get().status());
        assertThat(statuses).containsExactlyInAnyOrder(204, 409);
        Api.Response loser = a.get().status() == 409 ? a.get() : b.get();
        assertThat(loser.json().get("task").get("status").asText()).isEqualTo("COMPLETED");
        JsonNode decided = as(COMPLAINANT).get("/api/cases/" + filed.caseId()).json();
        assertThat(actions(decided.get("timeline")).stream().filter("ACCEPTANCE_DECIDED"::equals)).hasSize(1);
    }

    private static Api.Response await(CountDownLatch start, java.util.function.Supplier<Api.Response> call) {
        try {
            start.await();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return call.get();
    }

    private int timelineSize(Filed filed) {
        return as(OFFICER_YUBEI).get("/api/cases/" + filed.caseId()).json().get("timeline").size();
    }

    private static List<String> actions(JsonNode timeline) {
        List<String> actions = new ArrayList<>();
        timeline.forEach(e -> actions.add(e.get("action").asText()));
        return actions;
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(e -> names.add(e.asText()));
        return names;
    }

    static JsonNode entry(JsonNode timeline, String action) {
        for (JsonNode e : timeline) {
            if (e.get("action").asText().equals(action)) {
                return e;
            }
        }
        throw new AssertionError(action + " not in " + timeline);
    }

    static JsonNode details(JsonNode entry) {
        try {
            return JSON.readTree(entry.get("details").asText());
        }
        catch (Exception e) {
            throw new AssertionError("details are not JSON: " + entry, e);
        }
    }

}
