package io.ipcase.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The record changed under the caller (claimed by someone else, already completed).
 * Properties added with {@link #with} travel in the problem body, e.g. the record's fresh
 * state.
 */
public class ConflictException extends ProblemException {

    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ConflictException(String messageKey, Object... args) {
        super(messageKey, messageKey, args);
    }

    public ConflictException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

}
