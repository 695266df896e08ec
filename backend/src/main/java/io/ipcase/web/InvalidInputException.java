package io.ipcase.web;

import java.util.List;

/**
 * Input that breaks a rule, with one message per field. Thrown before anything is
 * written, or inside the transaction so that nothing written survives it.
 */
public class InvalidInputException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("invalid input: " + violations);
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String messageKey, Object... args) {
        return new InvalidInputException(List.of(Violation.keyed(field, messageKey, args)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /**
     * A field and what is wrong with it: either a message key of messages.properties
     * (resolved in the caller's language when the answer is written) or a message already
     * resolved.
     */
    public record Violation(String field, String messageKey, Object[] args, String message) {

        public static Violation keyed(String field, String messageKey, Object... args) {
            return new Violation(field, messageKey, args, null);
        }

        public static Violation resolved(String field, String message) {
            return new Violation(field, null, null, message);
        }
    }

}
