package io.ipcase.documents;

import io.ipcase.cases.PartyRecord;

/**
 * Whom an official document is addressed to, and how it is to be served. A party is named
 * by its role and name as filed; {@link #ALL_PARTIES} addresses every party of the case,
 * each served in their own right; any other role (an authority a case is referred to) is
 * never shown to parties.
 */
public record Addressee(String role, String name, ServiceMethod method) {

    public static final String ALL_PARTIES = "ALL_PARTIES";

    public static final String AUTHORITY = "AUTHORITY";

    public static Addressee party(PartyRecord party, ServiceMethod method) {
        return new Addressee(party.role(), party.name(), method);
    }

    public static Addressee allParties(ServiceMethod method) {
        return new Addressee(ALL_PARTIES, "各方当事人", method);
    }

    public static Addressee authority(String name, ServiceMethod method) {
        return new Addressee(AUTHORITY, name, method);
    }

    boolean isAllParties() {
        return ALL_PARTIES.equals(role);
    }
}
