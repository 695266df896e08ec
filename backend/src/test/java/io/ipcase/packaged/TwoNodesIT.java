package io.ipcase.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.adjudication.CaseDriver;
import io.ipcase.support.EvidenceFiles;
import io.ipcase.support.Filings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL: the packaged jar started twice at once under the postgres
 * profile, as behind a reverse proxy, on one database this test starts. Both start
 * together and still migrate the schema and deploy each model once; a session signed in
 * on one continues on the other; the same task completed on both at once succeeds once;
 * and timers due within a minute fire once each, none lost, across both job executors.
 */
@Tag("durability")
class TwoNodesIT {

    private static final String ADMIN_PASSWORD = "two-nodes-admin";

    private static final String PASSWORD = "two-nodes-pass";

    /** The test's model, and the timers of it that fall due within {@link #WINDOW}. */
    private static final int TIMERS = Integer.getInteger("ipcase.two-nodes.timers", 1000);

    private static final Duration WINDOW = Duration.ofSeconds(60);

    /** Time to start every instance before the first timer falls due. */
    private static final Duration LEAD = Duration.ofSeconds(90);

    private static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
        .withZone(ZoneOffset.UTC);

    private static final AdminApi ADMIN = new AdminApi("admin", ADMIN_PASSWORD);

    private static EmbeddedPostgres postgres;

    private static JarProcess a;

    private static JarProcess b;

    private static final StringBuilder REPORT = new StringBuilder();

    @BeforeAll
    static void startTwoNodesAtOnce() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        a = node("node-a");
        b = node("node-b");
        Duration startA = a.awaitReady(Duration.ofMinutes(6), "admin", ADMIN_PASSWORD);
        Duration startB = b.awaitReady(Duration.ofMinutes(6), "admin", ADMIN_PASSWORD);
        REPORT.append(String.format("two nodes started at once: node-a answered after %.1f s, node-b after %.1f s%n",
                startA.toMillis() / 1000.0, startB.toMillis() / 1000.0));

        for (Map<String, Object> user : List.of(user("complainant", null, "COMPLAINANT"),
                user("officer.yb", "yubei", "OFFICER"), user("officer2.yb", "yubei", "OFFICER"),
                user("supervisor.yb", "yubei", "SUPERVISOR", "OFFICER"))) {
            HttpResponse<String> created = ADMIN.createAccount(a.baseUrl(), user);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        // cases filed late in a year run into the next, whose notice an administrator
        // loads
        try (InputStream in = TwoNodesIT.class.getResourceAsStream("/deadlines/provisional-2027.json")) {
            JsonNode year = BrowserSession.JSON.readTree(in).get("2027");
            // on each node: the other refreshes its copy of the calendar only every
            // minute
            for (JarProcess node : List.of(a, b)) {
                HttpResponse<String> loaded = ADMIN.send(node.baseUrl(), "PUT", "/api/admin/calendar/2027",
                        Map.of("source", "provisional", "rest", year.get("rest"), "work", year.get("work")));
                assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(204);
            }
        }
    }

    @AfterAll
    static void stopNodesThenDatabase() throws Exception {
        try {
            for (JarProcess node : new JarProcess[] { a, b }) {
                if (node != null && node.isAlive()) {
                    node.stop();
                }
            }
        }
        finally {
            if (postgres != null) {
                postgres.close();
            }
            System.out.println(REPORT);
            Files.writeString(Path.of("target", "two-nodes.txt"), REPORT, StandardCharsets.UTF_8);
        }
    }

    @Test
    void bothNodesStartingAtOnceMigrateTheSchemaAndDeployEachModelOnce() throws Exception {
        assertThat(rows("select version from flyway_schema_history where version is not null group by version "
                + "having count(*) > 1"))
            .as("migrations applied twice")
            .isEmpty();
        assertThat(rows("select version from flyway_schema_history where not success")).as("failed migrations")
            .isEmpty();
        assertThat(rows("select version from flyway_schema_history")).as("migrations applied").isNotEmpty();
        assertThat(single("select count(*) from act_ge_schema_log")).as("engine schema created once").isEqualTo(1);
        assertThat(rows("select key_ from act_re_procdef where key_ <> 'two-node-timer' and version_ > 1"))
            .as("models deployed twice")
            .isEmpty();
        assertThat(rows("select key_ from act_re_decision_def where version_ > 1")).as("decisions deployed twice")
            .isEmpty();
        assertThat(single("select count(*) from act_re_procdef where key_ = 'infringement-adjudication'")).isEqualTo(1);
        assertThat(single("select count(*) from user_roles where role = 'ADMIN'")).as("one bootstrap administrator")
            .isEqualTo(1);
        boolean waited = Files.readString(a.log).contains("Another node is starting")
                || Files.readString(b.log).contains("Another node is starting");
        REPORT.append("schema migrated once, each model deployed once; a node waited for the other's start: " + waited
                + "\n");
    }

