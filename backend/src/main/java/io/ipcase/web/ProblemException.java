package io.ipcase.web;

/**
 * An error a person reads: a key of the message bundles and its arguments, which
 * {@link ApiExceptionHandler} turns into a problem in the reader's language. Each
 * subclass answers with its own status.
 */
public abstract class ProblemException extends RuntimeException {

    private final String messageKey;

    private final Object[] args;

    protected ProblemException(String message, String messageKey, Object... args) {
        super(message);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

}
