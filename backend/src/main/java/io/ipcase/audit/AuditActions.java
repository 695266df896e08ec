package io.ipcase.audit;

/**
 * The action codes of the audit trail; the front end turns each into a plain-language
 * line.
 */
public final class AuditActions {

    public static final String CASE_FILED = "CASE_FILED";

    public static final String STAGE_CHANGED = "STAGE_CHANGED";

    public static final String TASK_CLAIMED = "TASK_CLAIMED";

    public static final String TASK_UNCLAIMED = "TASK_UNCLAIMED";

    public static final String ACCEPTANCE_DECIDED = "ACCEPTANCE_DECIDED";

    public static final String SUPPLEMENT_REQUESTED = "SUPPLEMENT_REQUESTED";

    public static final String SUPPLEMENT_SUBMITTED = "SUPPLEMENT_SUBMITTED";

    // the inbox's hand-overs; details are JSON: task, to, toName, reason
    public static final String TASK_DELEGATED = "TASK_DELEGATED";

    public static final String TASK_RETURNED = "TASK_RETURNED";

    public static final String TASK_TRANSFERRED = "TASK_TRANSFERRED";

    public static final String TASK_REASSIGNED = "TASK_REASSIGNED";

    public static final String SUBSTITUTE_NAMED = "SUBSTITUTE_NAMED";

    public static final String SUBSTITUTE_CANCELLED = "SUBSTITUTE_CANCELLED";

    public static final String DOCUMENT_ISSUED = "DOCUMENT_ISSUED";

    public static final String DOCUMENT_SERVED = "DOCUMENT_SERVED";

    // a case's procedure moved to the latest version of its model; details are JSON:
    // process, from, to
    public static final String MODEL_MIGRATED = "MODEL_MIGRATED";

    private AuditActions() {
    }

}
