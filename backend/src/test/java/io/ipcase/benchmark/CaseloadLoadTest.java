package io.ipcase.benchmark;

import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ipcase.adjudication.CaseDriver;
import io.ipcase.support.EvidenceFiles;
import io.ipcase.support.Filings;
import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A working day's traffic on a large caseload, over loopback HTTP with browsers'
 * sessions: officers polling their inbox every 30 s and opening a case from it, some
 * claiming and deciding an acceptance review; supervisors polling the SLA board every 30
 * s; complainants filing cases with an evidence file at a steady rate. Reports median,
 * p95 and p99 per kind of request, errors, throughput and the load average; fails on any
 * error (a 409 for a task another officer claimed first is the application answering
 * right, and counted apart).
 *
 * <pre>
 * ./mvnw -pl backend -am test -Pload-test -Dskip.installnodenpm \
 *     -Dtest=CaseloadLoadTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dload.cases=100000] [-Dload.duration=PT5M] [-Dload.officers=60] [-Dload.supervisors=6] \
 *     [-Dload.filings-per-second=2] [-Dload.decide-share=0.3]
 * </pre>
 */
@Tag("load-test")
class CaseloadLoadTest extends PostgresIntegrationTests {

    private static final int CASES = Integer.getInteger("load.cases", 100_000);

    private static final Duration DURATION = Duration.parse(System.getProperty("load.duration", "PT5M"));

    private static final int OFFICERS = Integer.getInteger("load.officers", 60);

    private static final int SUPERVISORS = Integer.getInteger("load.supervisors", 6);

    private static final double FILINGS_PER_SECOND = Double
        .parseDouble(System.getProperty("load.filings-per-second", "2"));

    /** The share of an officer's polls that go on to claim and decide a review. */
    private static final double DECIDE_SHARE = Double.parseDouble(System.getProperty("load.decide-share", "0.3"));

    private static final Duration POLL = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    private final Map<String, Queue<Long>> latencies = new ConcurrentHashMap<>();

    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

    private final Map<String, AtomicLong> conflicts = new ConcurrentHashMap<>();

    private final Queue<String> errorSamples = new ConcurrentLinkedQueue<>();

    @Test
    void aWorkingDaysTrafficOnTheCaseload() throws Exception {
        users.ensureExist();
        CaseloadSeeding seeding = CaseloadSeeding.from(context, 4, 200);
        seeding.createFiler();
        String loadBeforeSeeding = MachineState.loadAverage();
        Instant seedStart = Instant.now();
        seeding.seed(0, CASES);
        Duration seeded = Duration.between(seedStart, Instant.now());
        jdbc.execute("vacuum analyze");
        List<String> officers = staff("load.officer.", OFFICERS, "OFFICER");
        List<String> supervisors = staff("load.supervisor.", SUPERVISORS, "SUPERVISOR");
        Path evidence = EvidenceFiles.pdf(Files.createTempDirectory("load-evidence"), "evidence.pdf");

        int workers = Math.max(8, (OFFICERS + SUPERVISORS) / 4);
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(workers);
        String loadBefore = MachineState.loadAverage();
        Instant start = Instant.now();
        Instant end = start.plus(DURATION);
        for (String officer : officers) {
            SignedInBrowser browser = SignedInBrowser.as(baseUrl(), officer);
            scheduler.scheduleAtFixedRate(() -> officerPoll(browser, end),
                    ThreadLocalRandom.current().nextLong(POLL.toMillis()), POLL.toMillis(), TimeUnit.MILLISECONDS);
        }
        for (String supervisor : supervisors) {
            SignedInBrowser browser = SignedInBrowser.as(baseUrl(), supervisor);
            scheduler.schedule(() -> timed("charts", () -> browser.get("/api/sla/charts")),
                    ThreadLocalRandom.current().nextLong(POLL.toMillis()), TimeUnit.MILLISECONDS);
            scheduler.scheduleAtFixedRate(() -> supervisorPoll(browser, end),
                    ThreadLocalRandom.current().nextLong(POLL.toMillis()), POLL.toMillis(), TimeUnit.MILLISECONDS);
        }
        SignedInBrowser complainant = SignedInBrowser.as(baseUrl(), COMPLAINANT);
        long filingEvery = (long) (1_000_000 / FILINGS_PER_SECOND);
        AtomicLong serial = new AtomicLong(7_000_000);
        scheduler.scheduleAtFixedRate(() -> {
            if (Instant.now().isBefore(end)) {
                long n = serial.incrementAndGet();
                // handed to the pool: the rate holds however long one filing takes
                scheduler.execute(() -> timed("file a case with evidence",
                        () -> complainant.multipart("/api/cases/infringement-disputes",
                                Filings.distinct("yubei", (int) n, "重庆某负载测试有限公司" + n), evidence)));
            }
        }, 0, filingEvery, TimeUnit.MICROSECONDS);

        Thread.sleep(DURATION.toMillis());
        scheduler.shutdown();
        scheduler.awaitTermination(2, TimeUnit.MINUTES);
        Duration ran = Duration.between(start, Instant.now());
        String loadAfter = MachineState.loadAverage();

        StringBuilder report = new StringBuilder(String
            .format("Load test on %s: %,d open cases seeded in %ds (load average %s before seeding)%n"
                    + "%d officers polling the inbox every %ds and opening a case (%.0f %% of polls claim and decide"
                    + " a review), %d supervisors polling the board every %ds, %.1f filings/s with one evidence"
                    + " file, for %s%n"
                    + "load average (1, 5, 15 min) %s before, %s after, on %d cores; resident memory %s%n",
                    jdbc.queryForObject("select version()", String.class).split(",")[0], CASES, seeded.toSeconds(),
                    loadBeforeSeeding, OFFICERS, POLL.toSeconds(), DECIDE_SHARE * 100, SUPERVISORS, POLL.toSeconds(),
                    FILINGS_PER_SECOND, DURATION, loadBefore, loadAfter, Runtime.getRuntime().availableProcessors(),
                    MachineState.residentMemory()));
        report.append(String.format("  %-32s %8s %8s %9s %9s %9s %7s %9s%n", "request", "count", "per s", "p50", "p95",
                "p99", "errors", "conflicts"));
        long total = 0;
        long totalErrors = 0;
        for (Map.Entry<String, Queue<Long>> e : new TreeMap<>(latencies).entrySet()) {
            List<Long> sorted = new ArrayList<>(e.getValue());
            Collections.sort(sorted);
            long err = errors.getOrDefault(e.getKey(), new AtomicLong()).get();
            total += sorted.size();
            totalErrors += err;
            report.append(String.format("  %-32s %8d %8.2f %6.1f ms %6.1f ms %6.1f ms %7d %9d%n", e.getKey(),
                    sorted.size(), sorted.size() / (ran.toMillis() / 1000.0), ms(sorted, 0.50), ms(sorted, 0.95),
                    ms(sorted, 0.99), err, conflicts.getOrDefault(e.getKey(), new AtomicLong()).get()));
        }
        report.append(String.format("  all: %,d requests in %ds, %.1f requests/s, %d errors%n", total, ran.toSeconds(),
                total / (ran.toMillis() / 1000.0), totalErrors));
        errorSamples.stream().limit(10).forEach(s -> report.append("  error: ").append(s).append('\n'));
        System.out.print(report);
        Path out = Path.of("target", "load-test.txt");
        Files.writeString(out, report.toString());
        assertThat(totalErrors).as("errors").isZero();
    }

