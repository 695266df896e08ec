package io.ipcase.deadlines;

import static io.ipcase.support.TestUsers.ADMIN;
import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.Api;
import io.ipcase.support.Filings;
import io.ipcase.support.PostgresIntegrationTests;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A calendar that never runs out (rules.md §6.2): a period reaching into a year whose
 * State Council notice is not loaded is counted on weekends alone and marked provisional;
 * loading the notice counts it again and moves the timers that wait on it.
 */
class ProvisionalCalendarIntegrationTests extends PostgresIntegrationTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    /** No calendar ships 2028: the tests load it, then forget it. */
    private static final int YEAR = 2028;

    @Autowired
    CaseClocks clocks;

    @Autowired
    CalendarStore calendar;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    private UUID caseId;

    @BeforeEach
    void aCaseFiledAtYubei() {
        caseId = UUID.fromString(as(COMPLAINANT)
            .postMultipart("/api/cases/infringement-disputes", "filing", Filings.valid("yubei"), "evidence", List.of())
            .json()
            .get("id")
            .asText());
    }

    @AfterEach
    void forgetTheYear() {
        jdbc.sql("delete from calendar_days where calendar_day between :from and :to")
            .param("from", LocalDate.of(YEAR, 1, 1))
            .param("to", LocalDate.of(YEAR, 12, 31))
            .update();
        jdbc.sql("delete from calendar_years where calendar_year = :y").param("y", YEAR).update();
        calendar.reload();
    }

    @Test
    void aPeriodCrossingIntoAnUnloadedYearIsComputedOnWeekendsAndMarkedProvisionalOnTheCasePage() {
        // 14 months from Mon 23 Nov 2026: Sun 23 Jan 2028, on weekends alone Mon 24 Jan
        in(() -> clocks.start(caseId, "t-far", Period.months(14), MONDAY, "test"));

        JsonNode far = clock(as(OFFICER_YUBEI).get("/api/cases/" + caseId).json(), "t-far");

        assertThat(far.get("deadline").get("lastDay").asText()).isEqualTo("2028-01-24");
        assertThat(far.get("deadline").get("provisional").asBoolean()).isTrue();
        JsonNode acceptance = clock(as(OFFICER_YUBEI).get("/api/cases/" + caseId).json(), "acceptance");
        assertThat(acceptance.get("deadline").get("provisional").asBoolean()).isFalse();
    }

    @Test
    void loadingTheYearsNoticeRecalculatesTheProvisionalDeadlineAndMovesItsTimer() {
        ClockView far = in(() -> clocks.start(caseId, "t-far", Period.months(14), MONDAY, "test"));
        String instance = waitingOn(far);
        Date oldExpiry = far.deadline().expiryDate();
        assertThat(timer(instance).getDuedate()).isEqualTo(oldExpiry);

        // the notice makes Mon 24 Jan 2028 a rest day (a fictional one, for the test)
        assertThat(as(ADMIN).putJson("/api/admin/calendar/" + YEAR, notice(List.of("2028-01-24"))).status())
            .isEqualTo(204);

        ClockView now = clocks.find(caseId, "t-far").orElseThrow();
        assertThat(now.deadline().lastDay()).isEqualTo(LocalDate.of(2028, 1, 25));
        assertThat(now.deadline().provisional()).isFalse();
        assertThat(now.events()).anySatisfy(e -> assertThat(e.type()).isEqualTo("RECOUNT"));
        assertThat(timer(instance).getDuedate()).isEqualTo(now.deadline().expiryDate());
        assertThat(runtime.getVariable(instance, "farExpiresAt")).isEqualTo(now.deadline().expiryDate());
        assertThat(runtime.getVariable(instance, "farDueAt")).isEqualTo(now.deadline().dueDate());
    }

    @Test
    void correctingADayRecalculatesTheDeadlinesCountedOverIt() {
        in(() -> clocks.start(caseId, "t-far", Period.months(14), MONDAY, "test"));
        Api admin = as(ADMIN);

        assertThat(admin.putJson("/api/admin/calendar/days/2028-01-24", Map.of("kind", "REST")).status())
            .isEqualTo(204);

        assertThat(clocks.find(caseId, "t-far").orElseThrow().deadline().lastDay())
            .isEqualTo(LocalDate.of(2028, 1, 25));
    }

    @Test
    void anInvalidNoticeIsRefusedAndChangesNothing() {
        ClockView far = in(() -> clocks.start(caseId, "t-far", Period.months(14), MONDAY, "test"));

        // the same day twice, a weekend day as a rest day, a weekday as a working day
        Api.Response refused = as(ADMIN).putJson("/api/admin/calendar/" + YEAR, Map.of("source", "国办发明电〔2027〕1号",
                "rest", List.of("2028-01-24", "2028-01-24", "2028-01-22"), "work", List.of("2028-01-25")));

        assertThat(refused.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("rest[1]", "rest[2]", "work[0]");
        assertThat(calendar.holdsYear(YEAR)).isFalse();
        assertThat(clocks.find(caseId, "t-far").orElseThrow().deadline()).isEqualTo(far.deadline());
    }

    @Test
    void theCalendarsStateSaysWhetherNextYearsNoticeIsLoaded() {
        // the tests hold 2027 (PostgresIntegrationTests) on Monday 23 November 2026
        JsonNode status = as(SUPERVISOR_YUBEI).get("/api/calendar/status").json();

        assertThat(status.get("nextYear").asInt()).isEqualTo(2027);
        assertThat(status.get("nextYearLoaded").asBoolean()).isTrue();
        assertThat(status.get("warnFrom").asText()).isEqualTo("2026-10-01");
        assertThat(status.get("warning").asBoolean()).isFalse();
        assertThat(as(ADMIN).get("/api/calendar/status").status()).isEqualTo(200);
    }

    @Test
    void onlyAdministratorsAndSupervisorsSeeTheCalendarsState() {
        assertThat(as(OFFICER_YUBEI).get("/api/calendar/status").status()).isEqualTo(403);
        assertThat(as(COMPLAINANT).get("/api/calendar/status").status()).isEqualTo(403);
        assertThat(as(OFFICER_YUBEI).putJson("/api/admin/calendar/" + YEAR, notice(List.of())).status()).isEqualTo(403);
        assertThat(calendar.holdsYear(YEAR)).isFalse();
    }

    private static Map<String, Object> notice(List<String> rest) {
        return Map.of("source", "国办发明电〔2027〕1号", "rest", rest, "work", List.of());
    }

    /**
     * A model waiting on the clock as the procedures' models do: its timer reads
     * {@code <name>ExpiresAt}, handed over from the clock.
     */
    private String waitingOn(ClockView clockView) {
        BpmnModelInstance model = Bpmn.createExecutableProcess("provisional-calendar-test")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .intermediateCatchEvent("Timer_FarExpired")
            .timerWithDate("${farExpiresAt}")
            .endEvent()
            .done();
        repository.createDeployment().addModelInstance("provisional-calendar-test.bpmn", model).deploy();
        return runtime
            .startProcessInstanceByKey("provisional-calendar-test", caseId.toString(), clockView.modelDates("far"))
            .getId();
    }

    private Job timer(String instance) {
        return management.createJobQuery().processInstanceId(instance).timers().singleResult();
    }

    private static JsonNode clock(JsonNode caseView, String key) {
        for (JsonNode c : caseView.get("clocks")) {
            if (key.equals(c.get("key").asText())) {
                return c;
            }
        }
        throw new AssertionError("no clock " + key);
    }

    private <T> T in(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }

    private static Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }

}
