package io.ipcase.inbox;

import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OFFICER_YUZHONG;
import static io.ipcase.support.TestUsers.OTHER_OFFICER_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Saved filters live on the server; shared ones reach colleagues of the same office only.
 */
class SavedFiltersIntegrationTests extends InboxIntegrationTests {

    @Test
    void aSharedFilterIsOfferedToColleaguesOfTheSameOfficeAndNoOneElse() {
        String name = unique("逾期的受理审查");
        Api.Response saved = save(OFFICER_YUBEI, name, true);

        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        String id = saved.json().get("id").asText();
        assertThat(names(OTHER_OFFICER_YUBEI)).contains(name);
        assertThat(names(OFFICER_YUZHONG)).doesNotContain(name);
        assertThat(as(OFFICER_YUZHONG).delete("/api/inbox/saved-filters/" + id).status()).isEqualTo(404);
        assertThat(as(OFFICER_YUZHONG).putJson("/api/inbox/saved-filters/" + id, draft(name, false)).status())
            .isEqualTo(404);
    }

    @Test
    void aPrivateFilterIsTheOwnersAlone() {
        String name = unique("我的筛选");
        save(OFFICER_YUBEI, name, false);

        assertThat(names(OFFICER_YUBEI)).contains(name);
        assertThat(names(OTHER_OFFICER_YUBEI)).doesNotContain(name);
    }

    @Test
    void onlyItsOwnerChangesOrDeletesASharedFilter() {
        String name = unique("共享筛选");
        String id = save(OFFICER_YUBEI, name, true).json().get("id").asText();

        assertThat(as(OTHER_OFFICER_YUBEI).putJson("/api/inbox/saved-filters/" + id, draft("改名", true)).status())
            .isEqualTo(403);
        assertThat(as(OTHER_OFFICER_YUBEI).delete("/api/inbox/saved-filters/" + id).status()).isEqualTo(403);
        assertThat(names(OFFICER_YUBEI)).contains(name);

        assertThat(as(OFFICER_YUBEI).putJson("/api/inbox/saved-filters/" + id, draft(name, false)).status())
            .isEqualTo(200);
        assertThat(names(OTHER_OFFICER_YUBEI)).doesNotContain(name);
        assertThat(as(OFFICER_YUBEI).delete("/api/inbox/saved-filters/" + id).status()).isEqualTo(204);
        assertThat(names(OFFICER_YUBEI)).doesNotContain(name);
    }

    @Test
    void theCriteriaComeBackAsSaved() {
        String name = unique("条件");
        save(OFFICER_YUBEI, name, false);

        JsonNode criteria = filter(OFFICER_YUBEI, name).get("criteria");

        assertThat(criteria.get("view").asText()).isEqualTo("UNCLAIMED");
        assertThat(criteria.get("overdue").asBoolean()).isTrue();
        assertThat(criteria.get("taskKey").asText()).isEqualTo("Task_ReviewAcceptance");
        assertThat(criteria.get("sort").asText()).isEqualTo("PRIORITY");
        assertThat(criteria.get("dueFrom").asText()).isEqualTo("2026-11-01");
    }

    @Test
    void aFilterThatCannotBeAskedIsRefused() {
        Api officer = as(OFFICER_YUBEI);

        Api.Response badType = officer.postJson("/api/inbox/saved-filters",
                Map.of("name", "x", "criteria", Map.of("caseType", "NO_SUCH_TYPE"), "shared", false));
        Api.Response reversed = officer.postJson("/api/inbox/saved-filters", Map.of("name", "x", "criteria",
                Map.of("dueFrom", "2026-12-02", "dueTo", "2026-12-01"), "shared", false));
        Api.Response noName = officer.postJson("/api/inbox/saved-filters",
                Map.of("name", " ", "criteria", Map.of(), "shared", false));

        assertThat(badType.status()).isEqualTo(400);
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("errors").get(0).get("field").asText()).isEqualTo("name");
    }

    private Api.Response save(String user, String name, boolean shared) {
        return as(user).postJson("/api/inbox/saved-filters", draft(name, shared));
    }

    private static Map<String, Object> draft(String name, boolean shared) {
        return Map.of("name", name, "shared", shared, "criteria", Map.of("view", "UNCLAIMED", "overdue", true,
                "taskKey", "Task_ReviewAcceptance", "sort", "PRIORITY", "dueFrom", "2026-11-01"));
    }

    private List<String> names(String user) {
        List<String> names = new ArrayList<>();
        as(user).get("/api/inbox/saved-filters").json().forEach(f -> names.add(f.get("name").asText()));
        return names;
    }

    private JsonNode filter(String user, String name) {
        for (JsonNode f : as(user).get("/api/inbox/saved-filters").json()) {
            if (f.get("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError(name);
    }

}