    private void officerPoll(SignedInBrowser officer, Instant end) {
        if (Instant.now().isAfter(end)) {
            return;
        }
        HttpResponse<String> page = timed("inbox page (unclaimed)",
                () -> officer.get("/api/inbox/tasks?view=UNCLAIMED&size=50"));
        JsonNode items = json(page).path("items");
        if (items.isEmpty()) {
            return;
        }
        JsonNode task = items.get(ThreadLocalRandom.current().nextInt(items.size()));
        timed("case page", () -> officer.get("/api/cases/" + task.get("caseId").asText()));
        if (ThreadLocalRandom.current().nextDouble() < DECIDE_SHARE) {
            String taskId = task.get("taskId").asText();
            HttpResponse<String> claim = timed("claim a task",
                    () -> officer.post("/api/inbox/tasks/" + taskId + "/claim", null));
            if (claim != null && claim.statusCode() < 300) {
                timed("decide an acceptance review",
                        () -> officer.post("/api/inbox/tasks/" + taskId + "/complete", CaseDriver.acceptance()));
            }
        }
    }

    private void supervisorPoll(SignedInBrowser supervisor, Instant end) {
        if (Instant.now().isAfter(end)) {
            return;
        }
        timed("SLA board page", () -> supervisor.get("/api/sla/board?size=50"));
    }

    /**
     * Times one request and counts it as an error unless it succeeded (or met a
     * conflict).
     */
    private HttpResponse<String> timed(String kind, java.util.function.Supplier<HttpResponse<String>> request) {
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = request.get();
        }
        catch (RuntimeException e) {
            latencies.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
            errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
            errorSamples.add(kind + ": " + e);
            return null;
        }
        latencies.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
        if (response.statusCode() == 409) {
            conflicts.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        }
        else if (response.statusCode() >= 400) {
            errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
            errorSamples.add(kind + ": " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return response == null || response.statusCode() >= 300 ? JSON.createObjectNode()
                    : JSON.readTree(response.body());
        }
        catch (Exception e) {
            return JSON.createObjectNode();
        }
    }

    /** Accounts of the office, with the test users' password. */
    private List<String> staff(String prefix, int count, String role) {
        String hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = prefix + i;
            names.add(name);
            if (jdbc.queryForObject("select count(*) from app_users where username = ?", Integer.class, name) == 0) {
                jdbc.update("insert into app_users (username, password_hash, display_name, office_id) values (?, ?, ?,"
                        + " 'yubei')", name, hash, name);
                jdbc.update("insert into user_roles (username, role) values (?, ?)", name, role);
                if (!"OFFICER".equals(role)) {
                    jdbc.update("insert into user_roles (username, role) values (?, 'OFFICER')", name);
                }
            }
        }
        return names;
    }

    private static double ms(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1)) / 1_000_000.0;
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

}
