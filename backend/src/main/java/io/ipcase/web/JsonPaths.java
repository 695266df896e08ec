package io.ipcase.web;

import java.util.stream.Collectors;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.ipcase.web.InvalidInputException.Violation;

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

    /**
     * The field error for a value Jackson could not read, saying what shape the field
     * takes (see {@link StrictJson}).
     */
    public static Violation violationOf(JsonMappingException e) {
        String field = of(e);
        Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (type == null) {
            return Violation.keyed(field, "field.invalid-value");
        }
        if (type == BigDecimal.class) {
            return Violation.keyed(field, "field.money.invalid", StrictJson.Money.INTEGER_DIGITS);
        }
        if (type == LocalDate.class) {
            return Violation.keyed(field, "field.date.invalid");
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return Violation.keyed(field, "field.whole-number.invalid");
        }
        if (type == String.class) {
            return Violation.keyed(field, "field.text.invalid");
        }
        if (type == boolean.class || type == Boolean.class) {
            return Violation.keyed(field, "field.yes-no.invalid");
        }
        return Violation.keyed(field, "field.invalid-value");
    }

}
