package io.ipcase.audit;

/** The action codes of the audit trail; the front end turns each into a plain-language line. */
public final class AuditActions {

    public static final String CASE_FILED = "CASE_FILED";
    public static final String STAGE_CHANGED = "STAGE_CHANGED";
    public static final String TASK_CLAIMED = "TASK_CLAIMED";
    public static final String TASK_UNCLAIMED = "TASK_UNCLAIMED";
    public static final String ACCEPTANCE_DECIDED = "ACCEPTANCE_DECIDED";
    public static final String SUPPLEMENT_REQUESTED = "SUPPLEMENT_REQUESTED";
    public static final String SUPPLEMENT_SUBMITTED = "SUPPLEMENT_SUBMITTED";
    public static final String DOCUMENT_ISSUED = "DOCUMENT_ISSUED";
    public static final String DOCUMENT_SERVED = "DOCUMENT_SERVED";

    private AuditActions() {
    }
}
