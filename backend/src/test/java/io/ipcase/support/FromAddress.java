package io.ipcase.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * A client on a source address of its own (any of 127.0.0.0/8 reaches the server), so
 * that what the server counts per address in one test does not touch the others. Plain
 * HTTP/1.1 over a socket bound to that address: the JDK's client cannot choose one.
 */
public class FromAddress {

    private final String address;

    private final int port;

    private final Map<String, String> cookies = new LinkedHashMap<>();

    public FromAddress(String address, int port) {
        this.address = address;
        this.port = port;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public String address() {
        return address;
    }

    /** A request with HTTP Basic credentials. */
    public Reply basic(String method, String path, String username, String password) {
        String credentials = Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(method, path, List.of("Authorization: Basic " + credentials), null);
    }

    /**
     * The browser's sign-in: the CSRF cookie first, then the login form with its token.
     */
    public Reply formLogin(String username, String password) {
        send("GET", "/api/session", List.of(), null);
        String form = "username=" + username + "&password=" + password;
        return send("POST", "/api/session/login", List.of("Content-Type: application/x-www-form-urlencoded",
                "X-XSRF-TOKEN: " + cookies.getOrDefault("XSRF-TOKEN", "")), form);
    }

    /** A request in the session this client signed in to. */
    public Reply inSession(String method, String path) {
        return send(method, path, List.of("X-XSRF-TOKEN: " + cookies.getOrDefault("XSRF-TOKEN", "")), null);
    }

    public Reply send(String method, String path, List<String> headers, String body) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
            socket.setSoTimeout(30000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder();
            request.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
            request.append("Host: localhost:").append(port).append("\r\n");
            request.append("Accept-Language: zh-CN\r\nConnection: close\r\n");
            if (!cookies.isEmpty()) {
                request.append("Cookie: ");
                cookies.forEach((k, v) -> request.append(k).append('=').append(v).append("; "));
                request.append("\r\n");
            }
            headers.forEach(h -> request.append(h).append("\r\n"));
            request.append("Content-Length: ").append(content.length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String raw = all.toString(StandardCharsets.UTF_8);
            int end = raw.indexOf("\r\n\r\n");
            String head = end < 0 ? raw : raw.substring(0, end);
            List<String> lines = new ArrayList<>(List.of(head.split("\r\n")));
            int status = Integer.parseInt(lines.get(0).split(" ")[1]);
            for (String line : lines) {
                if (line.regionMatches(true, 0, "Set-Cookie:", 0, 11)) {
                    Matcher m = java.util.regex.Pattern
                        .compile("Set-Cookie:\\s*([^=]+)=([^;]*)", java.util.regex.Pattern.CASE_INSENSITIVE)
                        .matcher(line);
                    if (m.find()) {
                        cookies.put(m.group(1).trim(), m.group(2));
                    }
                }
            }
            return new Reply(status, head, end < 0 ? "" : raw.substring(end + 4));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Reply(int status, String head, String body) {

        public String header(String name) {
            for (String line : head.split("\r\n")) {
                if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                    return line.substring(name.length() + 1).trim();
                }
            }
            return null;
        }
    }

}
