package io.ipcase.web;

/**
 * The record does not exist, or the caller may not see it: both answer 404, so an id
 * tells nothing about records of other people or offices.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }

}
