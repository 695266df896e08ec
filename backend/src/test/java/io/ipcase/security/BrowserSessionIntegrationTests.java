package io.ipcase.security;

import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.ipcase.support.PostgresIntegrationTests;
import io.ipcase.support.XsrfCookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The browser's way in: a session cookie, and the CSRF token from the XSRF-TOKEN cookie.
 */
class BrowserSessionIntegrationTests extends PostgresIntegrationTests {

    private final CookieManager cookies = new CookieManager();

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();

    @BeforeEach
    void ensureUsers() {
        users.ensureExist();
    }

    @Test
    void loginWithoutTheCsrfTokenIsRefused() throws Exception {
        get("/api/session");

        HttpResponse<String> login = post("/api/session/login", "username=" + COMPLAINANT + "&password=" + PASSWORD,
                false);

        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(login.body()).contains("页面已过期");
    }

    @Test
    void loginWithTheTokenOpensASessionThatReadsAndWrites() throws Exception {
        assertThat(get("/api/session").body()).contains("\"authenticated\":false");

        HttpResponse<String> login = post("/api/session/login", "username=" + COMPLAINANT + "&password=" + PASSWORD,
                true);

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("\"username\":\"" + COMPLAINANT + "\"").contains("COMPLAINANT");
        assertThat(get("/api/cases").statusCode()).isEqualTo(200);
        assertThat(post("/api/session/logout", "", true).statusCode()).isEqualTo(204);
        assertThat(get("/api/cases").statusCode()).isEqualTo(401);
    }

    @Test
    void aSessionRequestWithoutTheTokenChangesNothing() throws Exception {
        get("/api/session");
        post("/api/session/login", "username=" + COMPLAINANT + "&password=" + PASSWORD, true);

        HttpResponse<String> noToken = post("/api/session/logout", "", false);

        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(get("/api/cases").statusCode()).isEqualTo(200);
    }

    @Test
    void wrongPasswordAnswers401Problem() throws Exception {
        get("/api/session");

        HttpResponse<String> login = post("/api/session/login", "username=" + COMPLAINANT + "&password=wrong", true);

        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(login.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(login.body()).contains("用户名或密码不正确");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "zh-CN").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form, boolean withToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept-Language", "zh-CN")
            .POST(HttpRequest.BodyPublishers.ofString(form));
        if (withToken) {
            request.header("X-XSRF-TOKEN", token());
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token() {
        return XsrfCookie.in(cookies).orElseThrow();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

}
