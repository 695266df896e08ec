package io.ipcase.web;

import static io.ipcase.support.TestUsers.ADMIN;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.Test;

/** Every setting, its value, its default and its source, for administrators. */
class SettingsIntegrationTests extends PostgresIntegrationTests {

    @Test
    void everySettingIsShownWithItsValueDefaultAndSourceInBothLanguages() {
        Map<String, JsonNode> zh = byKey(as(ADMIN).get("/api/admin/settings").json());
        Map<String, JsonNode> en = byKey(
                as(ADMIN).withHeader("Accept-Language", "en").get("/api/admin/settings").json());

        assertThat(zh).containsKeys("ipcase.injunction.review-hours", "ipcase.assistance.review-working-days",
                "ipcase.sla.warn-at-fraction", "ipcase.calendar.warn-from", "ipcase.adjudication.hearing-rooms");
        JsonNode review = zh.get("ipcase.injunction.review-hours");
        assertThat(review.get("value").asText()).isEqualTo("48");
        assertThat(review.get("defaultValue").asText()).isEqualTo("48");
        assertThat(review.get("source").asText()).contains("行为保全");
        // the postgres profile the tests run under turns the demo data off: value and
        // default differ
        assertThat(zh.get("ipcase.demo-data").get("value").asText()).isEqualTo("false");
        assertThat(zh.get("ipcase.demo-data").get("defaultValue").asText()).isEqualTo("true");
        assertThat(zh.get("ipcase.adjudication.hearing-rooms").get("value").asText()).contains("CENTRAL_URBAN");
        // a setting without its words in either language would show its key
        zh.values()
            .forEach(s -> assertThat(s.get("label").asText()).as(s.get("key").asText())
                .isNotEqualTo(s.get("key").asText()));
        en.values().forEach(s -> assertThat(s.get("source").asText()).as(s.get("key").asText()).isNotBlank());
        assertThat(en.get("ipcase.injunction.review-hours").get("label").asText()).contains("hours");
    }

    @Test
    void onlyAdministratorsReadTheSettings() {
        assertThat(as(SUPERVISOR_YUBEI).get("/api/admin/settings").status()).isEqualTo(403);
        assertThat(as(OFFICER_YUBEI).get("/api/admin/settings").status()).isEqualTo(403);
    }

    private static Map<String, JsonNode> byKey(JsonNode settings) {
        Map<String, JsonNode> byKey = new HashMap<>();
        settings.forEach(s -> byKey.put(s.get("key").asText(), s));
        return byKey;
    }

}
