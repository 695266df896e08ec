package io.ipcase.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * A returning visitor's browser loads the front end's hashed files from its cache, and a
 * first visit fetches them compressed.
 */
class StaticAssetsIntegrationTests extends PostgresIntegrationTests {

    private static final String ASSET = "/assets/cache-probe-5e1f0a.js";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void hashedAssetsAreCachedAsImmutableForAYear() throws Exception {
        HttpResponse<byte[]> response = get(ASSET, "identity");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control"))
            .hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000", "public", "immutable")
                .doesNotContain("no-store"));
    }

    @Test
    void assetsAreSentGzippedToBrowsersThatAcceptIt() throws Exception {
        HttpResponse<byte[]> response = get(ASSET, "gzip, deflate, br");

        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        byte[] original;
        try (InputStream in = new ClassPathResource("static" + ASSET).getInputStream()) {
            original = in.readAllBytes();
        }
        assertThat(response.body().length).isLessThan(original.length / 2);
        try (InputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            assertThat(unzipped.readAllBytes()).isEqualTo(original);
        }
    }

    @Test
    void theApiIsNeverCachedAsAnAsset() throws Exception {
        HttpResponse<byte[]> response = get("/api/session", "identity");

        assertThat(response.headers().firstValue("Cache-Control"))
            .hasValueSatisfying(value -> assertThat(value).doesNotContain("immutable", "max-age=31536000"));
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept-Encoding", acceptEncoding)
            .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

}
