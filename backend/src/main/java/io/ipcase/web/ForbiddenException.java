package io.ipcase.web;

/**
 * The caller may see the record but not take this step on it (a respondent asking to
 * withdraw the requester's case, an officer outside the panel): 403 with a message that
 * says which rule.
 */
public class ForbiddenException extends ProblemException {

    public ForbiddenException(String messageKey) {
        super(messageKey, messageKey);
    }

}
