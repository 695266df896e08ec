package io.ipcase.adjudication.casework;

/**
 * The messages the adjudication's models wait for (their message events' names): what a
 * party, the panel or the service of a document tells a running case. Whether a case
 * waits for one now is what makes a step available (see
 * {@link io.ipcase.engine.Procedure#awaits}).
 */
public final class AdjudicationMessages {

    public static final String ACCEPTANCE_EXTENSION_REQUESTED = "AcceptanceExtensionRequested";

    public static final String SUPPLEMENT_RECEIVED = "SupplementReceived";

    public static final String REQUEST_WITHDRAWN = "RequestWithdrawn";

    public static final String REQUEST_SERVED = "RequestServed";

    public static final String ANSWER_FILED = "AnswerFiled";

    public static final String ANSWER_CLOCK_CHANGED = "AnswerClockChanged";

    public static final String JURISDICTION_OBJECTION_RAISED = "JurisdictionObjectionRaised";

    public static final String RECUSAL_REQUESTED = "RecusalRequested";

    public static final String EVALUATION_REPORT_FILED = "EvaluationReportFiled";

    public static final String EVIDENCE_NOTICE_SERVED = "EvidenceNoticeServed";

    public static final String EVIDENCE_CLOCK_CHANGED = "EvidenceClockChanged";

    public static final String HEARING_RESCHEDULE_REQUIRED = "HearingRescheduleRequired";

    public static final String SUSPENSION_REQUESTED = "SuspensionRequested";

    public static final String WITHDRAWAL_REQUESTED = "WithdrawalRequested";

    public static final String CASE_PERIOD_EXTENSION_REQUESTED = "CasePeriodExtensionRequested";

    public static final String CASE_PERIOD_CLOCK_CHANGED = "CasePeriodClockChanged";

    public static final String DECISION_SERVED = "DecisionServed";

    public static final String INFRINGER_SUED = "InfringerSued";

    public static final String REMINDER_SERVED = "ReminderServed";

    private AdjudicationMessages() {
    }

}
