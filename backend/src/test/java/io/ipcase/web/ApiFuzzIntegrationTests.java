package io.ipcase.web;

import static io.ipcase.support.TestUsers.ADMIN;
import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.PASSWORD;
import static io.ipcase.support.TestUsers.RESPONDENT;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ipcase.adjudication.CaseDriver;
import io.ipcase.adjudication.CaseDrivers;
import io.ipcase.support.EvidenceFiles;
import io.ipcase.support.PostgresIntegrationTests;
import io.ipcase.support.XsrfCookie;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A bounded fuzz run over the application's own OpenAPI document: every operation, as
 * each role (anonymous, complainant, respondent, officer, supervisor, administrator),
 * with invalid and boundary values generated from its schemas (wrong types, floats for
 * whole numbers, numbers for text, out-of-range numbers and dates, date-times for dates,
 * money in exponent notation or with three places, NUL bytes, very long text, odd file
 * names, malformed bodies). Whatever comes in: no 5xx, no stack trace in a body, and no
 * row of the application's tables changed by a refused write. The figures go to the
 * build's output. The seed and the number of inputs per operation and role are system
 * properties (ipcase.fuzz.seed, ipcase.fuzz.inputs) for a longer run by hand.
 */
class ApiFuzzIntegrationTests extends PostgresIntegrationTests {

    private static final long SEED = Long.getLong("ipcase.fuzz.seed", 13L);

    /** inputs per operation for a role that may call it; a refused role gets a few */
    private static final int INPUTS = Integer.getInteger("ipcase.fuzz.inputs", 10);

    private static final int INPUTS_WHEN_DENIED = 3;

    /** no new round after this long (ipcase.fuzz.seconds); three rounds at least */
    private static final long BUDGET_NANOS = Long.getLong("ipcase.fuzz.seconds", 80L) * 1_000_000_000L;

    /** refusals of input, after which nothing may have been written */
    private static final Set<Integer> REFUSED_INPUT = Set.of(400, 404, 405, 409, 413, 415, 422);

    private static final List<String> ROLES = List.of("anonymous", COMPLAINANT, RESPONDENT, OFFICER_YUBEI,
            SUPERVISOR_YUBEI, ADMIN);

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @TempDir
    Path dir;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseDrivers drivers;

    @Autowired
    TaskService taskService;

    private final Random random = new Random(SEED);

    private JsonNode schemas;

    private final Map<String, List<String>> known = new LinkedHashMap<>();

    private byte[] pdf;

    private String checksumSql;

    private int inputs;

    private int refusedWritesChecked;

    private final List<String> failures = new ArrayList<>();

