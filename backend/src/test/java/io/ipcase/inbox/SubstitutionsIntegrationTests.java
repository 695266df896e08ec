package io.ipcase.inbox;

import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OFFICER_YUZHONG;
import static io.ipcase.support.TestUsers.OTHER_OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.THIRD_OFFICER_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.adjudication.CaseDriver;
import io.ipcase.support.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An officer names a substitute for a period of absence; during it, and only during it,
 * the absent officer's tasks show in the substitute's inbox and the substitute may work
 * them. Today is Mon 23 Nov 2026.
 */
class SubstitutionsIntegrationTests extends InboxIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void noSubstitutesLeftForOtherTests() {
        jdbc.sql("delete from substitutions").update();
    }

    @Test
    void duringTheAbsenceTheSubstituteSeesAndWorksTheAbsentOfficersTasks() {
        Filed filed = fileAtYubei();
        as(OFFICER_YUBEI).post(task(filed, "claim"));

        Api.Response named = name(OFFICER_YUBEI, OTHER_OFFICER_YUBEI, "2026-11-23", "2026-11-27");

        assertThat(named.status()).as(named.toString()).isEqualTo(201);
        JsonNode mine = inbox(OTHER_OFFICER_YUBEI, "view=MINE");
        assertThat(taskIds(mine)).contains(filed.taskId());
        assertThat(mine.get("actingFor")).extracting(JsonNode::asText).containsExactly(OFFICER_YUBEI);
        assertThat(as(OTHER_OFFICER_YUBEI).postJson(task(filed, "complete"), CaseDriver.acceptance()).status())
            .isEqualTo(204);
    }

    @Test
    void beforeTheAbsenceBeginsTheSubstituteSeesNothingOfIt() {
        Filed filed = fileAtYubei();
        as(OFFICER_YUBEI).post(task(filed, "claim"));

        assertThat(name(OFFICER_YUBEI, THIRD_OFFICER_YUBEI, "2026-11-24", "2026-11-30").status()).isEqualTo(201);

        assertThat(taskIds(inbox(THIRD_OFFICER_YUBEI, "view=MINE"))).doesNotContain(filed.taskId());
        assertThat(as(THIRD_OFFICER_YUBEI).postJson(task(filed, "complete"), CaseDriver.acceptance()).status())
            .isEqualTo(409);
    }

    @Test
    void afterTheAbsenceEndsTheSubstituteSeesNothingOfIt() {
        Filed filed = fileAtYubei();
        as(OFFICER_YUBEI).post(task(filed, "claim"));
        // a week's absence that ended yesterday (the API refuses to name one in the past)
        jdbc.sql("""
                insert into substitutions (absent_user, substitute, office_id, starts_on, ends_on, created_at)
                values (:absent, :substitute, 'yubei', :from, :to, :at)""")
            .param("absent", OFFICER_YUBEI)
            .param("substitute", THIRD_OFFICER_YUBEI)
            .param("from", LocalDate.parse("2026-11-16"))
            .param("to", LocalDate.parse("2026-11-22"))
            .param("at", OffsetDateTime.parse("2026-11-13T09:00:00+08:00"))
            .update();

        assertThat(taskIds(inbox(THIRD_OFFICER_YUBEI, "view=MINE"))).doesNotContain(filed.taskId());
    }

    @Test
    void theSubstituteIsAColleagueOfTheSameOfficeForAPeriodThatMakesSense() {
        assertThat(field(name(OFFICER_YUBEI, OFFICER_YUZHONG, "2026-11-23", "2026-11-24"))).isEqualTo("substitute");
        assertThat(field(name(OFFICER_YUBEI, OFFICER_YUBEI, "2026-11-23", "2026-11-24"))).isEqualTo("substitute");
        assertThat(field(name(OFFICER_YUBEI, OTHER_OFFICER_YUBEI, "2026-11-25", "2026-11-24"))).isEqualTo("endsOn");
        assertThat(field(name(OFFICER_YUBEI, OTHER_OFFICER_YUBEI, "2026-11-01", "2026-11-20"))).isEqualTo("endsOn");

        assertThat(name(OFFICER_YUBEI, OTHER_OFFICER_YUBEI, "2026-11-23", "2026-11-27").status()).isEqualTo(201);
        assertThat(field(name(OFFICER_YUBEI, THIRD_OFFICER_YUBEI, "2026-11-27", "2026-12-02"))).isEqualTo("startsOn");
        assertThat(as(OTHER_OFFICER_YUBEI).get("/api/inbox/substitutions").json()).hasSize(1);
    }

    @Test
    void onlyTheAbsentOfficerCancelsTheirSubstitution() {
        Filed filed = fileAtYubei();
        as(OFFICER_YUBEI).post(task(filed, "claim"));
        long id = name(OFFICER_YUBEI, OTHER_OFFICER_YUBEI, "2026-11-23", "2026-11-27").json().get("id").asLong();

        assertThat(as(OTHER_OFFICER_YUBEI).delete("/api/inbox/substitutions/" + id).status()).isEqualTo(404);
        assertThat(as(OFFICER_YUBEI).delete("/api/inbox/substitutions/" + id).status()).isEqualTo(204);

        assertThat(taskIds(inbox(OTHER_OFFICER_YUBEI, "view=MINE"))).doesNotContain(filed.taskId());
    }

    private Api.Response name(String absent, String substitute, String from, String to) {
        return as(absent).postJson("/api/inbox/substitutions",
                Map.of("substitute", substitute, "startsOn", from, "endsOn", to, "reason", "年休假"));
    }

    private static String field(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        return response.json().get("errors").get(0).get("field").asText();
    }

}
