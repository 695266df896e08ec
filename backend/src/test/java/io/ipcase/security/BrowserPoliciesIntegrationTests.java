package io.ipcase.security;

import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.ipcase.support.Api;
import io.ipcase.support.CounterfeitReports;
import io.ipcase.support.PostgresIntegrationTests;
import io.ipcase.support.XsrfCookie;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/**
 * What the browser is told (CSP, Referrer-Policy, Permissions-Policy, SameSite cookies),
 * when a write needs the CSRF token, and whose X-Forwarded-For is believed.
 */
class BrowserPoliciesIntegrationTests extends PostgresIntegrationTests {

    @Autowired
    ServletWebServerApplicationContext context;

    private final CookieManager cookies = new CookieManager();

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();

    @BeforeEach
    void ensureUsers() {
        users.ensureExist();
    }

    @Test
    void everyAnswerCarriesAContentSecurityPolicyWithoutInlineScript() throws Exception {
        for (String path : List.of("/", "/api/session", "/inbox/tasks")) {
            HttpResponse<String> response = get(path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();

            assertThat(directive(csp, "script-src")).isEqualTo("script-src 'self'");
            assertThat(directive(csp, "default-src")).isEqualTo("default-src 'self'");
            assertThat(directive(csp, "frame-ancestors")).isEqualTo("frame-ancestors 'self'");
            assertThat(csp).doesNotContain("unsafe-eval");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(response.headers().firstValue("Permissions-Policy").orElseThrow()).contains("camera=()")
                .contains("geolocation=()")
                .contains("microphone=()");
        }
    }

    @Test
    void theSessionAndXsrfCookiesAreSameSite() throws Exception {
        HttpResponse<String> first = get("/api/session");
        HttpResponse<String> login = post("/api/session/login", "username=" + COMPLAINANT + "&password=" + PASSWORD,
                Map.of("X-XSRF-TOKEN", token()));
        assertThat(login.statusCode()).isEqualTo(200);

        List<String> setCookies = new java.util.ArrayList<>(first.headers().allValues("Set-Cookie"));
        setCookies.addAll(login.headers().allValues("Set-Cookie"));
        assertThat(setCookies).anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN="))
            .anySatisfy(c -> assertThat(c).startsWith("SESSION="));
        assertThat(setCookies).allSatisfy(c -> assertThat(c).containsIgnoringCase("SameSite=Lax"));
        assertThat(setCookies).filteredOn(c -> c.startsWith("SESSION="))
            .allSatisfy(c -> assertThat(c).contains("HttpOnly"));
    }

    @Test
    void aSessionWriteWithSomeOtherAuthorizationStillNeedsTheToken() throws Exception {
        get("/api/session");
        post("/api/session/login", "username=" + COMPLAINANT + "&password=" + PASSWORD,
                Map.of("X-XSRF-TOKEN", token()));
        Map<String, String> bearer = Map.of("Authorization", "Bearer x");

        HttpResponse<String> forged = postJson("/api/filing-drafts", "{\"officeId\":\"yubei\"}", bearer);
        HttpResponse<String> basicBesideSession = postJson("/api/filing-drafts", "{\"officeId\":\"yubei\"}",
                Map.of("Authorization", basic(COMPLAINANT, PASSWORD)));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("页面已过期");
        assertThat(basicBesideSession.statusCode()).isEqualTo(403);
        assertThat(postJson("/api/filing-drafts", "{\"officeId\":\"yubei\"}", Map.of("X-XSRF-TOKEN", token()))
            .statusCode()).isEqualTo(201);
    }

    @Test
    void aScriptAuthenticatedByBasicWritesWithoutTheTokenAndWrongCredentialsWriteNothing() throws Exception {
        HttpClient script = HttpClient.newHttpClient();

        HttpResponse<String> authenticated = script.send(json("/api/filing-drafts", "{\"officeId\":\"yubei\"}",
                Map.of("Authorization", basic(COMPLAINANT, PASSWORD))), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrong = script.send(json("/api/filing-drafts", "{\"officeId\":\"yubei\"}",
                Map.of("Authorization", basic(COMPLAINANT, "wrong"))), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> bearer = script.send(
                json("/api/public/penalty-reports", "{}", Map.of("Authorization", "Bearer x")),
                HttpResponse.BodyHandlers.ofString());

        assertThat(authenticated.statusCode()).isEqualTo(201);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(bearer.statusCode()).isNotEqualTo(201).isLessThan(500);
    }

    @Test
    void forwardedForFromAnAddressNotListedAsAProxyIsIgnored() throws Exception {
        String address = nonLoopbackAddress();
        Api direct = new Api("http://" + address + ":" + port, null, null);
        String code = direct.withHeader("X-Forwarded-For", "203.0.113.1")
            .postMultipart("/api/public/penalty-reports", "report", CounterfeitReports.valid(), "files", List.of())
            .json()
            .get("trackingCode")
            .asText();

        // a private address (as Tomcat's default would trust) naming a new client each
        // time
        int refused = 0;
        for (int i = 0; i < 11; i++) {
            Api.Response lookup = direct.withHeader("X-Forwarded-For", "203.0.113." + (10 + i))
                .get("/api/public/penalty-reports/" + code);
            if (lookup.status() == 429) {
                refused++;
            }
        }

        assertThat(refused).as("one address, however it names itself").isPositive();
    }

    @Test
    void privateAddressesAreNoProxiesUnlessListed() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        RemoteIpValve valve = Arrays.stream(server.getTomcat().getEngine().getPipeline().getValves())
            .filter(RemoteIpValve.class::isInstance)
            .map(RemoteIpValve.class::cast)
            .findFirst()
            .orElseThrow();
        Pattern internal = Pattern.compile(valve.getInternalProxies());

        for (String privateAddress : List.of("10.0.0.5", "192.168.1.1", "172.16.0.1", "169.254.1.1", "100.64.0.1")) {
            assertThat(internal.matcher(privateAddress).matches()).as(privateAddress).isFalse();
        }
        assertThat(internal.matcher("127.0.0.1").matches()).as("listed by the tests").isTrue();
        assertThat(valve.getTrustedProxies()).isNull();
    }

    @Test
    void forwardedForFromAListedProxyNamesTheClient() {
        Api proxy = anonymous();
        String code = proxy.withHeader("X-Forwarded-For", "203.0.113.100")
            .postMultipart("/api/public/penalty-reports", "report", CounterfeitReports.valid(), "files", List.of())
            .json()
            .get("trackingCode")
            .asText();

        for (int i = 0; i < 15; i++) {
            assertThat(proxy.withHeader("X-Forwarded-For", "203.0.113." + (101 + i))
                .get("/api/public/penalty-reports/" + code)
                .status()).isEqualTo(200);
        }
    }

    /**
     * This machine's own address on a network (a private one, such as 10.x or 172.x),
     * which reaches the test server without passing the listed loopback proxy.
     */
    private static String nonLoopbackAddress() throws Exception {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return address.getHostAddress();
                }
            }
        }
        throw new IllegalStateException("this machine has no network address besides the loopback");
    }

    private static String directive(String csp, String name) {
        return java.util.Arrays.stream(csp.split(";"))
            .map(String::strip)
            .filter(d -> d.startsWith(name + " "))
            .findFirst()
            .orElseThrow();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "zh-CN").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept-Language", "zh-CN")
            .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postJson(String path, String body, Map<String, String> headers) throws Exception {
        return browser.send(json(path, body, headers), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest json(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .header("Accept-Language", "zh-CN")
            .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return request.build();
    }

    private String token() {
        return XsrfCookie.in(cookies).orElseThrow();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

}
