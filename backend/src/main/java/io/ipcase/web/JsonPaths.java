package io.ipcase.web;

import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * The dotted field path ("requester.kind", "claims[2]") of a value Jackson could not
 * read.
 */
public final class JsonPaths {

    private JsonPaths() {
    }

    public static String of(JsonMappingException e) {
        String path = e.getPath()
            .stream()
            .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining("."))
            .replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }

}
