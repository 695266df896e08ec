package io.ipcase.penalty;

/**
 * The procedural rules a counterfeit-patent penalty follows. Which body imposes these penalties in
 * Chongqing, the IP office or market regulation, is unverified (rules.md §3.2), so the choice is a
 * setting; a case keeps the rules it was filed under.
 */
public enum PenaltyProcedure {
    /** CNIPA Measures on Patent Administrative Enforcement (2015), art. 28-49 */
    CNIPA_2015,
    /** SAMR procedure rules for administrative penalties (2021) */
    SAMR
}
