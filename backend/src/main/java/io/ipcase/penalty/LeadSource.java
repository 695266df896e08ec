package io.ipcase.penalty;

/** Where a counterfeit-patent case came from (CNIPA 2015 Measures art. 28). */
public enum LeadSource {

    /** a report from the public (举报) */
    REPORT,
    /** a case referred by another authority (移送) */
    REFERRAL,
    /** found by the office itself (自行发现) */
    OWN_FINDING

}
