package io.ipcase.web;

import static io.ipcase.support.TestUsers.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The front end's types are generated from a copy of the OpenAPI document committed
 * beside them (frontend/api/openapi.json); this keeps that copy the document the
 * application serves. Run with -Dipcase.openapi.write=true, it writes the copy instead of
 * comparing.
 */
class OpenApiDocumentIntegrationTests extends PostgresIntegrationTests {

    private static final Path COMMITTED = Path.of(System.getProperty("ipcase.frontend.dir", "../frontend"))
        .resolve("api/openapi.json");

    private static final String REFRESH = "./mvnw -pl backend -am test -Dskip.npm -Dskip.installnodenpm"
            + " -Dtest=OpenApiDocumentIntegrationTests -Dsurefire.failIfNoSpecifiedTests=false"
            + " -Dipcase.openapi.write=true && (cd frontend && npm run api:types)";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Autowired
    private SchemaNames schemaNames;

    @Test
    void theCommittedDocumentIsTheOneTheApplicationServes() throws IOException {
        String served = normalised(servedDocument());

        if (Boolean.getBoolean("ipcase.openapi.write")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
            return;
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        if (!committed.equals(served)) {
            fail("%s is not the document the application serves (%s). Refresh it, and the types made from it, with%n  %s",
                    COMMITTED, firstDifference(committed, served), REFRESH);
        }
    }

    @Test
    void everyJavaTypeHasASchemaOfItsOwn() {
        servedDocument();

        assertThat(schemaNames.shared()).as("schema names given to more than one Java type").isEmpty();
    }

    private byte[] servedDocument() {
        var response = as(ADMIN).get("/api/openapi");
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    /**
     * Sorted keys, two spaces, "\n" and a final newline: the same bytes on every machine,
     * and readable diffs.
     */
    private static String normalised(byte[] document) throws IOException {
        Object tree = JSON.readValue(document, Object.class);
        var lines = new DefaultIndenter("  ", "\n");
        var printer = new DefaultPrettyPrinter().withObjectIndenter(lines).withArrayIndenter(lines);
        return JSON.writer(printer).writeValueAsString(tree) + "\n";
    }

    private static String firstDifference(String committed, String served) {
        List<String> was = committed.lines().toList();
        List<String> is = served.lines().toList();
        int line = 0;
        while (line < was.size() && line < is.size() && was.get(line).equals(is.get(line))) {
            line++;
        }
        return "line %d: committed [%s], served [%s]".formatted(line + 1,
                line < was.size() ? was.get(line).strip() : "", line < is.size() ? is.get(line).strip() : "");
    }

}
