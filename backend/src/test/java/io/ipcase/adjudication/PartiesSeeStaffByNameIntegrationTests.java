package io.ipcase.adjudication;

import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OTHER_OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.RESPONDENT;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static io.ipcase.support.TestUsers.THIRD_OFFICER_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ipcase.support.Api;
import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Parties see the officers on their case by name (the timeline, the panel, who uploaded
 * or issued a document), never by the login name an attacker would guess passwords for.
 */
class PartiesSeeStaffByNameIntegrationTests extends PostgresIntegrationTests {

    private static final Map<String, String> NAMES = new LinkedHashMap<>();
    static {
        NAMES.put(OFFICER_YUBEI, "陈静");
        NAMES.put(OTHER_OFFICER_YUBEI, "杨帆");
        NAMES.put(THIRD_OFFICER_YUBEI, "何军");
        NAMES.put(SUPERVISOR_YUBEI, "林涛");
    }

    @Autowired
    CaseDrivers drivers;

    @Autowired
    JdbcClient jdbc;

    /**
     * The tests' accounts are named by their login names; these staff get names of their
     * own for this test, so a name shown is told apart from a login name leaked.
     */
    @BeforeEach
    void nameTheStaff() {
        users.ensureExist();
        NAMES.forEach((username, name) -> jdbc.sql("update app_users set display_name = :n where username = :u")
            .param("n", name)
            .param("u", username)
            .update());
    }

    @AfterEach
    void restoreNames() {
        NAMES.keySet()
            .forEach(username -> jdbc.sql("update app_users set display_name = :u where username = :u")
                .param("u", username)
                .update());
    }

    @Test
    void noLoginNameOfStaffReachesAPartysViewOfTheCase() {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing()).served(LocalDate.parse("2026-11-24"));

        for (String party : List.of(COMPLAINANT, RESPONDENT)) {
            Api.Response view = as(party).get("/api/cases/" + c.caseId);
            assertThat(view.status()).as(party + ": " + view).isEqualTo(200);
            String body = new String(view.body());
            assertThat(body).as(party).contains("陈静");
            for (String username : NAMES.keySet()) {
                assertThat(body).as(party + " sees " + username).doesNotContain(username);
            }
            assertThat(new String(as(party).get("/api/cases").body())).doesNotContain(OFFICER_YUBEI);
        }
        assertThat(new String(as(OFFICER_YUBEI).get("/api/cases/" + c.caseId).body())).contains(OFFICER_YUBEI);
    }

}
