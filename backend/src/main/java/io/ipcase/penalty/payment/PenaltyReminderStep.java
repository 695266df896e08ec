package io.ipcase.penalty.payment;

import java.util.Map;

import io.ipcase.audit.AuditTrail;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.PenaltyAudit;
import io.ipcase.penalty.PenaltyCase;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyStepLog;
import io.ipcase.penalty.ServiceStepValues;

/**
 * The reminder to pay served (催告, Administrative Compulsion Law art. 54): 10 working days
 * on, the court may be asked to enforce.
 */
@Step("penalty-reminder")
class PenaltyReminderStep implements TaskStep<ServiceStepValues> {

    private final PenaltyStepLog log;

    private final PenaltyClocks clocks;

    private final AuditTrail audit;

    PenaltyReminderStep(PenaltyStepLog log, PenaltyClocks clocks, AuditTrail audit) {
        this.log = log;
        this.clocks = clocks;
        this.audit = audit;
    }

    @Override
    public Map<String, Object> complete(StepContext step, ServiceStepValues values) {
        PenaltyCase pc = log.byHandler(step);
        audit.record(step.username(), PenaltyAudit.DOCUMENT_SERVED, pc.caseId(), "REMINDER " + values.date());
        Map<String, Object> vars = Map.of("reminderExpiresAt",
                clocks.startReminder(pc.caseId(), values.servedOn(), step.username()).deadline().expiryDate());
        log.record(step, values.entry());
        return vars;
    }

}
