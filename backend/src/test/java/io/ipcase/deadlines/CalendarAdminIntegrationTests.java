package io.ipcase.deadlines;

import static io.ipcase.support.TestUsers.ADMIN;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.ipcase.support.Api;
import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administrator's calendar: a year's notice loaded, a day overridden, and deadlines
 * follow.
 */
class CalendarAdminIntegrationTests extends PostgresIntegrationTests {

    @Autowired
    Deadlines deadlines;

    @Test
    void theShippedNoticesAreLoaded() {
        List<Integer> years = new ArrayList<>();
        as(ADMIN).get("/api/admin/calendar").json().forEach(y -> years.add(y.get("year").asInt()));

        assertThat(years).contains(2024, 2025, 2026);
        assertThat(as(ADMIN).get("/api/admin/calendar/2026").json()).anySatisfy(d -> {
            assertThat(d.get("day").asText()).isEqualTo("2026-10-10");
            assertThat(d.get("officialKind").asText()).isEqualTo("WORK");
        });
    }

    @Test
    void anOverriddenDayMovesDeadlinesAndClearingItRestoresTheNotice() {
        LocalDate friday = LocalDate.of(2026, 11, 27);
        Api admin = as(ADMIN);
        try {
            assertThat(admin.putJson("/api/admin/calendar/days/" + friday, Map.of("kind", "REST", "note", "地方节日"))
                .status()).isEqualTo(204);
            assertThat(deadlines.workingDays(LocalDate.of(2026, 11, 23), 5).lastDay())
                .isEqualTo(LocalDate.of(2026, 12, 1));
        }
        finally {
            assertThat(admin.delete("/api/admin/calendar/days/" + friday).status()).isEqualTo(204);
        }
        assertThat(deadlines.workingDays(LocalDate.of(2026, 11, 23), 5).lastDay())
            .isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void aNoticeWithSlipsIsRefusedDayByDayAndChangesNothing() {
        Api.Response refused = as(ADMIN).putJson("/api/admin/calendar/2029", Map.of("source", "国办发明电〔2028〕7号", "rest",
                List.of("2029-01-01", "2029-01-06", "2030-01-01"), "work", List.of("2029-02-05")));

        assertThat(refused.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        // 6 Jan 2029 is a Saturday; 2030 is another year; 5 Feb 2029 is a Monday
        assertThat(fields).containsExactlyInAnyOrder("rest[1]", "rest[2]", "work[0]");
        assertThat(as(ADMIN).get("/api/admin/calendar").json())
            .noneSatisfy(y -> assertThat(y.get("year").asInt()).isEqualTo(2029));
    }

    @Test
    void onlyAdministratorsChangeTheCalendar() {
        assertThat(as(SUPERVISOR_YUBEI).putJson("/api/admin/calendar/days/2026-12-01", Map.of("kind", "REST")).status())
            .isEqualTo(403);
    }

}
