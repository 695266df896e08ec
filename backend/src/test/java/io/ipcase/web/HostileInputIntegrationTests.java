package io.ipcase.web;

import static io.ipcase.support.TestUsers.ADMIN;
import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OTHER_OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.RESPONDENT;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ipcase.adjudication.CaseDriver;
import io.ipcase.adjudication.CaseDrivers;
import io.ipcase.support.Api;
import io.ipcase.support.CounterfeitReports;
import io.ipcase.support.EvidenceFiles;
import io.ipcase.support.Filings;
import io.ipcase.support.PostgresIntegrationTests;
import io.ipcase.support.Rows;
import io.ipcase.support.TestUsers;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Inputs an attacker would try, each of which once ended in a 5xx: now a 4xx with problem
 * details in the caller's language, and nothing written.
 */
class HostileInputIntegrationTests extends PostgresIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseDrivers drivers;

    @Autowired
    MeterRegistry meters;

    @Test
    void aNulByteInAnUploadsFileNameIsRefusedOnThePublicReport() throws IOException {
        Map<String, Long> before = Rows.count(jdbc);

        Api.Response response = anonymous().withHeader("X-Forwarded-For", "198.51.100.201")
            .postMultipart("/api/public/penalty-reports",
                    parts("report", CounterfeitReports.valid(), "files", "照片\u0000.pdf"));

        assertProblem(response, 400, "body");
        assertThat(response.json().get("errors").get(0).get("message").asText()).isEqualTo("文件名含有不允许的字符。");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void aNulByteInAnUploadsFileNameIsRefusedOnEveryUploadOfASignedInUser() throws IOException {
        Map<String, Long> before = Rows.count(jdbc);

        assertProblem(as(COMPLAINANT).postMultipart("/api/cases/infringement-disputes",
                parts("filing", Filings.valid("yubei"), "evidence", "证据\u0000.pdf")), 400, "body");
        assertProblem(as(COMPLAINANT).postMultipart("/api/penalty/reports",
                parts("report", CounterfeitReports.valid(), "files", "a\u0000b.pdf")), 400, "body");
        assertThat(Rows.count(jdbc)).isEqualTo(before);

        String draft = as(COMPLAINANT).postJson("/api/filing-drafts", Map.of("officeId", "yubei"))
            .json()
            .get("id")
            .asText();
        assertProblem(as(COMPLAINANT).postMultipart("/api/filing-drafts/" + draft + "/files",
                parts(null, null, "file", "\u0000.pdf")), 400, "file", "body");
    }

    @Test
    void engineRestPathVariantsAreRefusedAsProblemsWithoutStackTraces() {
        for (String path : List.of("//engine-rest/engine", "/%2e/engine-rest/engine", "/engine-rest;a/engine",
                "/api/cases/%2e%2e/%2e%2e/engine-rest/engine", "/engine-rest/%0aengine")) {
            for (String client : List.of("anonymous", ADMIN)) {
                Api.Response response = raw(client, path);

                assertThat(response.status()).as(path + " " + response).isEqualTo(400);
                assertThat(response.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                assertThat(response.json().get("detail").asText()).isEqualTo("请求的地址无效。");
                assertThat(new String(response.body())).doesNotContain("Exception").doesNotContain("\tat ");
            }
        }
        assertThat(meters.find("http.server.requests").meters())
            .allSatisfy(m -> assertThat(m.getId().getTag("uri")).doesNotContain("engine-rest;")
                .doesNotContain("%2e")
                .doesNotContain("//"));
    }

    @Test
    void firewallRejectionsSpeakTheCallersLanguage() {
        HttpHeaders english = new HttpHeaders();
        english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");

        Api.Response response = raw("en", "/engine-rest;a/engine");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asText()).isEqualTo("The requested address is not valid.");
    }

    @Test
    void aPageBeyondAnyIntIsRefusedOnEveryPagedList() {
        String page = "page=" + Integer.MAX_VALUE + "&size=200";

        assertProblem(as(COMPLAINANT).get("/api/cases?" + page), 400, "page");
        assertProblem(as(OFFICER_YUBEI).get("/api/inbox/tasks?" + page), 400, "page");
        assertProblem(as(SUPERVISOR_YUBEI).get("/api/sla/board?" + page), 400, "page");
        assertProblem(as(COMPLAINANT).get("/api/cases?page=-1"), 400, "page");
        assertThat(as(COMPLAINANT).get("/api/cases?page=0&size=200").status()).isEqualTo(200);
    }

    @Test
    void anInjunctionBondBeyondTheLedgersColumnIsRefused() throws IOException {
        Map<String, Long> before = Rows.count(jdbc);
        for (String bond : List.of("1e300", "\"1e300\"", "10000000000000", "\"10000000000000.00\"")) {
            String application = JSON.writeValueAsString(injunction())
                .replaceFirst("\\}$", ",\"bondAmount\":" + bond + "}");
            MultiValueMap<String, Object> parts = parts("application", null, "evidence", "公证书.pdf");
            parts.set("application", jsonPart(application));
            parts.add("evaluationReport", pdf("评价报告.pdf"));

            Api.Response response = as(COMPLAINANT).postMultipart("/api/cases/preliminary-injunctions", parts);

            assertProblem(response, 400, "application.bondAmount", "bondAmount");
        }
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void substitutionDatesAtTheEndOfTheCalendarAreRefused() {
        for (String[] dates : List.of(new String[] { "+999999999-12-30", "+999999999-12-31" },
                new String[] { "9999-12-31", "+10000-01-01" }, new String[] { "-999999999-01-01", "2026-12-01" })) {
            Api.Response response = as(OFFICER_YUBEI).postJson("/api/inbox/substitutions",
                    Map.of("substitute", OTHER_OFFICER_YUBEI, "startsOn", dates[0], "endsOn", dates[1]));

            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.json().get("errors")).isNotEmpty();
        }
        assertThat(jdbc.sql("select count(*) from substitutions where ends_on > date '3000-01-01'")
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void aNullRoleForANewUserIsAFieldError() {
        Map<String, Object> user = new HashMap<>(Map.of("username", "null.role", "displayName", "无角色", "password",
                "a-long-password", "officeId", "yubei"));
        user.put("roles", Arrays.asList((Object) null));

        assertProblem(as(ADMIN).postJson("/api/admin/users", user), 400, "roles", "roles[]");
        assertThat(jdbc.sql("select count(*) from app_users where username = 'null.role'").query(Long.class).single())
            .isZero();
    }

    @Test
    void recusalGroundKnownYearsAgoIsTooLateWithoutACalendarOfThatYear() {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing()).served(LocalDate.of(2026, 11, 24));

        Api.Response response = as(RESPONDENT).postJson("/api/cases/" + c.caseId + "/recusal-requests",
                Map.of("officer", OTHER_OFFICER_YUBEI, "grounds", "该执法人员与请求人有利害关系。", "groundKnownOn", "2023-06-01"));

        assertProblem(response, 400, "groundKnownOn");
        assertThat(response.json().get("errors").get(0).get("message").asText()).doesNotContain("2,023");
    }

    @Test
    void aFloatIsNoClaimNumberAndANumberIsNoText() {
        Map<String, Object> fractionalClaim = Filings.valid("yubei");
        fractionalClaim.put("claims", List.of(1.7));
        Map<String, Object> numericName = Filings.valid("yubei");
        Filings.part(numericName, "respondent").put("name", 12345);
        Map<String, Object> textualClaim = Filings.valid("yubei");
        textualClaim.put("claims", List.of("1"));
        Map<String, Object> numericChoice = Filings.valid("yubei");
        Filings.part(numericChoice, "respondent").put("domicileInChina", 1);
        Map<String, Long> before = Rows.count(jdbc);

        assertProblem(file(fractionalClaim), 400, "filing.claims[0]", "claims[0]");
        assertProblem(file(numericName), 400, "filing.respondent.name", "respondent.name");
        assertProblem(file(textualClaim), 400, "filing.claims[0]", "claims[0]");
        assertProblem(file(numericChoice), 400, "filing.respondent.domicileInChina", "respondent.domicileInChina");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void moneyIsAPlainDecimalWithAtMostTwoPlaces() throws IOException {
        for (String bond : List.of("1e2", "\"1e2\"", "12.345", "\"12.345\"", "\"12,00\"", "\" 12\"", "true")) {
            String application = JSON.writeValueAsString(injunction())
                .replaceFirst("\\}$", ",\"bondAmount\":" + bond + "}");
            MultiValueMap<String, Object> parts = parts("application", null, "evidence", "公证书.pdf");
            parts.set("application", jsonPart(application));
            parts.add("evaluationReport", pdf("评价报告.pdf"));

            Api.Response response = as(COMPLAINANT).postMultipart("/api/cases/preliminary-injunctions", parts);

            assertThat(response.status()).as(bond + ": " + response).isEqualTo(400);
        }
        for (String bond : List.of("1000", "1000.5", "\"1000.50\"", "0.01")) {
            String application = JSON.writeValueAsString(injunction())
                .replaceFirst("\\}$", ",\"bondAmount\":" + bond + "}");
            MultiValueMap<String, Object> parts = parts("application", null, "evidence", "公证书.pdf");
            parts.set("application", jsonPart(application));
            parts.add("evaluationReport", pdf("评价报告.pdf"));

            Api.Response response = as(COMPLAINANT).postMultipart("/api/cases/preliminary-injunctions", parts);

            assertThat(response.status()).as(bond + ": " + response).isEqualTo(201);
        }
    }

    @Test
    void aDateIsOnlyADate() {
        for (String day : List.of("2026-12-01T00:00:00", "2026-12-01T00:00:00Z", "20261201", "2026-12-1")) {
            Api.Response response = as(OFFICER_YUBEI).postJson("/api/inbox/substitutions",
                    Map.of("substitute", OTHER_OFFICER_YUBEI, "startsOn", day, "endsOn", "2026-12-02"));

            assertProblem(response, 400, "startsOn");
        }
    }

    @Test
    void fieldErrorsOfStrictJsonSpeakEnglishToo() throws IOException {
        Map<String, Object> fractionalClaim = Filings.valid("yubei");
        fractionalClaim.put("claims", List.of(1.7));
        HttpHeaders english = new HttpHeaders();
        english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");

        Api.Response response = as(COMPLAINANT).withHeader(HttpHeaders.ACCEPT_LANGUAGE, "en")
            .postMultipart("/api/cases/infringement-disputes", parts("filing", fractionalClaim, "evidence", "e.pdf"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("message").asText()).matches("[ -~]+");
    }

    /** A request sent exactly as written: no client library tidies the path. */
    private Api.Response raw(String who, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header(HttpHeaders.ACCEPT_LANGUAGE, "en".equals(who) ? "en" : "zh-CN");
        if (ADMIN.equals(who)) {
            request.header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                .encodeToString((ADMIN + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
            users.ensureExist();
        }
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            HttpHeaders headers = new HttpHeaders();
            response.headers().map().forEach(headers::addAll);
            return new Api.Response(response.statusCode(), headers, response.body());
        }
        catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private Api.Response file(Map<String, Object> filing) {
        try {
            return as(COMPLAINANT).postMultipart("/api/cases/infringement-disputes",
                    parts("filing", filing, "evidence", "e.pdf"));
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertProblem(Api.Response response, int status, String... fields) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode errors = response.json().get("errors");
        assertThat(errors).as(response.toString()).isNotNull();
        List<String> named = new ArrayList<>();
        errors.forEach(e -> named.add(e.get("field").asText()));
        assertThat(named).as(response.toString()).containsAnyOf(fields);
        assertThat(new String(response.body())).doesNotContain("Exception");
    }

    private MultiValueMap<String, Object> parts(String jsonName, Object json, String fileName, String name)
            throws IOException {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        if (jsonName != null && json != null) {
            parts.add(jsonName, jsonPart(JSON.writeValueAsString(json)));
        }
        parts.add(fileName, pdf(name));
        return parts;
    }

    private ByteArrayResource pdf(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(EvidenceFiles.pdf(dir, "e.pdf"));
        return new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    private static HttpEntity<String> jsonPart(String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(json, headers);
    }

    private static Map<String, Object> injunction() {
        Map<String, Object> filing = Filings.valid("yubei");
        Map<String, Object> application = new HashMap<>();
        application.put("officeId", "yubei");
        application.put("requester", filing.get("requester"));
        application.put("respondent", filing.get("respondent"));
        application.put("patent", filing.get("patent"));
        application.put("actsToStop", "在展会上展出、许诺销售被控侵权的折叠椅。");
        application.put("facts", "被申请人将于展会上展出被控侵权产品。");
        application.put("urgency", "TRADE_FAIR");
        return application;
    }

}