    @Test
    void aSessionSignedInOnOneNodeContinuesOnTheOther() throws Exception {
        BrowserSession complainant = BrowserSession.signIn(a.baseUrl(), "complainant", PASSWORD);

        JsonNode session = complainant.getJson(b.baseUrl(), "/api/session");
        assertThat(session.get("authenticated").asBoolean()).isTrue();
        assertThat(session.get("user").get("username").asText()).isEqualTo("complainant");
        // a change, with the CSRF token the other node gave
        HttpResponse<String> filed = complainant.file(b.baseUrl(), Filings.distinct("yubei", 9_001, "两节点会话公司"), pdf());
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    }

    @Test
    void theSameTaskCompletedOnBothNodesAtOnceSucceedsOnce() throws Exception {
        BrowserSession complainant = BrowserSession.signIn(a.baseUrl(), "complainant", PASSWORD);
        HttpResponse<String> filed = complainant.file(a.baseUrl(), Filings.distinct("yubei", 9_002, "两节点并发公司"), pdf());
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String caseId = BrowserSession.JSON.readTree(filed.body()).get("id").asText();

        BrowserSession officer = BrowserSession.signIn(b.baseUrl(), "officer.yb", PASSWORD);
        String taskId = officer.getJson(b.baseUrl(), "/api/cases/" + caseId)
            .get("openTasks")
            .get(0)
            .get("taskId")
            .asText();
        assertThat(officer.post(a.baseUrl(), "/api/inbox/tasks/" + taskId + "/claim").statusCode()).isEqualTo(204);
        Map<String, Object> acceptance = CaseDriver.acceptance(List.of("officer.yb", "officer2.yb", "supervisor.yb"));

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService both = Executors.newFixedThreadPool(2);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (JarProcess node : List.of(a, b)) {
            answers.add(both.submit(() -> {
                go.await();
                return officer.postJson(node.baseUrl(), "/api/inbox/tasks/" + taskId + "/complete", acceptance);
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get(2, TimeUnit.MINUTES);
            statuses.add(response.statusCode());
        }
        both.shutdown();
        Collections.sort(statuses);
        assertThat(statuses).as("one completes, the other is told it was done").containsExactly(204, 409);
        assertThat(
                single("select count(*) from act_hi_taskinst where id_ = '" + taskId + "' and end_time_ is not null"))
            .isEqualTo(1);
        assertThat(single("select count(*) from acceptance_reviews where case_id = '" + caseId + "'")).isEqualTo(1);
        REPORT.append("the same task completed on both nodes at once: " + statuses + "\n");
    }

    @Test
    void timersDueWithinAMinuteFireOnceEachAcrossBothNodes() throws Exception {
        HttpResponse<String> deployed = deploy(a.baseUrl(), "/packaged/two-node-timer.bpmn");
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);

        // signed in once: HTTP Basic would check the password (BCrypt) on every start
        BrowserSession admin = BrowserSession.signIn(a.baseUrl(), "admin", ADMIN_PASSWORD);
        Instant first = Instant.now().plus(LEAD);
        Instant seeding = Instant.now();
        ExecutorService starters = Executors.newFixedThreadPool(4);
        List<Future<Integer>> starts = new ArrayList<>();
        for (int i = 0; i < TIMERS; i++) {
            JarProcess node = i % 2 == 0 ? a : b;
            Instant due = first.plusMillis(ThreadLocalRandom.current().nextLong(WINDOW.toMillis()));
            Map<String, Object> body = Map.of("variables",
                    Map.of("fireAt", Map.of("value", ENGINE_DATE.format(due), "type", "Date")));
            Callable<Integer> start = () -> admin
                .postJson(node.baseUrl(), "/engine-rest/process-definition/key/two-node-timer/start", body)
                .statusCode();
            starts.add(starters.submit(start));
        }
        for (Future<Integer> start : starts) {
            assertThat(start.get(2, TimeUnit.MINUTES)).isEqualTo(200);
        }
        starters.shutdown();
        Duration seeded = Duration.between(seeding, Instant.now());
        assertThat(Instant.now()).as("every timer started before the first falls due").isBefore(first);

        Instant giveUp = first.plus(WINDOW).plusSeconds(60);
        while (Instant.now().isBefore(giveUp) && single("select count(*) from act_hi_actinst "
                + "where proc_def_key_ = 'two-node-timer' and act_id_ = 'Task_AfterTimer'") < TIMERS) {
            Thread.sleep(1000);
        }

        List<Long> lateness = new ArrayList<>();
        query("""
                select a.end_time_ as fired, v.long_ as due from act_hi_actinst a
                join act_hi_varinst v on v.proc_inst_id_ = a.proc_inst_id_ and v.name_ = 'fireAt'
                where a.proc_def_key_ = 'two-node-timer' and a.act_id_ = 'Timer_Due' and a.end_time_ is not null""",
                rs -> lateness.add(rs.getTimestamp("fired").getTime() - rs.getLong("due")));
        Collections.sort(lateness);
        long twice = single("""
                select count(*) from (select proc_inst_id_ from act_hi_actinst
                where proc_def_key_ = 'two-node-timer' and act_id_ = 'Task_AfterTimer'
                group by proc_inst_id_ having count(*) > 1) t""");
        long early = lateness.stream().filter(ms -> ms < 0).count();
        Map<String, Long> byNode = new HashMap<>();
        query("""
                select hostname_, count(*) as fired from act_hi_job_log
                where process_def_key_ = 'two-node-timer' and job_state_ = 2 group by hostname_""",
                rs -> byNode.put(rs.getString("hostname_"), rs.getLong("fired")));

        REPORT.append(String.format("""
                timers: %d due within %s, the first %s after the start, started over HTTP on both nodes in %.1f s
                fired: %d (by node: %s), fired twice: %d, fired early: %d
                lateness: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms
                """, TIMERS, WINDOW, LEAD, seeded.toMillis() / 1000.0, lateness.size(), byNode, twice, early,
                percentile(lateness, 0.50), percentile(lateness, 0.95), percentile(lateness, 0.99),
                lateness.isEmpty() ? -1 : lateness.get(lateness.size() - 1)));

        assertThat(lateness).as("timers fired").hasSize(TIMERS);
        assertThat(twice).as("fired twice").isZero();
        assertThat(early).as("fired early").isZero();
        assertThat(percentile(lateness, 0.99)).as("p99 lateness, ms").isLessThanOrEqualTo(5_000);
        assertThat(byNode).as("both job executors fired timers").containsKeys("node-a", "node-b");
    }

    private static JarProcess node(String name) throws IOException {
        return JarProcess.start(name, List.of("--spring.profiles.active=postgres", "--ipcase.data-dir=target/" + name,
                // who fired a timer: the engine writes it into its job log
                "--camunda.bpm.generic-properties.properties.hostname=" + name),
                Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                        "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", "",
                        "IPCASE_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD));
    }

    private static Map<String, Object> user(String username, String officeId, String... roles) {
        Map<String, Object> user = new HashMap<>(Map.of("username", username, "displayName", "用户 " + username,
                "password", PASSWORD, "roles", List.of(roles)));
        if (officeId != null) {
            user.put("officeId", officeId);
        }
        return user;
    }

    private static HttpResponse<String> deploy(String baseUrl, String resource)
            throws IOException, InterruptedException {
        byte[] model;
        try (InputStream in = TwoNodesIT.class.getResourceAsStream(resource)) {
            model = in.readAllBytes();
        }
        String boundary = "----ipcase" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                + "two-nodes\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"two-node-timer.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofString(head, StandardCharsets.UTF_8),
                HttpRequest.BodyPublishers.ofByteArray(model), HttpRequest.BodyPublishers.ofByteArray(tail));
        return ADMIN.send(baseUrl, "/engine-rest/deployment/create", body, "multipart/form-data; boundary=" + boundary);
    }

    private static byte[] pdf() throws IOException {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "two-nodes");
        return Files.readAllBytes(EvidenceFiles.pdf(dir, "evidence.pdf"));
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static long single(String sql) throws SQLException {
        List<Long> result = new ArrayList<>();
        query(sql, rs -> result.add(rs.getLong(1)));
        return result.get(0);
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        query(sql, rs -> result.add(rs.getString(1)));
        return result;
    }

    private static void query(String sql, RowHandler handler) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                handler.handle(rs);
            }
        }
    }

    interface RowHandler {

        void handle(ResultSet rs) throws SQLException;

    }

}
