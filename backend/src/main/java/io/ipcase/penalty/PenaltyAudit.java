package io.ipcase.penalty;

/** The audit codes of counterfeit-patent cases; the front end words each (penalty locales, timeline). */
final class PenaltyAudit {

    static final String REPORT_RECEIVED = "PENALTY_REPORT_RECEIVED";
    static final String REPORT_NOT_FILED = "PENALTY_REPORT_NOT_FILED";
    static final String CASE_REGISTERED = "PENALTY_CASE_REGISTERED";
    static final String STEP_DECIDED = "PENALTY_STEP_DECIDED";
    static final String MEASURE_RECORDED = "PENALTY_MEASURE_RECORDED";
    static final String GAINS_RECORDED = "PENALTY_GAINS_RECORDED";
    static final String GAINS_REMOVED = "PENALTY_GAINS_REMOVED";
    static final String SEIZURE_REQUESTED = "PENALTY_SEIZURE_REQUESTED";
    static final String SEIZURE_CHANGED = "PENALTY_SEIZURE_CHANGED";
    static final String INVESTIGATION_CONCLUDED = "PENALTY_INVESTIGATION_CONCLUDED";
    static final String PENALTY_PROPOSED = "PENALTY_PROPOSED";
    static final String NOTICE_ISSUED = "PENALTY_NOTICE_ISSUED";
    static final String RESPONSE_RECORDED = "PENALTY_RESPONSE_RECORDED";
    static final String HEARING_SCHEDULED = "PENALTY_HEARING_SCHEDULED";
    static final String HEARING_HELD = "PENALTY_HEARING_HELD";
    static final String DECISION_ISSUED = "PENALTY_DECISION_ISSUED";
    static final String DOCUMENT_SERVED = "PENALTY_DOCUMENT_SERVED";
    static final String EXCLUDED_PERIOD = "PENALTY_EXCLUDED_PERIOD";
    static final String PAYMENT_RECORDED = "PENALTY_PAYMENT_RECORDED";
    static final String ARRANGEMENT_REQUESTED = "PENALTY_ARRANGEMENT_REQUESTED";
    static final String CHALLENGE_RECORDED = "PENALTY_CHALLENGE_RECORDED";

    private PenaltyAudit() {
    }
}
