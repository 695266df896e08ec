package io.ipcase.adjudication;

/** The names of the adjudication procedure's periods (case clocks). */
final class AdjudicationClocks {

    /** Order 81 art. 20: accept or refuse within 5 working days of receiving the request. */
    static final String ACCEPTANCE = "acceptance";
    static final int ACCEPTANCE_WORKING_DAYS = 5;

    /** Order 81 art. 16: the deadline the supplement notice sets. */
    static final String SUPPLEMENT = "supplement";

    private AdjudicationClocks() {
    }
}
