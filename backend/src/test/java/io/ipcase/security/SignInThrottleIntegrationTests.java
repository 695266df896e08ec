package io.ipcase.security;

import static io.ipcase.support.TestUsers.ADMIN;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.Api;
import io.ipcase.support.FromAddress;
import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Guessing passwords costs: five failures lock an account for 15 minutes, twenty from one
 * address lock the address, over HTTP Basic and the login form alike; administrators see
 * and lift lockouts; every failure and lockout is audited. Each test signs in from a
 * source address of its own, so its failures count against nobody else.
 */
class SignInThrottleIntegrationTests extends PostgresIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void ensureUsers() {
        users.ensureExist();
    }

    @Test
    void fiveWrongPasswordsOverHttpBasicLockTheAccountSoTheRightOneIsRefusedToo() {
        String user = account();
        FromAddress client = new FromAddress("127.0.0.11", port);

        for (int i = 0; i < 5; i++) {
            assertThat(client.basic("GET", "/api/session", user, "wrong-" + i).status()).isEqualTo(401);
        }
        FromAddress.Reply locked = client.basic("GET", "/api/cases", user, PASSWORD);

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).isEqualTo("900");
        assertThat(locked.body()).contains("登录失败次数过多");
        assertThat(count("select count(*) from audit_events where action = 'SIGN_IN_FAILED' and actor = :u", user))
            .isEqualTo(5);
        assertThat(count("select count(*) from audit_events where action = 'SIGN_IN_LOCKED_OUT' and actor = :u", user))
            .isEqualTo(1);
    }

    @Test
    void fiveWrongPasswordsThroughTheLoginFormLockTheAccount() {
        String user = account();
        FromAddress browser = new FromAddress("127.0.0.12", port);

        for (int i = 0; i < 5; i++) {
            assertThat(browser.formLogin(user, "wrong-" + i).status()).isEqualTo(401);
        }

        assertThat(browser.formLogin(user, PASSWORD).status()).isEqualTo(429);
        // the same name in another case is the same account
        assertThat(
                new FromAddress("127.0.0.112", port).basic("GET", "/api/cases", user.toUpperCase(), PASSWORD).status())
            .isEqualTo(429);
    }

    @Test
    void theLockoutEndsAfterFifteenMinutesAndTheNextOneLastsTwiceAsLong() {
        String user = account();
        FromAddress client = new FromAddress("127.0.0.13", port);
        lock(client, user);

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(client.basic("GET", "/api/session", user, "wrong-again").status()).isEqualTo(401);
        for (int i = 0; i < 4; i++) {
            client.basic("GET", "/api/session", user, "wrong-" + i);
        }

        FromAddress.Reply locked = client.basic("GET", "/api/cases", user, PASSWORD);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).isEqualTo("1800");
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        String user = account();
        FromAddress client = new FromAddress("127.0.0.16", port);
        for (int i = 0; i < 4; i++) {
            client.basic("GET", "/api/session", user, "wrong-" + i);
        }
        assertThat(client.basic("GET", "/api/cases", user, PASSWORD).status()).isEqualTo(200);

        for (int i = 0; i < 4; i++) {
            client.basic("GET", "/api/session", user, "wrong-" + i);
        }

        assertThat(client.basic("GET", "/api/cases", user, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void guessingAcrossAccountsFromOneAddressLocksTheAddress() {
        String user = account();
        FromAddress guesser = new FromAddress("127.0.0.14", port);
        for (int i = 0; i < 20; i++) {
            guesser.basic("GET", "/api/session", "nobody." + UUID.randomUUID(), "123456789012");
        }

        assertThat(guesser.basic("GET", "/api/cases", user, PASSWORD).status()).isEqualTo(429);
        assertThat(new FromAddress("127.0.0.15", port).basic("GET", "/api/cases", user, PASSWORD).status())
            .isEqualTo(200);
    }

    @Test
    void administratorsSeeALockedAccountAndUnlockIt() {
        String user = account();
        FromAddress client = new FromAddress("127.0.0.17", port);
        lock(client, user);

        JsonNode listed = find(as(ADMIN).get("/api/admin/users").json(), user);
        assertThat(listed.get("lockedUntil").asText()).isEqualTo(NOW.plus(Duration.ofMinutes(15)).toString());

        Api.Response unlocked = as(ADMIN).post("/api/admin/users/" + user + "/unlock");

        assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(200);
        assertThat(unlocked.json().has("lockedUntil")).isFalse();
        assertThat(client.basic("GET", "/api/cases", user, PASSWORD).status()).isEqualTo(200);
        assertThat(count("select count(*) from audit_events where action = 'ACCOUNT_UNLOCKED' and details like :u",
                "%" + user + "%"))
            .isEqualTo(1);
    }

    @Test
    void administratorsSeeALockedAddressAndUnlockIt() {
        String user = account();
        FromAddress gateway = new FromAddress("127.0.0.18", port);
        for (int i = 0; i < 20; i++) {
            gateway.basic("GET", "/api/session", "nobody." + UUID.randomUUID(), "123456789012");
        }
        assertThat(gateway.basic("GET", "/api/cases", user, PASSWORD).status()).isEqualTo(429);

        JsonNode locked = as(ADMIN).get("/api/admin/locked-addresses").json();
        assertThat(locked.findValuesAsText("address")).contains("127.0.0.18");

        Api.Response unlocked = as(ADMIN).postJson("/api/admin/locked-addresses/unlock",
                Map.of("address", "127.0.0.18"));

        assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(204);
        assertThat(gateway.basic("GET", "/api/cases", user, PASSWORD).status()).isEqualTo(200);
        assertThat(as(ADMIN).get("/api/admin/locked-addresses").json().findValuesAsText("address"))
            .doesNotContain("127.0.0.18");
        assertThat(count("select count(*) from audit_events where action = 'ADDRESS_UNLOCKED' and details like :u",
                "%127.0.0.18%"))
            .isEqualTo(1);
        assertThat(as(ADMIN).postJson("/api/admin/locked-addresses/unlock", Map.of("address", "127.0.0.18")).status())
            .isEqualTo(404);
    }

    @Test
    void onlyAdministratorsSeeOrUnlockLockedAddresses() {
        assertThat(as(OFFICER_YUBEI).get("/api/admin/locked-addresses").status()).isEqualTo(403);
        assertThat(as(OFFICER_YUBEI).postJson("/api/admin/locked-addresses/unlock", Map.of("address", "127.0.0.1"))
            .status()).isEqualTo(403);
        Api.Response blank = as(ADMIN).postJson("/api/admin/locked-addresses/unlock", Map.of("address", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").get(0).get("field").asText()).isEqualTo("address");
    }

    @Test
    void onlyAdministratorsUnlock() {
        String user = account();

        assertThat(as(OFFICER_YUBEI).post("/api/admin/users/" + user + "/unlock").status()).isEqualTo(403);
    }

    @Test
    void usernamesAreTheSameWhateverTheirCase() {
        Api shouting = new Api("http://localhost:" + port, OFFICER_YUBEI.toUpperCase(), PASSWORD);

        JsonNode session = shouting.get("/api/session").json();

        assertThat(session.get("user").get("username").asText()).isEqualTo(OFFICER_YUBEI);
        Api.Response twin = as(ADMIN).postJson("/api/admin/users",
                Map.of("username", OFFICER_YUBEI.toUpperCase(), "displayName", "重名", "password", "Tw1n-of-an-officer",
                        "officeId", "yubei", "roles", List.of("OFFICER")));
        assertThat(twin.status()).as(twin.toString()).isEqualTo(409);
    }

    private void lock(FromAddress client, String user) {
        for (int i = 0; i < 5; i++) {
            client.basic("GET", "/api/session", user, "wrong-" + i);
        }
        assertThat(client.basic("GET", "/api/cases", user, PASSWORD).status()).isEqualTo(429);
    }

    /** A complainant's account of its own, with the tests' password. */
    private String account() {
        String username = "guess." + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                insert into app_users (username, password_hash, display_name, enabled)
                values (:u, :p, :u, true)""")
            .param("u", username)
            .param("p", new BCryptPasswordEncoder(4).encode(PASSWORD))
            .update();
        jdbc.sql("insert into user_roles (username, role) values (:u, 'COMPLAINANT')").param("u", username).update();
        return username;
    }

    private int count(String sql, String param) {
        return jdbc.sql(sql).param("u", param).query(Integer.class).single();
    }

    private static JsonNode find(JsonNode users, String username) {
        for (JsonNode u : users) {
            if (u.get("username").asText().equals(username)) {
                return u;
            }
        }
        throw new AssertionError(username + " not listed");
    }

}
