package io.ipcase.cases;

public enum PartyKind {

    /** a natural person, identified by a resident identity card number */
    PERSON,
    /**
     * a legal person or other organisation, identified by its unified social credit code
     */
    ORGANISATION

}
