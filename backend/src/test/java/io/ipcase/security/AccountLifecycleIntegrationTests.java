package io.ipcase.security;

import static io.ipcase.support.TestUsers.ADMIN;
import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OTHER_OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.Api;
import io.ipcase.support.Filings;
import io.ipcase.support.FromAddress;
import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An account's life in the administrator's hands: created with a password the person must
 * replace, disabled (sessions end, tasks go back), enabled, reset, given other roles or
 * another office. Each change is audited; only administrators make them.
 */
class AccountLifecycleIntegrationTests extends PostgresIntegrationTests {

    private static final String FIRST_PASSWORD = "Handed-over-1942";

    private static final String OWN_PASSWORD = "My-own-choice-2026";

    @Autowired
    JdbcClient jdbc;

    @Test
    void commonPasswordsShortOnesAndOnesContainingTheUsernameAreRefused() {
        assertThat(passwordError(officer("weak"), "1234567890")).contains("常见密码");
        assertThat(passwordError(officer("weak"), "qwertyuiop")).contains("常见密码");
        assertThat(passwordError(officer("weak"), "short1!")).contains("至少 10 位");
        String username = "named." + suffix();
        assertThat(passwordError(Map.of("username", username, "displayName", "x", "password",
                "x" + username.toUpperCase() + "9", "officeId", "yubei", "roles", List.of("OFFICER"))))
            .contains("不能包含用户名");
    }

    @Test
    void administratorsPasswordsAreLonger() {
        Map<String, Object> admin = Map.of("username", "admin." + suffix(), "displayName", "管理员", "password",
                "Tr1cky-pass!", "roles", List.of("ADMIN"));

        assertThat(passwordError(admin)).contains("至少 14 位");
        assertThat(as(ADMIN).postJson("/api/admin/users", officer("twelve")).status()).isEqualTo(201);
    }

    @Test
    void aNewAccountMustSetItsOwnPasswordBeforeAnythingElse() {
        Map<String, Object> officer = officer("first");
        String username = (String) officer.get("username");
        assertThat(as(ADMIN).postJson("/api/admin/users", officer).status()).isEqualTo(201);
        Api first = new Api("http://localhost:" + port, username, FIRST_PASSWORD);

        Api.Response refused = first.get("/api/inbox/tasks");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asText()).contains("请先设置您自己的密码");
        assertThat(first.get("/api/session").json().get("user").get("mustChangePassword").asBoolean()).isTrue();

