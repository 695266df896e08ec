package io.ipcase.benchmark;

import static io.ipcase.support.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ipcase.support.XsrfCookie;

/**
 * A browser's session as the front end holds it (the session cookie and the CSRF token),
 * signed in through the login form; loopback only. The benchmarks and the load test ask
 * through it what users ask.
 */
final class SignedInBrowser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;

    private final String baseUrl;

    private final CookieManager cookies;

    private SignedInBrowser(String baseUrl) {
        this.cookies = new CookieManager();
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
        this.baseUrl = baseUrl;
    }

    static SignedInBrowser as(String baseUrl, String username) throws IOException, InterruptedException {
        SignedInBrowser browser = new SignedInBrowser(baseUrl);
        browser.get("/api/session");
        HttpResponse<String> login = browser.http
            .send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/session/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", browser.csrf())
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return browser;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json").GET());
    }

    HttpResponse<String> post(String path, Object body) {
        try {
            return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-XSRF-TOKEN", csrf())
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A filing as the portal sends it: its JSON part and one evidence file. */
    HttpResponse<String> multipart(String path, Object filing, Path file) {
        try {
            String boundary = "----load" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.write(
                    ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"filing\"; filename=\"filing.json\""
                            + "\r\nContent-Type: application/json\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            body.write(JSON.writeValueAsBytes(filing));
            body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\""
                    + file.getFileName() + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(file));
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .header("X-XSRF-TOKEN", csrf())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body of a page that must answer 200. */
    String ok(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return response.body();
    }

    JsonNode json(String path) {
        try {
            return JSON.readTree(ok(path));
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A write that must answer 200. */
    void postOk(String path, Object body) {
        HttpResponse<String> response = post(path, body);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    }

    /** How long a page that must answer 200 took, in nanoseconds. */
    long timed(String path) {
        long start = System.nanoTime();
        ok(path);
        return System.nanoTime() - start;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String csrf() {
        return XsrfCookie.in(cookies).orElseThrow();
    }

}
