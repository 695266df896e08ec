package io.ipcase.penalty.report;

/**
 * What a reporter may learn of their report, and nothing more: whether it was filed as a
 * case and how that case ended, never its facts, its parties or who handles it.
 */
public enum ReportStatus {

    /** received, the office is checking it */
    RECEIVED,
    /** registered for the filing decision */
    UNDER_REVIEW,
    /** not filed as a case */
    NOT_FILED,
    /** filed and being investigated */
    INVESTIGATING,
    /** ended in a penalty decision */
    PENALISED,
    /** ended without a penalty (exempted, or only ordered to stop selling) */
    NO_PENALTY,
    /** the case was withdrawn: no violation established */
    WITHDRAWN,
    /** handed to the police as a suspected crime */
    TRANSFERRED_TO_POLICE;

    /**
     * The status a report has from its own state and, once filed, its case's stage and
     * decision.
     */
    static ReportStatus of(String reportState, String caseStage, String decisionKind) {
        if ("NOT_FILED".equals(reportState)) {
            return NOT_FILED;
        }
        if (caseStage == null) {
            return RECEIVED;
        }
        return switch (caseStage) {
            case "FILING_REVIEW" -> UNDER_REVIEW;
            case "NOT_FILED" -> NOT_FILED;
            case "WITHDRAWN" -> WITHDRAWN;
            case "TRANSFERRED" -> TRANSFERRED_TO_POLICE;
            case "DECIDED", "AWAITING_PAYMENT", "PAYMENT_OVERDUE", "ENFORCEMENT", "REVOKED", "CLOSED" ->
                "PENALTY".equals(decisionKind) ? PENALISED : NO_PENALTY;
            default -> INVESTIGATING;
        };
    }

}
