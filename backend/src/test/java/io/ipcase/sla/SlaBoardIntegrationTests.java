package io.ipcase.sla;

import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.SUPERVISOR_CQ;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUZHONG;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.adjudication.CaseDriver;
import io.ipcase.support.Api;
import io.ipcase.support.Filings;
import io.ipcase.support.PostgresIntegrationTests;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The supervisor's board: every running clock of the offices they oversee, its figures
 * and export.
 */
class SlaBoardIntegrationTests extends PostgresIntegrationTests {

    @Test
    void aSupervisorSeesEveryRunningClockOfTheOfficeWithItsCaseAndWhoHoldsItsTasks() {
        Filed filed = file("yubei");
        as(OFFICER_YUBEI).post("/api/inbox/tasks/" + filed.taskId() + "/claim");

        JsonNode row = row(as(SUPERVISOR_YUBEI).get("/api/sla/board?size=500&q=" + filed.caseNumber()).json(), filed);

        assertThat(row.get("key").asText()).isEqualTo("acceptance");
        assertThat(row.get("lastDay").asText()).isEqualTo("2026-11-30");
        assertThat(row.get("status").asText()).isEqualTo("ON_TRACK");
        assertThat(row.get("workingDaysLeft").asInt()).isEqualTo(5);
        assertThat(row.get("tasks").get(0).get("assignee").asText()).isEqualTo(OFFICER_YUBEI);
    }

    @Test
    void officersHaveNoBoardAndADistrictSupervisorSeesOnlyTheirDistrict() {
        Filed yubei = file("yubei");

        assertThat(as(OFFICER_YUBEI).get("/api/sla/board").status()).isEqualTo(403);
        assertThat(as(SUPERVISOR_YUZHONG).get("/api/sla/board?officeId=yubei").status()).isEqualTo(404);
        assertThat(caseNumbers(as(SUPERVISOR_YUZHONG).get("/api/sla/board?size=500&q=" + yubei.caseNumber()).json()))
            .isEmpty();
        assertThat(caseNumbers(
                as(SUPERVISOR_CQ).get("/api/sla/board?size=500&officeId=yubei&q=" + yubei.caseNumber()).json()))
            .containsExactly(yubei.caseNumber());
        assertThat(as(SUPERVISOR_CQ).get("/api/sla/board").json().get("offices")).extracting(o -> o.get("id").asText())
            .contains("cq", "yubei", "yuzhong");
    }

    @Test
    void aClockPastItsLastDayShowsOverdueAndTheFiltersFindIt() {
        Filed filed = file("yubei");
        clock.advance(Duration.ofDays(10));

        JsonNode overdue = as(SUPERVISOR_YUBEI).get("/api/sla/board?size=500&status=OVERDUE&q=" + filed.caseNumber())
            .json();

        assertThat(row(overdue, filed).get("calendarDaysLeft").asInt()).isNegative();
        assertThat(overdue.get("totals").get("OVERDUE").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(caseNumbers(
                as(SUPERVISOR_YUBEI).get("/api/sla/board?size=500&status=ON_TRACK&q=" + filed.caseNumber()).json()))
            .isEmpty();
    }

    @Test
    void theWorkloadCountsEachOfficersOpenAndOverdueTasks() {
        Filed filed = file("yubei");
        as(SUPERVISOR_YUBEI).postJson("/api/inbox/tasks/bulk-reassign",
                Map.of("taskIds", List.of(filed.taskId()), "assignee", OFFICER_YUBEI, "reason", "分配"));

        JsonNode workload = as(SUPERVISOR_YUBEI).get("/api/sla/board").json().get("workload");

        assertThat(workload).anySatisfy(w -> {
            assertThat(w.path("assignee").asText()).isEqualTo(OFFICER_YUBEI);
            assertThat(w.get("openTasks").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(w.get("onTrack").asInt()).isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    void theChartsReadStagesTheWeeklyLateTasksAndTheTimeEachStepTookFromHistory() {
        Filed done = file("yubei");
        as(OFFICER_YUBEI).post("/api/inbox/tasks/" + done.taskId() + "/claim");
        as(OFFICER_YUBEI).postJson("/api/inbox/tasks/" + done.taskId() + "/complete", CaseDriver.acceptance());
        file("yubei");
        clock.advance(Duration.ofDays(9)); // the open review's deadline, 30 Nov, has
                                           // passed

        JsonNode charts = as(SUPERVISOR_YUBEI).get("/api/sla/charts").json();

        assertThat(charts.get("stages")).anySatisfy(s -> assertThat(s.get("stage").asText()).isEqualTo("FILED"));
        assertThat(charts.get("overdueTrend")).hasSize(12);
        assertThat(charts.get("overdueTrend")).anySatisfy(w -> {
            assertThat(w.get("week").asText()).isEqualTo("2026-11-30");
            assertThat(w.get("late").asLong()).isGreaterThanOrEqualTo(1);
        });
        assertThat(charts.get("timePerStep")).anySatisfy(s -> {
            assertThat(s.get("taskKey").asText()).isEqualTo("Task_ReviewAcceptance");
            assertThat(s.get("completed").asInt()).isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    void theBoardExportsAsCsvThatExcelReadsAsUtf8AndAsAnExcelWorkbook() throws Exception {
        Filed filed = file("yubei");
        String query = "q=" + filed.caseNumber();

        Api.Response csv = as(SUPERVISOR_YUBEI).get("/api/sla/board/export?format=csv&" + query);
        Api.Response xlsx = as(SUPERVISOR_YUBEI).get("/api/sla/board/export?format=xlsx&" + query);

        assertThat(csv.headers().getContentType().toString()).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF案号,").contains(filed.caseNumber() + ",yubei,待受理审查,受理审查期限,2026-11-30");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("案号");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(filed.caseNumber());
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(5.0);
        }
        assertThat(as(OFFICER_YUBEI).get("/api/sla/board/export?format=csv").status()).isEqualTo(403);
    }

    private record Filed(String caseId, String caseNumber, String taskId) {
    }

    private Filed file(String officeId) {
        Api.Response filed = as(COMPLAINANT).postMultipart("/api/cases/infringement-disputes", "filing",
                Filings.valid(officeId), "evidence", List.of());
        String caseId = filed.json().get("id").asText();
        String staff = "yubei".equals(officeId) ? OFFICER_YUBEI : SUPERVISOR_CQ;
        String taskId = as(staff).get("/api/cases/" + caseId).json().get("openTasks").get(0).get("taskId").asText();
        return new Filed(caseId, filed.json().get("caseNumber").asText(), taskId);
    }

    private static JsonNode row(JsonNode board, Filed filed) {
        for (JsonNode row : board.get("rows")) {
            if (row.get("caseId").asText().equals(filed.caseId())) {
                return row;
            }
        }
        throw new AssertionError(filed.caseNumber() + " not on the board: " + board);
    }

    private static List<String> caseNumbers(JsonNode board) {
        List<String> numbers = new ArrayList<>();
        board.get("rows").forEach(r -> numbers.add(r.get("caseNumber").asText()));
        return numbers;
    }

}
