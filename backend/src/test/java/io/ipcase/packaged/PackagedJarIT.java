package io.ipcase.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The executable jar as users run it ({@code java -jar}, default profile, a fresh data
 * folder): every model of the processes module is deployed from inside it, and a real
 * browser walks the path from filing to acceptance.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of(System.getProperty("ipcase.jar", "target/ipcase.jar"));

    private static final Path FRONTEND = Path.of(System.getProperty("ipcase.frontend.dir", "../frontend"));

    private static final Path PROCESSES = Path.of(System.getProperty("ipcase.processes.dir", "../processes"));

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Process app;

    private static String baseUrl;

    @BeforeAll
    static void startTheJar() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        baseUrl = "http://localhost:" + port;
        Path data = Files.createTempDirectory("ipcase-data");
        Path log = Path.of("target", "packaged-jar.log");
        app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "--server.port=" + port, "--ipcase.data-dir=" + data)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            assertThat(app.isAlive()).as("the jar exited; see " + log.toAbsolutePath()).isTrue();
            try {
                // ready once its start-up work has made the demo accounts; asking with a
                // password before that would count as failed sign-ins and lock the
                // account
                HttpResponse<String> ready = HTTP.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    HttpResponse<String> session = get("/api/session", "admin:demo");
                    assertThat(session.body()).as("the demo administrator signs in").contains("\"authenticated\":true");
                    return;
                }
            }
            catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the jar did not answer within 5 minutes; see " + log.toAbsolutePath());
    }

    @AfterAll
    static void stopTheJar() throws InterruptedException {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    @Test
    void everyModelOfTheProcessesModuleIsDeployed() throws Exception {
        Set<String> models = new HashSet<>();
        for (String folder : List.of("bpmn", "dmn", "forms")) {
            Path dir = PROCESSES.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.forEach(f -> models.add(f.getFileName().toString()));
                }
            }
        }
        assertThat(models).as("models in " + PROCESSES.toAbsolutePath()).isNotEmpty();

        Set<String> deployed = new HashSet<>();
        for (JsonNode deployment : json("/engine-rest/deployment")) {
            for (JsonNode resource : json("/engine-rest/deployment/" + deployment.get("id").asText() + "/resources")) {
                String name = resource.get("name").asText();
                deployed.add(name.substring(name.lastIndexOf('/') + 1));
            }
        }
        assertThat(deployed).containsAll(models);
        assertThat(json("/engine-rest/process-definition?key=infringement-adjudication")).hasSize(1);
    }

    @Test
    void aBrowserWalksFromFilingToAcceptance() throws Exception {
        Path node = FRONTEND.resolve("node/node");
        List<String> command = new ArrayList<>(
                List.of(Files.isExecutable(node) ? node.toAbsolutePath().toString() : "node",
                        "node_modules/@playwright/test/cli.js", "test"));
        ProcessBuilder playwright = new ProcessBuilder(command).directory(FRONTEND.toFile())
            .redirectErrorStream(true)
            .redirectOutput(Path.of("target", "e2e.log").toFile());
        playwright.environment().put("IPCASE_BASE_URL", baseUrl);
        playwright.environment().put("CI", "1");
        Process run = playwright.start();
        boolean finished = run.waitFor(30, TimeUnit.MINUTES);
        String output = Files.readString(Path.of("target", "e2e.log"), StandardCharsets.UTF_8);
        assertThat(finished).as("Playwright did not finish in 30 minutes:\n" + output).isTrue();
        assertThat(run.exitValue()).as(output).isZero();
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path, "admin:demo");
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> get(String path, String credentials) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(10));
        if (credentials != null) {
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