    @Test
    void noInputYieldsAServerErrorAStackTraceOrAWriteOfARefusedRequest() throws Exception {
        long started = System.nanoTime();
        JsonNode document = JSON.readTree(as(ADMIN).get("/api/openapi").body());
        schemas = document.path("components").path("schemas");
        pdf = Files.readAllBytes(EvidenceFiles.pdf(dir, "e.pdf"));
        knowOwnRecords();
        checksumSql = checksumSql();

        Map<String, Caller> callers = new LinkedHashMap<>();
        for (String role : ROLES) {
            callers.put(role, new Caller(role));
        }
        List<String[]> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                operations.add(new String[] { methods.next(), path.getKey() });
            }
        }
        // round by round over every operation and role, so that a slow machine still
        // tries each of them before the time is up
        Map<String, Boolean> denied = new LinkedHashMap<>();
        int rounds = 0;
        for (int round = 0; round < INPUTS && (round < 3 || System.nanoTime() - started < BUDGET_NANOS); round++) {
            rounds++;
            for (String[] op : operations) {
                JsonNode operation = document.path("paths").path(op[1]).path(op[0]);
                for (Caller caller : callers.values()) {
                    String key = caller.role + " " + op[0] + " " + op[1];
                    if (!caller.mayTry(op[0], op[1])
                            || round >= INPUTS_WHEN_DENIED && denied.getOrDefault(key, false)) {
                        continue;
                    }
                    Outcome outcome = run(caller, op[0].toUpperCase(), op[1], operation);
                    if (round == 0) {
                        denied.put(key, outcome.status == 401 || outcome.status == 403);
                    }
                }
            }
        }
        int rowsChanged = 0;
        int serverErrors = 0;
        for (String failure : failures) {
            if (failure.startsWith("5xx")) {
                serverErrors++;
            }
            if (failure.startsWith("rows changed")) {
                rowsChanged++;
            }
        }
        System.out.printf(
                "API fuzz: %d endpoints (operations) x %d roles, %d rounds, %d inputs, %d refused writes checked, 5xx = %d, stack traces = %d, rows changed = %d, %.0f s (seed %d)%n",
                operations.size(), ROLES.size(), rounds, inputs, refusedWritesChecked, serverErrors,
                failures.stream().filter(f -> f.startsWith("stack trace")).count(), rowsChanged,
                (System.nanoTime() - started) / 1e9, SEED);

        assertThat(failures).as("fuzz findings").isEmpty();
        assertThat(inputs).isGreaterThan(2000);
        assertThat(denied).hasSize(operations.size() * ROLES.size() - skipped(callers.values(), operations));
    }

    private static int skipped(java.util.Collection<Caller> callers, List<String[]> operations) {
        int skipped = 0;
        for (Caller caller : callers) {
            for (String[] op : operations) {
                if (!caller.mayTry(op[0], op[1])) {
                    skipped++;
                }
            }
        }
        return skipped;
    }

    /** A case of this test's own, so that paths with its ids reach past "not found". */
    private void knowOwnRecords() {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing()).accepted();
        known.put("case", List.of(c.caseId.toString()));
        known.put("task",
                taskService.createTaskQuery()
                    .processInstanceId(c.processInstanceId())
                    .list()
                    .stream()
                    .map(t -> t.getId())
                    .toList());
        JsonNode documents = as(COMPLAINANT).get("/api/cases/" + c.caseId).json().path("documents");
        List<String> documentIds = new ArrayList<>();
        documents.forEach(d -> documentIds.add(d.path("id").asText()));
        known.put("document", documentIds);
    }

    private Outcome run(Caller caller, String method, String template, JsonNode operation) {
        String path = fillPath(template, operation);
        String query = query(operation);
        Body body = body(operation);
        String uri = path + (query.isEmpty() ? "" : "?" + query);
        boolean write = !method.equals("GET");
        Map<String, Long> before = write ? baseline() : null;
        long transactionsBefore = write ? nextTransaction() : 0;
        Outcome outcome = caller.send(method, uri, body);
        inputs++;
        judge(caller, method, uri, body, outcome);
        if (write && REFUSED_INPUT.contains(outcome.status)) {
            refusedWritesChecked++;
            // no transaction took an id: nothing can have been written, none need be
            // summed
            if (nextTransaction() == transactionsBefore) {
                return outcome;
            }
            Map<String, Long> after = checksums();
            if (!after.equals(before)) {
                // something else may have written meanwhile (a timer, the mail sender):
                // the same request again must change nothing either
                Map<String, Long> again = checksums();
                Outcome replay = caller.send(method, uri, body);
                Map<String, Long> afterReplay = checksums();
                if (REFUSED_INPUT.contains(replay.status) && !afterReplay.equals(again)) {
                    failures.add("rows changed by " + caller.role + " " + method + " " + uri + " → " + outcome.status
                            + ": " + changed(again, afterReplay) + " " + body.describe());
                }
                current = afterReplay;
            }
            else {
                current = after;
            }
        }
        else if (write) {
            current = null;
        }
        return outcome;
    }

    private Map<String, Long> current;

    /**
     * The id the next writing transaction of the database will get: any row written,
     * committed or not, takes one first.
     */
    private long nextTransaction() {
        return jdbc.sql("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint").query(Long.class).single();
    }

    private Map<String, Long> baseline() {
        if (current == null) {
            current = checksums();
        }
        return current;
    }

    private void judge(Caller caller, String method, String uri, Body body, Outcome outcome) {
        String who = caller.role + " " + method + " " + uri + " → " + outcome.status + " ";
        if (outcome.status >= 500) {
            failures.add("5xx " + who + outcome.text(300) + " for " + body.describe());
        }
        String text = outcome.text(Integer.MAX_VALUE);
        if (text.contains("\tat ") || text.contains("Exception") || text.contains("at org.springframework")
                || text.contains("at io.ipcase")) {
            failures.add("stack trace " + who + outcome.text(300));
        }
    }

    private String fillPath(String template, JsonNode operation) {
        String path = template;
        for (JsonNode parameter : operation.path("parameters")) {
            if (!parameter.path("in").asText().equals("path")) {
                continue;
            }
            String name = parameter.path("name").asText();
            String value = pathValue(name, template, resolve(parameter.path("schema")));
            path = path.replace("{" + name + "}", URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return path;
    }

    private String pathValue(String name, String template, JsonNode schema) {
        List<String> own = switch (name) {
            case "taskId" -> known.get("task");
            case "documentId" -> known.get("document");
            case "id", "caseId" -> template.startsWith("/api/cases/") ? known.get("case") : List.of();
            default -> List.of();
        };
        if (!own.isEmpty() && random.nextInt(3) > 0) {
            return pick(own);
        }
        String format = schema.path("format").asText();
        String type = schema.path("type").asText();
        if (format.equals("uuid")) {
            return pick(List.of(UUID.randomUUID().toString(), "00000000-0000-0000-0000-000000000000", "not-a-uuid", "0",
                    "%00", "..", "x".repeat(300)));
        }
        if (format.equals("date")) {
            // never a day near today: an administrator's calendar days are shared by
            // every test of this server
            return pick(List.of("1900-01-01", "9999-12-31", "2026-02-30", "+999999999-12-31", "x", "2026-11-23T00:00"));
        }
        if (type.equals("integer")) {
            return pick(List.of("-1", "0", "2147483648", "9223372036854775807", "9223372036854775808", "1.5", "abc",
                    "1e3", "999999"));
        }
        return pick(List.of("x", "%00", "..", "x".repeat(300), "1", "-1", "' or '1'='1", "🙂", "a b"));
    }

    private String query(JsonNode operation) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (!parameter.path("in").asText().equals("query") || random.nextInt(3) == 0) {
                continue;
            }
            JsonNode schema = resolve(parameter.path("schema"));
            String value;
            if (random.nextInt(4) == 0) {
                JsonNode seed = seed(schema, 0);
                value = seed.isTextual() ? seed.asText() : seed.toString();
            }
            else {
                JsonNode hostile = hostile(schema);
                value = hostile.isTextual() ? hostile.asText() : hostile.toString();
            }
            pairs.add(URLEncoder.encode(parameter.path("name").asText(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return String.join("&", pairs);
    }

    private Body body(JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        if (content.has("multipart/form-data")) {
            return multipart(resolve(content.path("multipart/form-data").path("schema")));
        }
        if (content.has("application/json")) {
            return new Body("application/json", json(resolve(content.path("application/json").path("schema"))), null);
        }
        if (content.size() > 0) {
            String type = content.fieldNames().next();
            return new Body(type, pick(List.of("", "x", "\u0000", "{}")).getBytes(StandardCharsets.UTF_8), null);
        }
        return random.nextInt(4) == 0 ? new Body("application/json", "{\"x\":1}".getBytes(StandardCharsets.UTF_8), null)
                : Body.NONE;
    }

    private byte[] json(JsonNode schema) {
        int shape = random.nextInt(20);
        String text = switch (shape) {
            case 0 -> "{";
            case 1 -> "not json";
            case 2 -> "[]";
            case 3 -> "null";
            case 4 -> "[".repeat(3000) + "]".repeat(3000);
            case 5 -> "{\"a\":\"\\u0000\", \"a\":1}";
            // a valid value: boundaries are not always refusals
            case 6 -> seed(schema, 0).toString();
            default -> mutate(seed(schema, 0), schema).toString();
        };
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Body multipart(JsonNode schema) {
        String boundary = "fuzz" + random.nextInt(1_000_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> described = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode part = resolve(field.getValue());
            boolean files = part.path("format").asText().equals("binary")
                    || resolve(part.path("items")).path("format").asText().equals("binary");
            if (files) {
                int count = random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    String name = pick(List.of("证据.pdf", "a\u0000b.pdf", "../../etc/passwd", "x".repeat(400) + ".pdf",
                            "", "con.pdf", "\r\nX-Injected: 1", "e.pdf"));
                    byte[] bytes = random.nextBoolean() ? pdf
                            : pick(List.of(new byte[0], "%PDF-".getBytes(), "<script>alert(1)</script>".getBytes()));
                    writePart(out, boundary, field.getKey(), name, "application/pdf", bytes);
                    described.add(field.getKey() + "=file(" + name.length() + ")");
                }
            }
            else if (random.nextInt(8) > 0) {
                byte[] json = json(part);
                writePart(out, boundary, field.getKey(), null, "application/json", json);
                described.add(field.getKey() + "=" + new String(json, StandardCharsets.UTF_8));
            }
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Body("multipart/form-data; boundary=" + boundary, out.toByteArray(), String.join(", ", described));
    }

    private static void writePart(ByteArrayOutputStream out, String boundary, String name, String fileName, String type,
            byte[] bytes) {
        StringBuilder head = new StringBuilder("--").append(boundary)
            .append("\r\nContent-Disposition: form-data; name=\"")
            .append(name)
            .append('"');
        if (fileName != null) {
            head.append("; filename=\"").append(fileName.replace("\"", "")).append('"');
        }
        head.append("\r\nContent-Type: ").append(type).append("\r\n\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    /** A value of the schema's shape, as plain as it comes. */
    private JsonNode seed(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (depth > 6) {
            return NODES.nullNode();
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(random.nextInt(schema.path("enum").size()));
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
        String format = schema.path("format").asText();
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields(); fields
                    .hasNext();) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    object.set(field.getKey(), seed(field.getValue(), depth + 1));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int count = Math.max(1, schema.path("minItems").asInt(1));
                for (int i = 0; i < count; i++) {
                    array.add(seed(schema.path("items"), depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
            }
            case "number" -> {
                return NODES.textNode("1000.00");
            }
            case "boolean" -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            default -> {
                return NODES.textNode(switch (format) {
                    case "date" -> "2000-01-03";
                    case "date-time" -> "2000-01-03T09:00:00+08:00";
                    case "uuid" -> pick(known.get("case"));
                    default -> "测试" + "x".repeat(Math.max(0, schema.path("minLength").asInt(0) - 2));
                });
            }
        }
    }

    /** The seed with one value somewhere in it replaced by a hostile one. */
    private JsonNode mutate(JsonNode seed, JsonNode schema) {
        List<JsonNode[]> slots = new ArrayList<>();
        collect(seed, resolve(schema), slots, 0);
        if (slots.isEmpty() || random.nextInt(10) == 0) {
            return hostile(schema);
        }
        JsonNode[] slot = slots.get(random.nextInt(slots.size()));
        JsonNode parent = slot[0];
        JsonNode value = hostile(slot[2]);
        if (parent instanceof ObjectNode object) {
            if (random.nextInt(6) == 0) {
                object.remove(slot[1].asText());
            }
            else {
                object.set(slot[1].asText(), value);
            }
        }
        else if (parent instanceof ArrayNode array) {
            array.set(slot[1].asInt(), value);
        }
        return seed;
    }

    private void collect(JsonNode node, JsonNode schema, List<JsonNode[]> slots, int depth) {
        if (depth > 6) {
            return;
        }
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode fieldSchema = resolve(schema.path("properties").path(field.getKey()));
                slots.add(new JsonNode[] { object, NODES.textNode(field.getKey()), fieldSchema });
                collect(field.getValue(), fieldSchema, slots, depth + 1);
            }
        }
        else if (node instanceof ArrayNode array) {
            JsonNode items = resolve(schema.path("items"));
            for (int i = 0; i < array.size(); i++) {
                slots.add(new JsonNode[] { array, NODES.numberNode(i), items });
                collect(array.get(i), items, slots, depth + 1);
            }
        }
    }

    /** A value a careless reader would take, or that breaks a bound. */
    private JsonNode hostile(JsonNode schema) {
        schema = resolve(schema);
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        List<JsonNode> values = new ArrayList<>(List.of(NODES.nullNode(), NODES.textNode(""), NODES.textNode("\u0000"),
                NODES.textNode("x".repeat(100_001)), NODES.numberNode(1.7), NODES.numberNode(-1),
                NODES.numberNode(2147483648L), NODES.numberNode(new java.math.BigDecimal("1e300")),
                NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode(), NODES.arrayNode().add(NODES.nullNode()),
                NODES.textNode("<script>alert(1)</script>"), NODES.textNode("' or 1=1 --"),
                NODES.textNode("🙂\u202e")));
        switch (type) {
            case "integer" -> values.addAll(
                    List.of(NODES.numberNode(0), NODES.numberNode(Integer.MAX_VALUE), NODES.numberNode(Long.MAX_VALUE),
                            NODES.numberNode(new java.math.BigInteger("99999999999999999999")), NODES.textNode("1"),
                            NODES.numberNode(1.0), NODES.numberNode(-2147483648)));
            case "number" -> values.addAll(List.of(NODES.textNode("1e2"),
                    NODES.rawValueNode(new com.fasterxml.jackson.databind.util.RawValue("1e2")),
                    NODES.textNode("12.345"), NODES.textNode("-0.01"), NODES.textNode("9999999999999.99"),
                    NODES.textNode("999999999999.99"), NODES.textNode("NaN"), NODES.numberNode(0.1)));
            case "string" -> {
                switch (format) {
                    case "date" -> values.addAll(List.of(NODES.textNode("9999-12-31"), NODES.textNode("0000-01-01"),
                            NODES.textNode("+999999999-12-31"), NODES.textNode("-999999999-01-01"),
                            NODES.textNode("2026-02-30"), NODES.textNode("2026-11-23T10:00:00Z"),
                            NODES.textNode("2023-06-01"), NODES.textNode("2099-12-31"), NODES.numberNode(20261123)));
                    case "date-time" -> values.addAll(List.of(NODES.textNode("9999-12-31T23:59:59Z"),
                            NODES.textNode("+999999999-12-31T23:59:59Z"), NODES.textNode("2026-11-23"),
                            NODES.textNode("2026-11-23T25:00:00+08:00")));
                    case "uuid" -> values
                        .addAll(List.of(NODES.textNode("not-a-uuid"), NODES.textNode(UUID.randomUUID().toString())));
                    default -> values.addAll(List.of(NODES.numberNode(12345), NODES.textNode(" "),
                            NODES.textNode("x".repeat(Math.max(1, schema.path("maxLength").asInt(255) + 1)))));
                }
                if (schema.has("enum")) {
                    values.add(NODES.textNode("NOT_A_CHOICE"));
                    values.add(NODES.textNode(schema.path("enum").get(0).asText().toLowerCase()));
                }
            }
            case "array" -> {
                ArrayNode many = NODES.arrayNode();
                for (int i = 0; i < 2000; i++) {
                    many.add(seed(schema.path("items"), 5));
                }
                values.add(many);
                values.add(NODES.arrayNode().add(hostile(schema.path("items"))));
            }
            default -> {
            }
        }
        return values.get(random.nextInt(values.size()));
    }

    private JsonNode resolve(JsonNode schema) {
        int hops = 0;
        while (schema.has("$ref") && hops++ < 10) {
            String ref = schema.path("$ref").asText();
            schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (schema.has("allOf") && schema.path("allOf").size() == 1) {
            return resolve(schema.path("allOf").get(0));
        }
        if (schema.has("oneOf") && schema.path("oneOf").size() > 0) {
            return resolve(schema.path("oneOf").get(0));
        }
        return schema;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /**
     * The application's own tables (not the engine's, not the sessions'): each table's
     * row count and a sum of its rows' hashes.
     */
    private String checksumSql() {
        List<String> tables = jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'
                  and table_name not like 'act\\_%' and table_name not like 'spring\\_session%'
                  and table_name <> 'flyway_schema_history'
                order by table_name""").query(String.class).list();
        return String.join(" union all ", tables.stream()
            .map(t -> "select '" + t
                    + "' as t, count(*) * 1000003 + coalesce(sum(hashtext(x::text)::bigint), 0) as c from " + t + " x")
            .toList());
    }

    private Map<String, Long> checksums() {
        Map<String, Long> sums = new LinkedHashMap<>();
        jdbc.sql(checksumSql).query((rs, i) -> sums.put(rs.getString(1), rs.getLong(2))).list();
        return sums;
    }

    private static String changed(Map<String, Long> before, Map<String, Long> after) {
        return after.keySet().stream().filter(t -> !after.get(t).equals(before.get(t))).toList().toString();
    }

    private record Body(String contentType, byte[] bytes, String description) {

        static final Body NONE = new Body(null, null, null);

        String describe() {
            if (description != null) {
                return description.length() > 300 ? description.substring(0, 300) + "…" : description;
            }
            if (bytes == null) {
                return "no body";
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.length() > 300 ? text.substring(0, 300) + "…" : text;
        }
    }

    private record Outcome(int status, byte[] body) {

        String text(int max) {
            String text = new String(body, StandardCharsets.UTF_8);
            return text.length() > max ? text.substring(0, max) + "…" : text;
        }
    }

    /**
     * One role's browser: a session cookie and the CSRF token, as the front end sends
     * them.
     */
    private final class Caller {

        final String role;

        final CookieManager cookies = new CookieManager();

        final HttpClient http;

        int clientAddress;

        Caller(String role) throws Exception {
            this.role = role;
            this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
            users.ensureExist();
            send("GET", "/api/session", Body.NONE);
            if (!role.equals("anonymous")) {
                Outcome login = send("POST", "/api/session/login", new Body("application/x-www-form-urlencoded",
                        ("username=" + role + "&password=" + PASSWORD).getBytes(StandardCharsets.UTF_8), null));
                assertThat(login.status).as(role + " signs in").isEqualTo(200);
            }
        }

        /**
         * Everything but what would end this caller's session or run over the whole
         * engine: signing in and out is the anonymous caller's; running model migrations
         * has tests of its own.
         */
        boolean mayTry(String method, String path) {
            if (path.startsWith("/api/session/")) {
                return role.equals("anonymous");
            }
            return !path.equals("/api/admin/model-migrations/run");
        }

        Outcome send(String method, String uri, Body body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + uri))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", random.nextBoolean() ? "zh-CN" : "en")
                .header("X-Forwarded-For", "192.0.2." + (1 + clientAddress++ % 250));
            String token = token();
            if (token != null) {
                request.header("X-XSRF-TOKEN", token);
            }
            if (body.contentType() != null) {
                request.header("Content-Type", body.contentType());
            }
            request.method(method, body.bytes() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
            try {
                HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Outcome(response.statusCode(), response.body());
            }
            catch (IOException e) {
                failures.add("no answer to " + role + " " + method + " " + uri + ": " + e);
                return new Outcome(599, new byte[0]);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private String token() {
            return XsrfCookie.in(cookies).orElse(null);
        }

    }

}