        assertThat(first
            .postJson("/api/session/password", Map.of("currentPassword", FIRST_PASSWORD, "newPassword", "1234567890"))
            .status()).isEqualTo(400);
        assertThat(first
            .postJson("/api/session/password", Map.of("currentPassword", "not-it-at-all", "newPassword", OWN_PASSWORD))
            .status()).isEqualTo(400);
        Api.Response changed = first.postJson("/api/session/password",
                Map.of("currentPassword", FIRST_PASSWORD, "newPassword", OWN_PASSWORD));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);

        Api own = new Api("http://localhost:" + port, username, OWN_PASSWORD);
        assertThat(own.get("/api/inbox/tasks").status()).isEqualTo(200);
        assertThat(own.get("/api/session").json().get("user").get("mustChangePassword").asBoolean()).isFalse();
        assertThat(new FromAddress("127.0.0.23", port).basic("GET", "/api/session", username, FIRST_PASSWORD).status())
            .isEqualTo(401);
    }

    @Test
    void aBrowserSessionThatSetItsPasswordCarriesOn() {
        Map<String, Object> officer = officer("browser");
        String username = (String) officer.get("username");
        as(ADMIN).postJson("/api/admin/users", officer);
        FromAddress browser = new FromAddress("127.0.0.21", port);
        assertThat(browser.formLogin(username, FIRST_PASSWORD).status()).isEqualTo(200);
        assertThat(browser.inSession("GET", "/api/inbox/tasks").status()).isEqualTo(403);

        FromAddress.Reply changed = browser.send("POST", "/api/session/password",
                List.of("Content-Type: application/json", "X-XSRF-TOKEN: " + xsrf(browser)),
                "{\"currentPassword\":\"" + FIRST_PASSWORD + "\",\"newPassword\":\"" + OWN_PASSWORD + "\"}");

        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        assertThat(browser.inSession("GET", "/api/inbox/tasks").status()).isEqualTo(200);
    }

    @Test
    void disablingAnOfficerEndsTheirSessionsAndPutsTheirTasksBackInTheOfficesPool() {
        String officer = workingOfficer();
        FromAddress browser = new FromAddress("127.0.0.22", port);
        assertThat(browser.formLogin(officer, OWN_PASSWORD).status()).isEqualTo(200);
        Filed filed = fileAndClaim(officer);

        Api.Response disabled = as(ADMIN).postJson("/api/admin/users/" + officer + "/disable", Map.of());

        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(browser.inSession("GET", "/api/inbox/tasks").status()).isEqualTo(401);
        assertThat(browser.basic("GET", "/api/inbox/tasks", officer, OWN_PASSWORD).status()).isEqualTo(401);
        assertThat(count("select count(*) from spring_session where principal_name = :u", officer)).isZero();
        JsonNode onBoard = boardTask(filed);
        assertThat(onBoard.has("assignee")).as(onBoard.toString()).isFalse();
        assertThat(count("select count(*) from audit_events where action = 'ACCOUNT_DISABLED' and details like :u",
                "%" + officer + "%"))
            .isEqualTo(1);
        assertThat(count(
                "select count(*) from audit_events where action = 'TASK_UNCLAIMED' and case_id = cast(:u as uuid)",
                filed.caseId()))
            .isEqualTo(1);

        assertThat(as(ADMIN).post("/api/admin/users/" + officer + "/enable").status()).isEqualTo(200);
        assertThat(new Api("http://localhost:" + port, officer, OWN_PASSWORD).get("/api/inbox/tasks").status())
            .isEqualTo(200);
    }

    @Test
    void disablingAnOfficerCanHandTheirTasksToANamedColleague() {
        String officer = workingOfficer();
        Filed filed = fileAndClaim(officer);

        Api.Response disabled = as(ADMIN).postJson("/api/admin/users/" + officer + "/disable",
                Map.of("handOverTo", OTHER_OFFICER_YUBEI));

        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertThat(boardTask(filed).get("assignee").asText()).isEqualTo(OTHER_OFFICER_YUBEI);
        assertThat(as(ADMIN)
            .postJson("/api/admin/users/" + workingOfficer() + "/disable", Map.of("handOverTo", "t.officer.yz"))
            .status()).isEqualTo(400);
    }

    @Test
    void movingAnOfficerToAnotherOfficeLeavesTheOldOfficesTasksInItsPool() {
        String officer = workingOfficer();
        Filed filed = fileAndClaim(officer);

        Api.Response moved = as(ADMIN).putJson("/api/admin/users/" + officer + "/roles",
                Map.of("roles", List.of("OFFICER", "SUPERVISOR"), "officeId", "yuzhong"));

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("officeId").asText()).isEqualTo("yuzhong");
        assertThat(moved.json().get("roles")).extracting(JsonNode::asText).containsExactly("OFFICER", "SUPERVISOR");
        assertThat(boardTask(filed).has("assignee")).isFalse();
        Api signedIn = new Api("http://localhost:" + port, officer, OWN_PASSWORD);
        assertThat(signedIn.get("/api/session").json().get("user").get("office").get("id").asText())
            .isEqualTo("yuzhong");
        assertThat(count("select count(*) from audit_events where action = 'ACCOUNT_CHANGED' and details like :u",
                "%" + officer + "%"))
            .isEqualTo(1);
    }

    @Test
    void aResetPasswordMustBeReplacedAtTheNextSignIn() {
        String officer = workingOfficer();

        Api.Response reset = as(ADMIN).postJson("/api/admin/users/" + officer + "/password",
                Map.of("password", FIRST_PASSWORD));

        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        assertThat(reset.json().get("mustChangePassword").asBoolean()).isTrue();
        assertThat(new FromAddress("127.0.0.24", port).basic("GET", "/api/session", officer, OWN_PASSWORD).status())
            .isEqualTo(401);
        assertThat(new Api("http://localhost:" + port, officer, FIRST_PASSWORD).get("/api/inbox/tasks").status())
            .isEqualTo(403);
        assertThat(as(ADMIN).postJson("/api/admin/users/" + officer + "/password", Map.of("password", "password123"))
            .status()).isEqualTo(400);
    }

    @Test
    void administratorsCannotDisableThemselves() {
        assertThat(as(ADMIN).postJson("/api/admin/users/" + ADMIN + "/disable", Map.of()).status()).isEqualTo(409);
        assertThat(as(ADMIN).postJson("/api/admin/users/nobody.at.all/disable", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        for (String who : List.of(OFFICER_YUBEI, SUPERVISOR_YUBEI, COMPLAINANT)) {
            Api api = as(who);
            assertThat(api.get("/api/admin/users").status()).isEqualTo(403);
            assertThat(api.postJson("/api/admin/users", officer("denied")).status()).isEqualTo(403);
            assertThat(api.postJson("/api/admin/users/" + OTHER_OFFICER_YUBEI + "/disable", Map.of()).status())
                .isEqualTo(403);
            assertThat(api.post("/api/admin/users/" + OTHER_OFFICER_YUBEI + "/enable").status()).isEqualTo(403);
            assertThat(api
                .postJson("/api/admin/users/" + OTHER_OFFICER_YUBEI + "/password", Map.of("password", FIRST_PASSWORD))
                .status()).isEqualTo(403);
            assertThat(
                    api.putJson("/api/admin/users/" + OTHER_OFFICER_YUBEI + "/roles", Map.of("roles", List.of("ADMIN")))
                        .status())
                .isEqualTo(403);
        }
        assertThat(count("select count(*) from app_users where username = :u and enabled", OTHER_OFFICER_YUBEI))
            .isEqualTo(1);
    }

    /** An officer of Yubei who has set their own password. */
    private String workingOfficer() {
        Map<String, Object> officer = officer("working");
        String username = (String) officer.get("username");
        assertThat(as(ADMIN).postJson("/api/admin/users", officer).status()).isEqualTo(201);
        new Api("http://localhost:" + port, username, FIRST_PASSWORD).postJson("/api/session/password",
                Map.of("currentPassword", FIRST_PASSWORD, "newPassword", OWN_PASSWORD));
        return username;
    }

    private Filed fileAndClaim(String officer) {
        Api.Response filed = as(COMPLAINANT).postMultipart("/api/cases/infringement-disputes", "filing",
                Filings.valid("yubei"), "evidence", List.of());
        String caseId = filed.json().get("id").asText();
        Api api = new Api("http://localhost:" + port, officer, OWN_PASSWORD);
        String taskId = api.get("/api/cases/" + caseId).json().get("openTasks").get(0).get("taskId").asText();
        assertThat(api.post("/api/inbox/tasks/" + taskId + "/claim").status()).isEqualTo(204);
        return new Filed(caseId, filed.json().get("caseNumber").asText(), taskId);
    }

    private JsonNode boardTask(Filed filed) {
        JsonNode board = as(SUPERVISOR_YUBEI).get("/api/sla/board?size=500&q=" + filed.caseNumber()).json();
        for (JsonNode row : board.get("rows")) {
            for (JsonNode task : row.get("tasks")) {
                if (task.get("taskId").asText().equals(filed.taskId())) {
                    return task;
                }
            }
        }
        throw new AssertionError(filed.caseNumber() + " not on the board: " + board);
    }

    private Map<String, Object> officer(String prefix) {
        return Map.of("username", prefix + "." + suffix(), "displayName", "新执法人员", "password", FIRST_PASSWORD,
                "officeId", "yubei", "roles", List.of("OFFICER"));
    }

    private String passwordError(Map<String, Object> user, String password) {
        Map<String, Object> withPassword = new java.util.HashMap<>(user);
        withPassword.put("password", password);
        return passwordError(withPassword);
    }

    private String passwordError(Map<String, Object> user) {
        Api.Response refused = as(ADMIN).postJson("/api/admin/users", user);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("password");
        return refused.json().get("errors").get(0).get("message").asText();
    }

    private static String xsrf(FromAddress browser) {
        return browser.cookie("XSRF-TOKEN");
    }

    private int count(String sql, String param) {
        return jdbc.sql(sql).param("u", param).query(Integer.class).single();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private record Filed(String caseId, String caseNumber, String taskId) {
    }

}
