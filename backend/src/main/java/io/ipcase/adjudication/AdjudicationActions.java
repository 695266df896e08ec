package io.ipcase.adjudication;

/**
 * The audit trail's action codes for the steps of an adjudication; the case timeline
 * words them.
 */
public final class AdjudicationActions {

    public static final String ACCEPTANCE_EXTENSION_REQUESTED = "ACCEPTANCE_EXTENSION_REQUESTED";

    public static final String ACCEPTANCE_EXTENSION_DECIDED = "ACCEPTANCE_EXTENSION_DECIDED";

    public static final String PANEL_APPOINTED = "PANEL_APPOINTED";

    public static final String REQUEST_SERVICE_ISSUED = "REQUEST_SERVICE_ISSUED";

    public static final String REQUEST_SERVED = "REQUEST_SERVED";

    public static final String ANSWER_FILED = "ANSWER_FILED";

    public static final String ANSWER_FORWARDED = "ANSWER_FORWARDED";

    public static final String JURISDICTION_OBJECTION_RAISED = "JURISDICTION_OBJECTION_RAISED";

    public static final String JURISDICTION_OBJECTION_DECIDED = "JURISDICTION_OBJECTION_DECIDED";

    public static final String RECUSAL_REQUESTED = "RECUSAL_REQUESTED";

    public static final String RECUSAL_DECIDED = "RECUSAL_DECIDED";

    public static final String EVIDENCE_PLANNED = "EVIDENCE_PLANNED";

    public static final String EVIDENCE_PERIOD_STARTED = "EVIDENCE_PERIOD_STARTED";

    public static final String EVIDENCE_PERIOD_EXTENDED = "EVIDENCE_PERIOD_EXTENDED";

    public static final String INVESTIGATION_RECORDED = "INVESTIGATION_RECORDED";

    public static final String EVALUATION_REPORT_FILED = "EVALUATION_REPORT_FILED";

    public static final String EVALUATION_REPORT_REVIEWED = "EVALUATION_REPORT_REVIEWED";

    public static final String HEARING_SCHEDULED = "HEARING_SCHEDULED";

    public static final String HEARING_NOT_HELD = "HEARING_NOT_HELD";

    public static final String HEARING_POSTPONEMENT_REQUESTED = "HEARING_POSTPONEMENT_REQUESTED";

    public static final String HEARING_RESCHEDULE_REQUIRED = "HEARING_RESCHEDULE_REQUIRED";

    public static final String HEARING_RECORDED = "HEARING_RECORDED";

    public static final String SUSPENSION_REQUESTED = "SUSPENSION_REQUESTED";

    public static final String SUSPENSION_DECIDED = "SUSPENSION_DECIDED";

    public static final String CASE_RESUMED = "CASE_RESUMED";

    public static final String WITHDRAWAL_REQUESTED = "WITHDRAWAL_REQUESTED";

    public static final String WITHDRAWAL_DECIDED = "WITHDRAWAL_DECIDED";

    public static final String CASE_WITHDRAWN = "CASE_WITHDRAWN";

    public static final String CASE_SETTLED = "CASE_SETTLED";

    public static final String CASE_PERIOD_EXTENSION_REQUESTED = "CASE_PERIOD_EXTENSION_REQUESTED";

    public static final String CASE_PERIOD_EXTENSION_DECIDED = "CASE_PERIOD_EXTENSION_DECIDED";

    public static final String CASE_PERIOD_WARNING = "CASE_PERIOD_WARNING";

    public static final String CASE_PERIOD_ESCALATION_REVIEWED = "CASE_PERIOD_ESCALATION_REVIEWED";

    public static final String DECISION_DRAFTED = "DECISION_DRAFTED";

    public static final String DECISION_APPROVED = "DECISION_APPROVED";

    public static final String DECISION_RETURNED = "DECISION_RETURNED";

    public static final String DECISION_SERVED = "DECISION_SERVED";

    public static final String DECISION_PUBLISHED = "DECISION_PUBLISHED";

    public static final String LAWSUIT_REPORTED = "LAWSUIT_REPORTED";

    public static final String COMPLIANCE_CHECKED = "COMPLIANCE_CHECKED";

    public static final String REMINDER_ISSUED = "REMINDER_ISSUED";

    public static final String REMINDER_SERVED = "REMINDER_SERVED";

    public static final String ENFORCEMENT_APPLIED = "ENFORCEMENT_APPLIED";

    public static final String COURT_RULING_RECORDED = "COURT_RULING_RECORDED";

    private AdjudicationActions() {
    }

}
