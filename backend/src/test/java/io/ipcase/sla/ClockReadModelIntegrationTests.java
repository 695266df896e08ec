package io.ipcase.sla;

import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.SUPERVISOR_CQ;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUZHONG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockView;
import io.ipcase.deadlines.Period;
import io.ipcase.support.Api;
import io.ipcase.support.Filings;
import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The board's read model of clocks stays what the clocks say, in the transaction that
 * changes them, and the board and the clocks API read it with the offices' access rules.
 */
class ClockReadModelIntegrationTests extends PostgresIntegrationTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Autowired
    CaseClocks clocks;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    private UUID caseId;

    private String caseNumber;

    @BeforeEach
    void aCaseFiledAtYubei() {
        JsonNode filed = as(COMPLAINANT)
            .postMultipart("/api/cases/infringement-disputes", "filing", Filings.valid("yubei"), "evidence", List.of())
            .json();
        caseId = UUID.fromString(filed.get("id").asText());
        caseNumber = filed.get("caseNumber").asText();
    }

    @Test
    void aStartedClockIsOnTheBoardWithTheDeadlineTheClockComputes() {
        ClockView started = in(() -> clocks.start(caseId, "t-answer", Period.workingDays(5), MONDAY, "test"));

        JsonNode row = boardRow("t-answer");
        assertThat(row.get("lastDay").asText()).isEqualTo(started.deadline().lastDay().toString());
        assertThat(stored("t-answer").get("expires_at")).isEqualTo(started.deadline().expiresAt().toInstant());
        assertThat(row.get("state").asText()).isEqualTo("RUNNING");
        assertThat(row.get("status").asText()).isEqualTo("ON_TRACK");
    }

    @Test
    void timePassingTakesARunningClockToDueSoonThenOverdueWithoutAWrite() {
        ClockView started = in(() -> clocks.start(caseId, "t-answer", Period.workingDays(5), MONDAY, "test"));
        Map<String, Object> before = stored("t-answer");

        clock.set(started.warningAt().plusSeconds(1));
        assertThat(boardRow("t-answer").get("status").asText()).isEqualTo("DUE_SOON");
        assertThat(onBoard("DUE_SOON")).contains(caseNumber);

        clock.set(started.deadline().expiresAt().toInstant());
        assertThat(boardRow("t-answer").get("status").asText()).isEqualTo("OVERDUE");
        assertThat(onBoard("OVERDUE")).contains(caseNumber);
        assertThat(onBoard("ON_TRACK")).doesNotContain(caseNumber);
        assertThat(stored("t-answer")).isEqualTo(before);
    }

    @Test
    void aPausedClockCountsAsPausedAndItsResumptionMovesItsDeadline() {
        in(() -> clocks.start(caseId, "t-answer", Period.workingDays(5), MONDAY, "test"));
        clock.set(at("2026-11-24T09:00:00+08:00"));
        in(() -> clocks.pause(caseId, "t-answer", "appraisal", "test"));

        assertThat(stored("t-answer").get("state")).isEqualTo("PAUSED");
        assertThat(boardRow("t-answer").get("state").asText()).isEqualTo("PAUSED");
        assertThat(onBoard("PAUSED")).contains(caseNumber);

        clock.set(at("2026-11-27T09:00:00+08:00"));
        ClockView resumed = in(() -> clocks.resume(caseId, "t-answer", "test"));

        assertThat(stored("t-answer").get("state")).isEqualTo("RUNNING");
        assertThat(stored("t-answer").get("last_day")).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(resumed.deadline().lastDay()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(stored("t-answer").get("paused_days")).isEqualTo(3);
        assertThat(onBoard("PAUSED")).doesNotContain(caseNumber);
    }

    @Test
    void anExtensionRecomputesTheStoredDeadlineAndMarksTheClockExtended() {
        in(() -> clocks.start(caseId, "t-period", Period.months(3), MONDAY, "test"));

        in(() -> clocks.extend(caseId, "t-period", Period.months(1), SUPERVISOR_YUBEI, "DEPARTMENT_HEAD", "complex"));

        assertThat(stored("t-period").get("last_day")).isEqualTo(LocalDate.of(2027, 3, 23));
        assertThat(stored("t-period").get("extended")).isEqualTo(true);
        assertThat(onBoard("EXTENDED")).contains(caseNumber);
    }

    @Test
    void aStoppedClockLeavesTheBoardAndARestartBringsItBack() {
        in(() -> clocks.start(caseId, "t-answer", Period.workingDays(5), MONDAY, "test"));

        in(() -> clocks.stop(caseId, "t-answer", "test"));
        assertThat(storedKeys()).doesNotContain("t-answer");
        assertThat(boardKeys()).doesNotContain("t-answer");

        in(() -> clocks.start(caseId, "t-answer", Period.calendarDays(15), MONDAY, "test"));
        assertThat(stored("t-answer").get("last_day")).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void aChangeRolledBackLeavesTheReadModelAsItWas() {
        in(() -> clocks.start(caseId, "t-answer", Period.workingDays(5), MONDAY, "test"));

        tx.executeWithoutResult(status -> {
            clocks.stop(caseId, "t-answer", "test");
            status.setRollbackOnly();
        });

        assertThat(storedKeys()).contains("t-answer");
    }

    @Test
    void theClocksApiPagesByDeadlineAndCountsEveryClockOfTheOffice() {
        in(() -> clocks.start(caseId, "t-later", Period.calendarDays(30), MONDAY, "test"));

        JsonNode first = as(SUPERVISOR_YUBEI).get("/api/sla/clocks?size=1&q=" + caseNumber).json();
        JsonNode second = as(SUPERVISOR_YUBEI).get("/api/sla/clocks?size=1&page=1&q=" + caseNumber).json();

        assertThat(first.get("total").asInt()).isEqualTo(2);
        assertThat(first.get("clocks").get(0).get("key").asText()).isEqualTo("acceptance");
        assertThat(second.get("clocks").get(0).get("key").asText()).isEqualTo("t-later");
        assertThat(first.get("byOffice").get(0).get("onTrack").asInt()).isEqualTo(2);
    }

    @Test
    void anotherOfficesSupervisorNeverSeesTheClocksButTheMunicipalOneDoes() {
        assertThat(as(SUPERVISOR_YUZHONG).get("/api/sla/board?size=500&q=" + caseNumber).json().get("total").asInt())
            .isZero();
        assertThat(as(SUPERVISOR_YUZHONG).get("/api/sla/clocks?officeId=yubei").status()).isEqualTo(404);
        assertThat(as(SUPERVISOR_CQ).get("/api/sla/board?size=500&q=" + caseNumber).json().get("total").asInt())
            .isEqualTo(1);
        assertThat(as(OFFICER_YUBEI).get("/api/sla/clocks").status()).isEqualTo(403);
    }

    @Test
    void theBoardsOfficerFilterAndWorkloadFollowWhoHoldsTheCasesTasks() {
        String taskId = as(OFFICER_YUBEI).get("/api/cases/" + caseId)
            .json()
            .get("openTasks")
            .get(0)
            .get("taskId")
            .asText();
        Api officer = as(OFFICER_YUBEI);
        long before = workloadOnTrack(OFFICER_YUBEI);

        officer.post("/api/inbox/tasks/" + taskId + "/claim");

        assertThat(as(SUPERVISOR_YUBEI).get("/api/sla/board?size=500&officer=" + OFFICER_YUBEI + "&q=" + caseNumber)
            .json()
            .get("total")
            .asInt()).isEqualTo(1);
        assertThat(workloadOnTrack(OFFICER_YUBEI)).isEqualTo(before + 1);
    }

    private long workloadOnTrack(String officer) {
        for (JsonNode w : as(SUPERVISOR_YUBEI).get("/api/sla/board?size=1").json().get("workload")) {
            if (officer.equals(w.path("assignee").asText(null))) {
                return w.get("onTrack").asLong();
            }
        }
        return 0;
    }

    private JsonNode boardRow(String key) {
        for (JsonNode row : as(SUPERVISOR_YUBEI).get("/api/sla/board?size=500&q=" + caseNumber).json().get("rows")) {
            if (row.get("key").asText().equals(key)) {
                return row;
            }
        }
        throw new AssertionError(key + " of " + caseNumber + " not on the board");
    }

    private List<String> boardKeys() {
        return as(SUPERVISOR_YUBEI).get("/api/sla/board?size=500&q=" + caseNumber)
            .json()
            .get("rows")
            .findValuesAsText("key");
    }

    private List<String> onBoard(String status) {
        return as(SUPERVISOR_YUBEI).get("/api/sla/board?size=500&status=" + status + "&q=" + caseNumber)
            .json()
            .get("rows")
            .findValuesAsText("caseNumber");
    }

    private Map<String, Object> stored(String key) {
        return jdbc.sql("""
                select state, last_day, expires_at, warning_at, paused_days, extended
                from inbox_clocks where case_id = :c and clock_key = :k""")
            .param("c", caseId)
            .param("k", key)
            .query((rs, i) -> Map.<String, Object>of("state", rs.getString("state"), "last_day",
                    rs.getObject("last_day", LocalDate.class), "expires_at", rs.getTimestamp("expires_at").toInstant(),
                    "paused_days", rs.getInt("paused_days"), "extended", rs.getBoolean("extended")))
            .single();
    }

    private List<String> storedKeys() {
        return jdbc.sql("select clock_key from inbox_clocks where case_id = :c")
            .param("c", caseId)
            .query(String.class)
            .list();
    }

    private <T> T in(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

}
