package io.ipcase.web;

/**
 * The request is sound but something the application needs is not there yet (an administrator
 * must load it): 503 with a message a person can act on.
 */
public class ServiceUnavailableException extends RuntimeException {

    private final String messageKey;
    private final Object[] args;

    public ServiceUnavailableException(String message, String messageKey, Object... args) {
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
