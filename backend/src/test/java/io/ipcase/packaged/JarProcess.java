package io.ipcase.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code target/ipcase.jar} run as users run it, {@code java -jar}, in a process of its
 * own with its log in {@code target/}.
 */
final class JarProcess {

    static final Path JAR = Path.of(System.getProperty("ipcase.jar", "target/ipcase.jar"));

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final String name;

    final int port;

    final Path log;

    private final Process process;

    private final Instant started;

    private JarProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
        this.started = Instant.now();
    }

    /** Starts the jar with these arguments (and a port of its own) and environment. */
    static JarProcess start(String name, List<String> arguments, Map<String, String> environment) throws IOException {
        int port = freePort();
        Path log = Path.of("target", name + ".log").toAbsolutePath();
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        // a small heap, as on a modest server; two of these share the
                        // build machine
                        "-Xmx512m", "-jar", JAR.toString(), "--server.port=" + port));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return new JarProcess(name, port, log, builder.start());
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /**
     * Waits until the application is ready (its readiness probe, which needs no sign-in:
     * polling with a password before the start-up work has made the accounts would count
     * as failed sign-ins and lock the account), then checks that it signs this user in;
     * returns how long its start took.
     */
    Duration awaitReady(Duration limit, String username, String password) throws InterruptedException {
        String authorization = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        Instant deadline = started.plus(limit);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as(name + " exited; see " + log).isTrue();
            try {
                HttpResponse<String> ready = HTTP
                    .send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    Duration took = Duration.between(started, Instant.now());
                    HttpResponse<String> response = HTTP
                        .send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/session"))
                            .header("Authorization", authorization)
                            .timeout(Duration.ofSeconds(5))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(response.body()).as(name + " signs " + username + " in")
                        .contains("\"authenticated\":true");
                    return took;
                }
            }
            catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " did not answer within " + limit + "; see " + log);
    }

    /** SIGKILL on Linux: no shutdown hook, no orderly anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(name + " killed").isTrue();
    }

    /** SIGTERM, as a service manager stops it; returns the exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            throw new IllegalStateException(name + " did not stop within 60 s of SIGTERM; see " + log);
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
