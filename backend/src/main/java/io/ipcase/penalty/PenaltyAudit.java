package io.ipcase.penalty;

/**
 * The audit codes of counterfeit-patent cases; the front end words each (penalty locales,
 * timeline).
 */
public final class PenaltyAudit {

    public static final String REPORT_RECEIVED = "PENALTY_REPORT_RECEIVED";

    public static final String REPORT_NOT_FILED = "PENALTY_REPORT_NOT_FILED";

    public static final String CASE_REGISTERED = "PENALTY_CASE_REGISTERED";

    public static final String STEP_DECIDED = "PENALTY_STEP_DECIDED";

    public static final String MEASURE_RECORDED = "PENALTY_MEASURE_RECORDED";

    public static final String GAINS_RECORDED = "PENALTY_GAINS_RECORDED";

    public static final String GAINS_REMOVED = "PENALTY_GAINS_REMOVED";

    public static final String SEIZURE_REQUESTED = "PENALTY_SEIZURE_REQUESTED";

    public static final String SEIZURE_CHANGED = "PENALTY_SEIZURE_CHANGED";

    public static final String INVESTIGATION_CONCLUDED = "PENALTY_INVESTIGATION_CONCLUDED";

    public static final String PENALTY_PROPOSED = "PENALTY_PROPOSED";

    public static final String NOTICE_ISSUED = "PENALTY_NOTICE_ISSUED";

    public static final String RESPONSE_RECORDED = "PENALTY_RESPONSE_RECORDED";

    public static final String HEARING_SCHEDULED = "PENALTY_HEARING_SCHEDULED";

    public static final String HEARING_HELD = "PENALTY_HEARING_HELD";

    public static final String DECISION_ISSUED = "PENALTY_DECISION_ISSUED";

    public static final String DOCUMENT_SERVED = "PENALTY_DOCUMENT_SERVED";

    public static final String EXCLUDED_PERIOD = "PENALTY_EXCLUDED_PERIOD";

    public static final String PAYMENT_RECORDED = "PENALTY_PAYMENT_RECORDED";

    public static final String ARRANGEMENT_REQUESTED = "PENALTY_ARRANGEMENT_REQUESTED";

    public static final String CHALLENGE_RECORDED = "PENALTY_CHALLENGE_RECORDED";

    private PenaltyAudit() {
    }

}
