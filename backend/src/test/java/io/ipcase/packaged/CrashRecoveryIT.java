package io.ipcase.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.EvidenceFiles;
import io.ipcase.support.Filings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An acknowledged filing survives a crash of the default installation ({@code java -jar},
 * its own PostgreSQL under the data folder). Six signed-in complainants file side by side
 * over HTTP as the portal does; the application is killed with SIGKILL while they do,
 * restarted on the same folder, and every case that was answered 201 is there with its
 * process, its acceptance clock and its inbox task, and no filing is there twice. Twice:
 * once with only the application killed (its database server lives on and the next start
 * stops it), once with the database server killed with it, as when the machine fails.
 */
@Tag("durability")
class CrashRecoveryIT {

    private static final String PASSWORD = "demo";

    private static final String NEW_PASSWORD = "crash-test-1";

    private static final List<String> COMPLAINANTS = List.of("complainant", "complainant2", "complainant3",
            "complainant4", "complainant5", "complainant6");

    private static final Duration START_LIMIT = Duration.ofMinutes(5);

    private final AdminApi admin = new AdminApi("admin", PASSWORD);

    private final AtomicInteger serials = new AtomicInteger();

    private final List<JarProcess> started = new ArrayList<>();

    private final StringBuilder report = new StringBuilder();

    private byte[] evidence;

    @AfterEach
    void stopWhatIsLeft() throws InterruptedException {
        for (JarProcess app : started) {
            if (app.isAlive()) {
                app.kill();
            }
        }
    }

