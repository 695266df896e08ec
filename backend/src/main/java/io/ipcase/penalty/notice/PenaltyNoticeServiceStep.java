package io.ipcase.penalty.notice;

import java.util.Map;

import io.ipcase.audit.AuditTrail;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.PenaltyAudit;
import io.ipcase.penalty.PenaltyCase;
import io.ipcase.penalty.PenaltyDocuments;
import io.ipcase.penalty.PenaltyStepLog;
import io.ipcase.penalty.ServiceStepValues;

/**
 * The notice reached the party: from that day run the period to state and defend and,
 * where the penalty is large enough, the 5 working days to ask for a hearing (Admin.
 * Penalty Law art. 44, 64). A public notice reaches it 30 days after its publication (CPL
 * art. 95).
 */
@Step("penalty-notice-service")
class PenaltyNoticeServiceStep implements TaskStep<ServiceStepValues> {

    private final PenaltyStepLog log;

    private final PenaltyNotices notices;

    private final PenaltyDocuments documents;

    private final AuditTrail audit;

    PenaltyNoticeServiceStep(PenaltyStepLog log, PenaltyNotices notices, PenaltyDocuments documents, AuditTrail audit) {
        this.log = log;
        this.notices = notices;
        this.documents = documents;
        this.audit = audit;
    }

    @Override
    public Map<String, Object> complete(StepContext step, ServiceStepValues values) {
        PenaltyCase pc = log.byHandler(step);
        audit.record(step.username(), PenaltyAudit.DOCUMENT_SERVED, pc.caseId(), "NOTICE " + values.date());
        documents.served(pc.caseId(), PenaltyDocuments.NOTICE, values.method(), values.date(), null, step.username());
        Map<String, Object> vars = notices.served(pc.caseId(), values.servedOn(), step.username());
        log.record(step, values.entry());
        return vars;
    }

}
