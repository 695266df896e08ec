package io.ipcase.web;

/**
 * The request is sound but something the application needs is not there yet (an
 * administrator must load it): 503 with a message a person can act on.
 */
public class ServiceUnavailableException extends ProblemException {

    public ServiceUnavailableException(String message, String messageKey, Object... args) {
        super(message, messageKey, args);
    }

}
