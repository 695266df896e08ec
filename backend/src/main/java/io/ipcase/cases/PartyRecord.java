package io.ipcase.cases;

/** A party to a case as filed. */
public record PartyRecord(String role, PartyKind kind, String name, String idNumber, String address, String contact,
        boolean domicileInChina, String username) {

    public static final String REQUESTER = "REQUESTER";

    public static final String RESPONDENT = "RESPONDENT";

    /** the party a penalty case is against (当事人) */
    public static final String PARTY = "PARTY";

}
