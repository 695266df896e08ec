package io.ipcase.inbox;

import static io.ipcase.inbox.TaskHandOverIntegrationTests.details;
import static io.ipcase.inbox.TaskHandOverIntegrationTests.entry;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OTHER_OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.SUPERVISOR_CQ;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUZHONG;
import static io.ipcase.support.TestUsers.THIRD_OFFICER_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.adjudication.CaseDriver;
import io.ipcase.support.Api;
import org.junit.jupiter.api.Test;

/** Bulk claim and bulk reassign: for supervisors of the tasks' office, all or nothing. */
class BulkActionsIntegrationTests extends InboxIntegrationTests {

    @Test
    void officersHaveNoBulkActions() {
        Filed filed = fileAtYubei();

        Api.Response claim = as(OFFICER_YUBEI).postJson("/api/inbox/tasks/bulk-claim",
                Map.of("taskIds", List.of(filed.taskId())));
        Api.Response reassign = as(OFFICER_YUBEI).postJson("/api/inbox/tasks/bulk-reassign",
                Map.of("taskIds", List.of(filed.taskId()), "assignee", OTHER_OFFICER_YUBEI, "reason", "x"));

        assertThat(claim.status()).isEqualTo(403);
        assertThat(reassign.status()).isEqualTo(403);
        assertThat(openTask(OFFICER_YUBEI, filed).get("assignee")).isNull();
    }

    @Test
    void aSupervisorClaimsSeveralUnclaimedTasksAtOnce() {
        Filed a = fileAtYubei();
        Filed b = fileAtYubei();

        Api.Response response = as(SUPERVISOR_YUBEI).postJson("/api/inbox/tasks/bulk-claim",
                Map.of("taskIds", List.of(a.taskId(), b.taskId())));

        assertThat(response.status()).as(response.toString()).isEqualTo(204);
        assertThat(taskIds(inbox(SUPERVISOR_YUBEI, "view=MINE"))).contains(a.taskId(), b.taskId());
    }

    @Test
    void aSupervisorReassignsClaimedAndUnclaimedTasksWithTheReasonOnEachCase() {
        Filed claimed = fileAtYubei();
        Filed unclaimed = fileAtYubei();
        as(OFFICER_YUBEI).post(task(claimed, "claim"));

        Api.Response response = as(SUPERVISOR_YUBEI).postJson("/api/inbox/tasks/bulk-reassign", Map.of("taskIds",
                List.of(claimed.taskId(), unclaimed.taskId()), "assignee", THIRD_OFFICER_YUBEI, "reason", "均衡工作量"));

        assertThat(response.status()).as(response.toString()).isEqualTo(204);
        assertThat(taskIds(inbox(THIRD_OFFICER_YUBEI, "view=MINE"))).contains(claimed.taskId(), unclaimed.taskId());
        assertThat(taskIds(inbox(OFFICER_YUBEI, "view=MINE"))).doesNotContain(claimed.taskId());
        for (Filed filed : List.of(claimed, unclaimed)) {
            JsonNode reassigned = entry(as(SUPERVISOR_YUBEI).get("/api/cases/" + filed.caseId()).json().get("timeline"),
                    "TASK_REASSIGNED");
            assertThat(reassigned.get("actor").asText()).isEqualTo(SUPERVISOR_YUBEI);
            assertThat(details(reassigned).get("reason").asText()).isEqualTo("均衡工作量");
        }
    }

    @Test
    void reassigningADelegatedTaskEndsTheDelegation() {
        Filed filed = fileAtYubei();
        as(OFFICER_YUBEI).post(task(filed, "claim"));
        as(OFFICER_YUBEI).postJson(task(filed, "delegate"), Map.of("assignee", OTHER_OFFICER_YUBEI, "reason", "协助"));

        as(SUPERVISOR_YUBEI).postJson("/api/inbox/tasks/bulk-reassign",
                Map.of("taskIds", List.of(filed.taskId()), "assignee", THIRD_OFFICER_YUBEI, "reason", "承办人调岗"));

        JsonNode task = openTask(THIRD_OFFICER_YUBEI, filed);
        assertThat(task.get("assignee").asText()).isEqualTo(THIRD_OFFICER_YUBEI);
        assertThat(task.get("owner")).isNull();
        assertThat(as(THIRD_OFFICER_YUBEI).postJson(task(filed, "complete"), CaseDriver.acceptance()).status())
            .isEqualTo(204);
    }

    @Test
    void aSupervisorOfAnotherDistrictCannotTouchTheTasks() {
        Filed filed = fileAtYubei();

        Api.Response response = as(SUPERVISOR_YUZHONG).postJson("/api/inbox/tasks/bulk-reassign",
                Map.of("taskIds", List.of(filed.taskId()), "assignee", OTHER_OFFICER_YUBEI, "reason", "x"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(openTask(OFFICER_YUBEI, filed).get("assignee")).isNull();
    }

    @Test
    void theMunicipalSupervisorReassignsWithinADistrictOfficeButOnlyToItsStaff() {
        Filed filed = fileAtYubei();

        Api.Response toDistrictOfficer = as(SUPERVISOR_CQ).postJson("/api/inbox/tasks/bulk-reassign",
                Map.of("taskIds", List.of(filed.taskId()), "assignee", OTHER_OFFICER_YUBEI, "reason", "市局督办"));
        Api.Response toThemselves = as(SUPERVISOR_CQ).postJson("/api/inbox/tasks/bulk-reassign",
                Map.of("taskIds", List.of(filed.taskId()), "assignee", SUPERVISOR_CQ, "reason", "市局提级"));

        assertThat(toDistrictOfficer.status()).as(toDistrictOfficer.toString()).isEqualTo(204);
        assertThat(toThemselves.status()).isEqualTo(400);
        assertThat(openTask(OFFICER_YUBEI, filed).get("assignee").asText()).isEqualTo(OTHER_OFFICER_YUBEI);
    }

    @Test
    void aBulkActionIsAllOrNothing() {
        Filed mine = fileAtYubei();
        Filed foreign = file("yuzhong");

        Api.Response response = as(SUPERVISOR_YUBEI).postJson("/api/inbox/tasks/bulk-claim",
                Map.of("taskIds", List.of(mine.taskId(), foreign.taskId())));

        assertThat(response.status()).isEqualTo(404);
        assertThat(openTask(OFFICER_YUBEI, mine).get("assignee")).isNull();
    }

    @Test
    void aBulkReassignmentNeedsAReason() {
        Filed filed = fileAtYubei();

        Api.Response response = as(SUPERVISOR_YUBEI).postJson("/api/inbox/tasks/bulk-reassign",
                Map.of("taskIds", List.of(filed.taskId()), "assignee", OTHER_OFFICER_YUBEI, "reason", ""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(openTask(OFFICER_YUBEI, filed).get("assignee")).isNull();
    }

}
