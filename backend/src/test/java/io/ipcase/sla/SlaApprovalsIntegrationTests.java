package io.ipcase.sla;

import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.adjudication.CaseDriver;
import io.ipcase.adjudication.CaseDrivers;
import io.ipcase.support.Api;
import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Extensions decided from the supervisor's board (Order 81 art. 20: the acceptance
 * review's 5 more working days need the department head's approval): the board lists the
 * approval waiting for the office's supervisors, the supervisor decides it there with its
 * own form, an approval moves the clock's deadline and names its approver, a refusal
 * needs a reason and leaves the deadline alone.
 */
class SlaApprovalsIntegrationTests extends PostgresIntegrationTests {

    private static final String APPROVAL = "Task_ApproveAcceptanceExtension";

    private static final String REASONS = "涉及多项权利要求，案情复杂。";

    @Autowired
    CaseDrivers drivers;

    private CaseDriver c;

    private String caseNumber;

    @BeforeEach
    void anExtensionIsRequested() {
        c = drivers.file(this::as, CaseDriver.filing());
        caseNumber = c.view(OFFICER_YUBEI).get("caseNumber").asText();
        Api.Response requested = as(OFFICER_YUBEI).postJson("/api/cases/" + c.caseId + "/acceptance-extension-requests",
                Map.of("reasons", REASONS));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
    }

    @Test
    void theBoardListsThePendingExtensionForTheOfficesSupervisorsOnly() {
        assertThat(approvals(SUPERVISOR_YUBEI)).extracting(a -> a.get("taskKey").asText()).containsExactly(APPROVAL);
        assertThat(approvals(OFFICER_YUBEI)).isEmpty();

        String taskId = approvals(SUPERVISOR_YUBEI).get(0).get("taskId").asText();
        assertThat(as(OFFICER_YUBEI).post("/api/inbox/tasks/" + taskId + "/claim").status()).isEqualTo(404);
        assertThat(acceptanceRow().get("lastDay").asText()).isEqualTo("2026-11-30");
    }

    @Test
    void anApprovalFromTheBoardMovesTheDeadlineByFiveWorkingDaysAndNamesTheApprover() {
        decide(Map.of("decision", "APPROVE"));

        JsonNode row = acceptanceRow();
        // Mon 30 Nov + 5 working days → Mon 7 Dec
        assertThat(row.get("lastDay").asText()).isEqualTo("2026-12-07");
        assertThat(row.get("extended").asBoolean()).isTrue();
        assertThat(c.task("Task_ReviewAcceptance").get("dueAt").asText()).isEqualTo("2026-12-07T23:59:59+08:00");
        JsonNode extension = extensionsOfAcceptance().get(0);
        assertThat(extension.get("actor").asText()).isEqualTo(SUPERVISOR_YUBEI);
        assertThat(extension.get("approverLevel").asText()).isEqualTo("DEPARTMENT_HEAD");
        assertThat(extension.get("reason").asText()).isEqualTo(REASONS);
        assertThat(approvals(SUPERVISOR_YUBEI)).isEmpty();
    }

    @Test
    void aRefusalNeedsItsReasonKeepsTheDeadlineAndIsOnTheCasesRecord() {
        String taskId = approvals(SUPERVISOR_YUBEI).get(0).get("taskId").asText();
        assertThat(as(SUPERVISOR_YUBEI).post("/api/inbox/tasks/" + taskId + "/claim").status()).isEqualTo(204);
        Api.Response withoutReason = as(SUPERVISOR_YUBEI).postJson("/api/inbox/tasks/" + taskId + "/complete",
                Map.of("decision", "REFUSE"));
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.json().get("errors").toString()).contains("comments");
        assertThat(approvals(SUPERVISOR_YUBEI)).hasSize(1);

        decide(Map.of("decision", "REFUSE", "comments", "案情并不复杂，应在法定期限内审查完毕。"));

        JsonNode row = acceptanceRow();
        assertThat(row.get("lastDay").asText()).isEqualTo("2026-11-30");
        assertThat(row.get("extended").asBoolean()).isFalse();
        assertThat(extensionsOfAcceptance()).isEmpty();
        assertThat(c.view(OFFICER_YUBEI).get("timeline")).anySatisfy(e -> {
            assertThat(e.get("action").asText()).isEqualTo("ACCEPTANCE_EXTENSION_DECIDED");
            assertThat(e.get("actor").asText()).isEqualTo(SUPERVISOR_YUBEI);
            assertThat(e.get("details").asText()).isEqualTo("REFUSE");
        });
        assertThat(approvals(SUPERVISOR_YUBEI)).isEmpty();
    }

    /** What the board's approvals list shows the user for this case. */
    private List<JsonNode> approvals(String user) {
        Api.Response response = as(user).get("/api/inbox/tasks?view=ALL&approvals=true&size=50&q=" + caseNumber);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.json().get("items").forEach(items::add);
        return items;
    }

    /** Claims and completes the approval as the board's drawer does. */
    private void decide(Map<String, Object> values) {
        String taskId = approvals(SUPERVISOR_YUBEI).get(0).get("taskId").asText();
        as(SUPERVISOR_YUBEI).post("/api/inbox/tasks/" + taskId + "/claim");
        Api.Response done = as(SUPERVISOR_YUBEI).postJson("/api/inbox/tasks/" + taskId + "/complete", values);
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }

    private JsonNode acceptanceRow() {
        for (JsonNode row : as(SUPERVISOR_YUBEI).get("/api/sla/board?size=500&q=" + caseNumber).json().get("rows")) {
            if (row.get("key").asText().equals("acceptance")) {
                return row;
            }
        }
        throw new AssertionError("no acceptance clock of " + caseNumber + " on the board");
    }

    private List<JsonNode> extensionsOfAcceptance() {
        List<JsonNode> extensions = new ArrayList<>();
        for (JsonNode clock : c.view(OFFICER_YUBEI).get("clocks")) {
            if (clock.get("key").asText().equals("acceptance")) {
                clock.get("events").forEach(e -> {
                    if (e.get("type").asText().equals("EXTEND")) {
                        extensions.add(e);
                    }
                });
            }
        }
        return extensions;
    }

}
