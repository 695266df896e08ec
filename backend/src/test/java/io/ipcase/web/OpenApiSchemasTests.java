package io.ipcase.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * How the OpenAPI document names the API's types and tells which properties are always
 * there.
 */
class OpenApiSchemasTests {

    static class Assistances {

        record Application(String field) {
        }

    }

    static class Injunctions {

        record Application(String actsToStop) {
        }

    }

    record Applications(Assistances.Application assistance, Injunctions.Application injunction) {
    }

    @NullMarked
    record Filed(String caseNumber, @Nullable String patentNumber, int claims, Optional<String> note) {
    }

    record Unmarked(String caseNumber, int claims) {
    }

    @NullMarked
    static class Marked {

        record Nested(String caseNumber, @Nullable String note) {
        }

    }

    @Test
    void nestedTypesOfTheSameNameInDifferentClassesGetASchemaEach() {
        SchemaNames names = new SchemaNames();

        Map<String, Schema> schemas = schemasOf(Applications.class, names);

        assertThat(schemas).containsKeys("OpenApiSchemasTests.Assistances.Application",
                "OpenApiSchemasTests.Injunctions.Application");
        assertThat(schemas.get("OpenApiSchemasTests.Assistances.Application").getProperties())
            .containsOnlyKeys("field");
        assertThat(names.shared()).isEmpty();
    }

    @Test
    void inNullMarkedCodeEveryPropertyButTheNullableAndOptionalOnesIsRequired() {
        Schema<?> filed = schemasOf(Filed.class, new SchemaNames()).get("OpenApiSchemasTests.Filed");

        assertThat(filed.getRequired()).containsExactlyInAnyOrder("caseNumber", "claims");
    }

    @Test
    void aTypeInsideNullMarkedCodeIsNullMarked() {
        Schema<?> nested = schemasOf(Marked.Nested.class, new SchemaNames()).get("OpenApiSchemasTests.Marked.Nested");

        assertThat(nested.getRequired()).containsExactly("caseNumber");
    }

    @Test
    void outsideNullMarkedCodeNothingIsSaidRequired() {
        Schema<?> unmarked = schemasOf(Unmarked.class, new SchemaNames()).get("OpenApiSchemasTests.Unmarked");

        assertThat(unmarked.getRequired()).isNullOrEmpty();
    }

    @SuppressWarnings("rawtypes")
    private static Map<String, Schema> schemasOf(Class<?> type, SchemaNames names) {
        ModelConverters converters = new ModelConverters(true);
        converters.addConverter(OpenApiDocument.modelResolver(names, true));
        return converters.readAll(type);
    }

}
