package io.ipcase.support;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The API as a script sees it: HTTP Basic, JSON and multipart, every status returned,
 * none thrown.
 */
public class Api {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final RestClient http;

    public Api(String baseUrl, String username, String password) {
        this(RestClient.builder().baseUrl(baseUrl).defaultHeaders(h -> {
            if (username != null) {
                h.setBasicAuth(username, password);
            }
            h.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
        }).build());
    }

    private Api(RestClient http) {
        this.http = http;
    }

    /**
     * The same caller sending one more header on every request (a client address behind a
     * proxy).
     */
    public Api withHeader(String name, String value) {
        return new Api(http.mutate().defaultHeader(name, value).build());
    }

    public Response get(String path) {
        return http.get()
            .uri(path)
            .exchange((req, res) -> new Response(res.getStatusCode().value(), res.getHeaders(),
                    res.getBody().readAllBytes()));
    }

    public Response get(String path, HttpHeaders headers) {
        return http.get()
            .uri(path)
            .headers(h -> h.addAll(headers))
            .exchange((req, res) -> new Response(res.getStatusCode().value(), res.getHeaders(),
                    res.getBody().readAllBytes()));
    }

    public Response postJson(String path, Object body) {
        return http.post()
            .uri(path)
            .contentType(MediaType.APPLICATION_JSON)
            .body(body)
            .exchange((req, res) -> new Response(res.getStatusCode().value(), res.getHeaders(),
                    res.getBody().readAllBytes()));
    }

    public Response putJson(String path, Object body) {
        return http.put()
            .uri(path)
            .contentType(MediaType.APPLICATION_JSON)
            .body(body)
            .exchange((req, res) -> new Response(res.getStatusCode().value(), res.getHeaders(),
                    res.getBody().readAllBytes()));
    }

    public Response delete(String path) {
        return http.delete()
            .uri(path)
            .exchange((req, res) -> new Response(res.getStatusCode().value(), res.getHeaders(),
                    res.getBody().readAllBytes()));
    }

    public Response post(String path) {
        return http.post()
            .uri(path)
            .exchange((req, res) -> new Response(res.getStatusCode().value(), res.getHeaders(),
                    res.getBody().readAllBytes()));
    }

    public Response postMultipart(String path, MultiValueMap<String, Object> parts) {
        return http.post()
            .uri(path)
            .contentType(MediaType.MULTIPART_FORM_DATA)
            .body(parts)
            .exchange((req, res) -> new Response(res.getStatusCode().value(), res.getHeaders(),
                    res.getBody().readAllBytes()));
    }

    /** A multipart request: a JSON part (when given) and file parts under one name. */
    public Response postMultipart(String path, String jsonPart, Object json, String filePart, List<Path> files) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        if (jsonPart != null) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            parts.add(jsonPart, new HttpEntity<>(json, headers));
        }
        for (Path file : files) {
            parts.add(filePart, new FileSystemResource(file));
        }
        return postMultipart(path, parts);
    }

    public record Response(int status, HttpHeaders headers, byte[] body) {

        public JsonNode json() {
            try {
                return body.length == 0 ? MissingNode.getInstance() : JSON.readTree(body);
            }
            catch (Exception e) {
                throw new IllegalStateException("not JSON: " + new String(body), e);
            }
        }

        @Override
        public String toString() {
            return status + " " + new String(body);
        }
    }

}
