package io.ipcase.packaged;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ipcase.support.XsrfCookie;

/**
 * HTTP as the single-page application speaks it: signed in with the session cookie, every
 * change sent with the CSRF token of the {@code XSRF-TOKEN} cookie. Cookies are not tied
 * to a port, so one session can talk to every node on this host, as a browser behind a
 * proxy would.
 */
final class BrowserSession {

    static final ObjectMapper JSON = new ObjectMapper();

    private final CookieManager cookies = new CookieManager();

    private final HttpClient http = HttpClient.newBuilder()
        .cookieHandler(cookies)
        .connectTimeout(Duration.ofSeconds(5))
        .build();

    final String username;

    private BrowserSession(String username) {
        this.username = username;
    }

    /** Opens the application at this node and signs in there. */
    static BrowserSession signIn(String baseUrl, String username, String password)
            throws IOException, InterruptedException {
        BrowserSession session = new BrowserSession(username);
        session.get(baseUrl, "/api/session");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = session.send(baseUrl, "/api/session/login",
                HttpRequest.BodyPublishers.ofString(form), "application/x-www-form-urlencoded");
        if (login.statusCode() != 200) {
            throw new IllegalStateException("sign-in of " + username + ": " + login.statusCode() + " " + login.body());
        }
        return session;
    }

    HttpResponse<String> get(String baseUrl, String path) throws IOException, InterruptedException {
        return http.send(request(baseUrl, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode getJson(String baseUrl, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(baseUrl, path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    HttpResponse<String> postJson(String baseUrl, String path, Object body) throws IOException, InterruptedException {
        return send(baseUrl, path, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)),
                "application/json");
    }

    HttpResponse<String> post(String baseUrl, String path) throws IOException, InterruptedException {
        return send(baseUrl, path, HttpRequest.BodyPublishers.noBody(), null);
    }

    /** A filing as the portal sends it: the request as JSON, and one evidence file. */
    HttpResponse<String> file(String baseUrl, Map<String, Object> filing, byte[] evidencePdf)
            throws IOException, InterruptedException {
        String boundary = "----ipcase" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"filing\"\r\n"
                + "Content-Type: application/json\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(JSON.writeValueAsBytes(filing));
        body.writeBytes(("\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"evidence.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(evidencePdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(baseUrl, "/api/cases/infringement-disputes",
                HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()),
                "multipart/form-data; boundary=" + boundary);
    }

    private HttpResponse<String> send(String baseUrl, String path, HttpRequest.BodyPublisher body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(baseUrl, path).POST(body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        String token = csrfToken();
        if (token != null) {
            request.header("X-XSRF-TOKEN", token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String baseUrl, String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept-Language", "zh-CN");
    }

    private String csrfToken() {
        return XsrfCookie.in(cookies).orElse(null);
    }

}
