package io.ipcase.packaged;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A script's view of the API: HTTP Basic (no session, no CSRF token), as the README tells
 * administrators to use it.
 */
final class AdminApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String authorization;

    AdminApi(String username, String password) {
        this.authorization = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String baseUrl, String path) throws IOException, InterruptedException {
        return HTTP.send(request(baseUrl, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String baseUrl, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(baseUrl, path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return BrowserSession.JSON.readTree(response.body());
    }

    HttpResponse<String> send(String baseUrl, String method, String path, Object body)
            throws IOException, InterruptedException {
        return HTTP.send(request(baseUrl, path).header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(BrowserSession.JSON.writeValueAsString(body)))
            .build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String baseUrl, String path, HttpRequest.BodyPublisher body, String contentType)
            throws IOException, InterruptedException {
        return HTTP.send(request(baseUrl, path).header("Content-Type", contentType).POST(body).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Creates an account as an administrator does, then sets its password as its owner
     * does at first sign-in (an account an administrator creates works for nothing else
     * until then): the account ends with {@code user}'s password.
     */
    HttpResponse<String> createAccount(String baseUrl, Map<String, Object> user)
            throws IOException, InterruptedException {
        String password = (String) user.get("password");
        String first = password + "-first";
        Map<String, Object> withFirst = new HashMap<>(user);
        withFirst.put("password", first);
        HttpResponse<String> created = send(baseUrl, "POST", "/api/admin/users", withFirst);
        if (created.statusCode() == 201) {
            HttpResponse<String> own = new AdminApi((String) user.get("username"), first).send(baseUrl, "POST",
                    "/api/session/password", Map.of("currentPassword", first, "newPassword", password));
            if (own.statusCode() >= 300) {
                throw new IllegalStateException(
                        "own password of " + user.get("username") + ": " + own.statusCode() + " " + own.body());
            }
        }
        return created;
    }

    private HttpRequest.Builder request(String baseUrl, String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", authorization);
    }

}