    @Test
    void everyAcknowledgedFilingSurvivesKillDashNine() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "crash-data");
        evidence = Files.readAllBytes(EvidenceFiles.pdf(data, "evidence.pdf"));

        JarProcess first = start("crash-1", data);
        for (String complainant : COMPLAINANTS.subList(2, COMPLAINANTS.size())) {
            HttpResponse<String> created = admin.createAccount(first.baseUrl(), Map.of("username", complainant,
                    "displayName", "请求人 " + complainant, "password", NEW_PASSWORD, "roles", List.of("COMPLAINANT")));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }

        // the application alone dies; its database server is left running
        Map<String, Filed> acknowledged = new HashMap<>(fileUntilKilled(first, data, false));
        JarProcess second = start("crash-2", data);
        checkEverySurvived(second, acknowledged, "application killed");

        // the machine dies: the database server goes with the application
        acknowledged.putAll(fileUntilKilled(second, data, true));
        JarProcess third = start("crash-3", data);
        checkEverySurvived(third, acknowledged, "application and database server killed");

        third.stop();
        assertThat(data.resolve("postgres/postmaster.pid")).as("the database server stopped with the application")
            .doesNotExist();

        System.out.println(report);
        Files.writeString(Path.of("target", "crash-recovery.txt"), report, StandardCharsets.UTF_8);
    }

    private JarProcess start(String name, Path data) throws IOException, InterruptedException {
        JarProcess app = JarProcess.start(name, List.of("--ipcase.data-dir=" + data), Map.of());
        started.add(app);
        Duration took = app.awaitReady(START_LIMIT, "admin", PASSWORD);
        report.append(String.format("%s: answered %.1f s after java -jar%n", name, took.toMillis() / 1000.0));
        return app;
    }

    /**
     * Six complainants file side by side until at least 24 filings are acknowledged (or
     * 20 s have passed); then SIGKILL, while they are still filing.
     */
    private Map<String, Filed> fileUntilKilled(JarProcess app, Path data, boolean serverToo) throws Exception {
        Map<String, Filed> acknowledged = new ConcurrentHashMap<>();
        List<String> refused = new CopyOnWriteArrayList<>();
        ConcurrentLinkedQueue<String> cutOff = new ConcurrentLinkedQueue<>();
        ExecutorService complainants = Executors.newFixedThreadPool(COMPLAINANTS.size());
        for (String complainant : COMPLAINANTS) {
            complainants.submit(() -> {
                BrowserSession session = BrowserSession.signIn(app.baseUrl(), complainant,
                        complainant.matches("complainant2?") ? PASSWORD : NEW_PASSWORD);
                while (true) {
                    int serial = serials.incrementAndGet();
                    Map<String, Object> filing = Filings.distinct("yubei", serial, "崩溃测试贸易有限公司" + serial);
                    HttpResponse<String> response;
                    try {
                        response = session.file(app.baseUrl(), filing, evidence);
                    }
                    catch (IOException killed) {
                        cutOff.add(complainant);
                        return null;
                    }
                    if (response.statusCode() == 201) {
                        String id = BrowserSession.JSON.readTree(response.body()).get("id").asText();
                        acknowledged.put(id, new Filed(id, Filings.patentNumber(serial), complainant));
                    }
                    else {
                        refused.add(response.statusCode() + " " + response.body());
                    }
                }
            });
        }
        Instant giveUp = Instant.now().plusSeconds(20);
        while (acknowledged.size() < 24 && Instant.now().isBefore(giveUp) && refused.isEmpty()) {
            Thread.sleep(50);
        }
        Optional<ProcessHandle> server = serverToo ? postmaster(data) : Optional.empty();
        app.kill();
        server.ifPresent(postmaster -> {
            postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
            postmaster.destroyForcibly();
            postmaster.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        });
        complainants.shutdown();
        assertThat(complainants.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        assertThat(refused).as("filings refused before the crash").isEmpty();
        assertThat(cutOff).as("complainants still filing when it was killed").isNotEmpty();
        assertThat(acknowledged).as("filings acknowledged before the crash").isNotEmpty();
        report.append(String.format("%s killed%s: %d filings acknowledged, %d complainants cut off mid-request%n",
                app.name, serverToo ? " with its database server" : "", acknowledged.size(), cutOff.size()));
        return acknowledged;
    }

    private static Optional<ProcessHandle> postmaster(Path data) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).strip());
        return ProcessHandle.of(pid);
    }

    private void checkEverySurvived(JarProcess app, Map<String, Filed> acknowledged, String crash) throws Exception {
        BrowserSession supervisor = BrowserSession.signIn(app.baseUrl(), "supervisor.yb", PASSWORD);
        for (Filed filed : acknowledged.values()) {
            HttpResponse<String> page = supervisor.get(app.baseUrl(), "/api/cases/" + filed.id());
            assertThat(page.statusCode()).as("acknowledged case " + filed + " after " + crash).isEqualTo(200);
            JsonNode view = BrowserSession.JSON.readTree(page.body());
            assertThat(view.get("patent").get("number").asText()).isEqualTo(filed.patentNumber());
            assertThat(view.get("documents")).as("its evidence").hasSize(1);
            assertThat(view.get("clocks").findValuesAsText("key")).as("its clocks").contains("acceptance");
            assertThat(view.get("openTasks").findValuesAsText("taskKey")).as("its inbox task")
                .containsExactly("Task_ReviewAcceptance");
            assertThat(admin.json(app.baseUrl(), "/engine-rest/process-instance?businessKey=" + filed.id()))
                .as("its process")
                .hasSize(1);
        }

        List<JsonNode> cases = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonNode items = admin.json(app.baseUrl(), "/api/cases?size=200&page=" + page).get("items");
            items.forEach(cases::add);
            if (items.size() < 200) {
                break;
            }
        }
        Set<String> patents = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (JsonNode c : cases) {
            assertThat(patents.add(c.get("patentNumber").asText())).as("filed once: " + c).isTrue();
            assertThat(numbers.add(c.get("caseNumber").asText())).as("numbered once: " + c).isTrue();
        }
        long processes = admin
            .json(app.baseUrl(), "/engine-rest/process-instance/count?processDefinitionKey=infringement-adjudication")
            .get("count")
            .asLong();
        long reviews = admin.json(app.baseUrl(), "/engine-rest/task/count?taskDefinitionKey=Task_ReviewAcceptance")
            .get("count")
            .asLong();
        assertThat(processes).as("one process per case").isEqualTo(cases.size());
        assertThat(reviews).as("one acceptance review per case").isEqualTo(cases.size());
        report.append(String.format(
                "after %s: %d of %d acknowledged cases there, with process, clock and inbox task; "
                        + "%d cases in all (%d stored but cut off before their answer), none twice%n",
                crash, acknowledged.size(), acknowledged.size(), cases.size(), cases.size() - acknowledged.size()));
    }

    record Filed(String id, String patentNumber, String complainant) {
    }

}
