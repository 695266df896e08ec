package io.ipcase.web;

import java.util.List;

import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/**
 * The one way to check values against their Bean Validation constraints: every broken
 * rule as a field error, in the caller's language, before anything is written.
 */
@Component
public class Validation {

    private final Validator validator;

    public Validation(Validator validator) {
        this.validator = validator;
    }

    /**
     * Each broken constraint, on the field its property path names ("records[0].place").
     */
    public List<Violation> violationsOf(Object values) {
        return validator.validate(values)
            .stream()
            .map(v -> Violation.resolved(v.getPropertyPath().toString(), v.getMessage()))
            .toList();
    }

    /**
     * As {@link #violationsOf(Object)}, for values that are a part of a request: fields
     * under {@code path}.
     */
    public List<Violation> violationsOf(String path, Object values) {
        return validator.validate(values)
            .stream()
            .map(v -> Violation.resolved(path + "." + v.getPropertyPath(), v.getMessage()))
            .toList();
    }

    /** Throws a 400 listing every broken constraint, if any. */
    public void check(Object values) {
        List<Violation> violations = violationsOf(values);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

}
