package io.ipcase.security;

import static io.ipcase.support.TestUsers.ADMIN;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.support.Api;
import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.Test;

class UserAdministrationIntegrationTests extends PostgresIntegrationTests {

    @Test
    void administratorCreatesAnOfficerWhoWorksTheirOfficesInboxOnceTheySetTheirOwnPassword() {
        String username = "new.officer." + UUID.randomUUID().toString().substring(0, 8);

        Api.Response created = as(ADMIN).postJson("/api/admin/users", Map.of("username", username, "displayName",
                "新执法人员", "password", "a-long-password", "officeId", "yubei", "roles", List.of("OFFICER")));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api first = new Api("http://localhost:" + port, username, "a-long-password");
        assertThat(first.get("/api/inbox/tasks").status()).isEqualTo(403);
        assertThat(first
            .postJson("/api/session/password",
                    Map.of("currentPassword", "a-long-password", "newPassword", "an-even-longer-one"))
            .status()).isEqualTo(204);
        Api.Response inbox = new Api("http://localhost:" + port, username, "an-even-longer-one")
            .get("/api/inbox/tasks");
        assertThat(inbox.status()).isEqualTo(200);
    }

    @Test
    void officersAndSupervisorsMustBelongToAnOffice() {
        Api.Response refused = as(ADMIN).postJson("/api/admin/users", Map.of("username", "no.office", "displayName",
                "x", "password", "a-long-password", "roles", List.of("SUPERVISOR")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("officeId");
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        assertThat(as(OFFICER_YUBEI).get("/api/admin/users").status()).isEqualTo(403);
        assertThat(as(ADMIN).get("/api/admin/users").json())
            .anySatisfy(u -> assertThat(u.get("username").asText()).isEqualTo(OFFICER_YUBEI));
    }

}
