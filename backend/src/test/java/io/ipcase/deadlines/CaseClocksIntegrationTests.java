package io.ipcase.deadlines;

import static io.ipcase.support.TestUsers.ADMIN;
import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.adjudication.CaseDriver;
import io.ipcase.support.Api;
import io.ipcase.support.Filings;
import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case clocks by rules.md §6: pauses for excluded periods, approved extensions, warnings.
 */
class CaseClocksIntegrationTests extends PostgresIntegrationTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Autowired
    CaseClocks clocks;

    @Autowired
    TransactionTemplate tx;

    private UUID caseId;

    @BeforeEach
    void aCaseFiledAtYubei() {
        caseId = UUID.fromString(as(COMPLAINANT)
            .postMultipart("/api/cases/infringement-disputes", "filing", Filings.valid("yubei"), "evidence", List.of())
            .json()
            .get("id")
            .asText());
    }

    @Test
    void filingStartsTheAcceptanceClockOfFiveWorkingDays() {
        ClockView acceptance = clocks.find(caseId, "acceptance").orElseThrow();

        assertThat(acceptance.period()).isEqualTo(Period.workingDays(5));
        assertThat(acceptance.deadline().lastDay()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(acceptance.status()).isEqualTo(ClockStatus.ON_TRACK);
        assertThat(acceptance.workingDaysLeft()).isEqualTo(5);
        assertThat(acceptance.calendarDaysLeft()).isEqualTo(7);
    }

    @Test
    void workingDayPeriodPausedForThreeWorkingDaysEndsThreeWorkingDaysLater() {
        in(() -> clocks.start(caseId, "t-answer", Period.workingDays(5), MONDAY, "test"));
        clock.set(at("2026-11-24T09:00:00+08:00"));
        in(() -> clocks.pause(caseId, "t-answer", "appraisal", "test"));
        clock.set(at("2026-11-27T09:00:00+08:00"));

        ClockView resumed = in(() -> clocks.resume(caseId, "t-answer", "test"));

        // Tue 24, Wed 25, Thu 26 excluded: 30 Nov + 3 working days
        assertThat(resumed.pausedDays()).isEqualTo(3);
        assertThat(resumed.deadline().lastDay()).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void calendarDayPeriodPausedMovesByTheDaysPausedAndOffTheWeekend() {
        in(() -> clocks.start(caseId, "t-opinion", Period.calendarDays(15), MONDAY, "test"));
        clock.set(at("2026-11-24T10:00:00+08:00"));
        in(() -> clocks.pause(caseId, "t-opinion", "suspension", "test"));
        clock.set(at("2026-11-28T10:00:00+08:00"));

        ClockView resumed = in(() -> clocks.resume(caseId, "t-opinion", "test"));

        // 8 Dec + 4 days = Sat 12 Dec → Mon 14 Dec
        assertThat(resumed.deadline().lastDay()).isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void aPausedClockIsNotOverdueWhileItsExcludedPeriodLasts() {
        in(() -> clocks.start(caseId, "t-short", Period.workingDays(1), MONDAY, "test"));
        in(() -> clocks.pause(caseId, "t-short", "suspension", "test"));
        clock.set(at("2026-11-30T09:00:00+08:00"));

        ClockView paused = clocks.find(caseId, "t-short").orElseThrow();

        assertThat(paused.state()).isEqualTo(ClockState.PAUSED);
        assertThat(paused.status()).isNotEqualTo(ClockStatus.OVERDUE);
    }

    @Test
    void casePeriodExtensionRecordsItsApproverAndLevel() {
        in(() -> clocks.start(caseId, "t-case", Period.months(3), MONDAY, "test"));

        ClockView extended = in(() -> clocks.extend(caseId, "t-case", Period.months(1), SUPERVISOR_YUBEI,
                "DEPARTMENT_HEAD", "complex case"));

        // 23 Feb 2027 + 1 month = Tue 23 Mar 2027
        assertThat(extended.deadline().lastDay()).isEqualTo(LocalDate.of(2027, 3, 23));
        assertThat(extended.extended()).isTrue();
        assertThat(extended.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("EXTEND");
            assertThat(e.actor()).isEqualTo(SUPERVISOR_YUBEI);
            assertThat(e.approverLevel()).isEqualTo("DEPARTMENT_HEAD");
            assertThat(e.extension()).isEqualTo(Period.months(1));
        });
    }

    @Test
    void hourPeriodRunsToTheExactInstantAndWarnsAtEightyPercent() {
        Instant from = at("2026-11-23T09:00:00+08:00");

        ClockView review = in(() -> clocks.startHours(caseId, "t-review", 48, from, "test"));

        assertThat(review.deadline().expiresAt()).isEqualTo(OffsetDateTime.parse("2026-11-25T09:00:00+08:00"));
        assertThat(review.warningAt()).isEqualTo(from.plus(Duration.ofMinutes(48 * 60 * 8 / 10)));
    }

    @Test
    void aClockIsDueSoonOnItsLastThreeWorkingDaysAndOverdueAfterItsLastDay() {
        in(() -> clocks.start(caseId, "t-due", Period.calendarDays(30), MONDAY, "test"));
        // last day Wed 23 Dec: 80 % of the period is gone on 18 Dec, before its last
        // three working days (21 Dec)
        clock.set(at("2026-12-16T09:00:00+08:00"));
        assertThat(clocks.find(caseId, "t-due").orElseThrow().status()).isEqualTo(ClockStatus.ON_TRACK);

        clock.set(at("2026-12-18T09:00:00+08:00"));
        assertThat(clocks.find(caseId, "t-due").orElseThrow().status()).isEqualTo(ClockStatus.DUE_SOON);

        clock.set(at("2026-12-24T00:00:00+08:00"));
        ClockView late = clocks.find(caseId, "t-due").orElseThrow();
        assertThat(late.status()).isEqualTo(ClockStatus.OVERDUE);
        assertThat(late.calendarDaysLeft()).isEqualTo(-1);
    }

    @Test
    void aPeriodRunningIntoAYearWithoutANoticeRunsProvisionally() {
        // 23 Jan 2028 is a Sunday: on weekends alone, Monday 24 Jan
        ClockView far = in(() -> clocks.start(caseId, "t-far", Period.months(14), MONDAY, "test"));

        assertThat(far.deadline().lastDay()).isEqualTo(LocalDate.of(2028, 1, 24));
        assertThat(far.deadline().provisional()).isTrue();
    }

    @Test
    void decidingTheAcceptanceStopsItsClock() {
        Api officer = as(OFFICER_YUBEI);
        String taskId = officer.get("/api/cases/" + caseId).json().get("openTasks").get(0).get("taskId").asText();
        officer.post("/api/inbox/tasks/" + taskId + "/claim");
        officer.postJson("/api/inbox/tasks/" + taskId + "/complete", CaseDriver.acceptance());

        assertThat(clocks.find(caseId, "acceptance").orElseThrow().state()).isEqualTo(ClockState.STOPPED);
    }

    @Test
    void theEndOfACasesProcedureStopsEveryClockStillRunning() {
        in(() -> clocks.start(caseId, "t-other", Period.workingDays(10), MONDAY, "test"));
        Api officer = as(OFFICER_YUBEI);
        String taskId = officer.get("/api/cases/" + caseId).json().get("openTasks").get(0).get("taskId").asText();
        officer.post("/api/inbox/tasks/" + taskId + "/claim");
        officer.postJson("/api/inbox/tasks/" + taskId + "/complete", Map.of("decision", "REFUSE", "reasons", "无管辖权"));

        assertThat(clocks.find(caseId, "t-other").orElseThrow().state()).isEqualTo(ClockState.STOPPED);
    }

    @Test
    void supervisorsSeeTheirOfficesRunningClocksWithTotals() {
        String caseNumber = as(OFFICER_YUBEI).get("/api/cases/" + caseId).json().get("caseNumber").asText();
        JsonNode report = as(SUPERVISOR_YUBEI).get("/api/sla/clocks?q=" + caseNumber).json();

        assertThat(report.get("clocks")).anySatisfy(c -> {
            assertThat(c.get("caseId").asText()).isEqualTo(caseId.toString());
            assertThat(c.get("key").asText()).isEqualTo("acceptance");
            assertThat(c.get("lastDay").asText()).isEqualTo("2026-11-30");
            assertThat(c.get("status").asText()).isEqualTo("ON_TRACK");
            assertThat(c.get("workingDaysLeft").asInt()).isEqualTo(5);
        });
        assertThat(report.get("clocks")).allSatisfy(c -> assertThat(c.get("officeId").asText()).isEqualTo("yubei"));
        assertThat(report.get("byOffice")).hasSize(1);
        assertThat(report.get("byOffice").get(0).get("onTrack").asInt()).isPositive();
    }

    @Test
    void slaFiguresAreForSupervisorsOfThatOfficeAndAdministrators() {
        assertThat(as(OFFICER_YUBEI).get("/api/sla/clocks").status()).isEqualTo(403);
        assertThat(as(COMPLAINANT).get("/api/sla/clocks").status()).isEqualTo(403);
        assertThat(as(SUPERVISOR_YUBEI).get("/api/sla/clocks?officeId=yuzhong").status()).isEqualTo(404);
        assertThat(as(ADMIN).get("/api/sla/clocks?officeId=yubei").status()).isEqualTo(200);
    }

    private <T> T in(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }

    private static Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }

}
