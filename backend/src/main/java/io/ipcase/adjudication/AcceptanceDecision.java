package io.ipcase.adjudication;

public enum AcceptanceDecision {
    /** file the case (立案) */
    ACCEPT,
    /** refuse to file it, with reasons (不予受理) */
    REFUSE,
    /** ask for the missing material, once and in full, by a deadline (补正) */
    SUPPLEMENT
}
