package io.ipcase.assistance;

/**
 * The kinds of assistance a centre gives (rules.md §5, the 2020 Opinions' outline): what
 * the applicant asks for, and what the officer delivers.
 */
public enum HelpKind {

    CONSULTATION, REFERENCE_OPINION, EVIDENCE_GUIDANCE, MEDIATION, OVERSEAS_GUIDANCE

}
