package io.ipcase.penalty.decision;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.ClockView;
import io.ipcase.deadlines.Deadline;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.PenaltyAudit;
import io.ipcase.penalty.PenaltyCase;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyDocuments;
import io.ipcase.penalty.PenaltyStepLog;
import io.ipcase.penalty.ServiceStepValues;
import io.ipcase.penalty.decision.PenaltyDecisions.Decision;
import io.ipcase.penalty.decision.PenaltyDecisions.DecisionKind;
import io.ipcase.web.InvalidInputException;

/**
 * The decision reached the party: 15 days to pay (Admin. Penalty Law art. 67), 60 days to
 * apply for reconsideration and 6 months to sue; the court may be asked to enforce once
 * both have run out.
 */
@Step("penalty-decision-service")
class PenaltyDecisionServiceStep implements TaskStep<ServiceStepValues> {

    private final PenaltyStepLog log;

    private final PenaltyDecisions decisions;

    private final PenaltyClocks clocks;

    private final PenaltyDocuments documents;

    private final AuditTrail audit;

    PenaltyDecisionServiceStep(PenaltyStepLog log, PenaltyDecisions decisions, PenaltyClocks clocks,
            PenaltyDocuments documents, AuditTrail audit) {
        this.log = log;
        this.decisions = decisions;
        this.clocks = clocks;
        this.documents = documents;
        this.audit = audit;
    }

    @Override
    public Map<String, Object> complete(StepContext step, ServiceStepValues values) {
        PenaltyCase pc = log.byHandler(step);
        audit.record(step.username(), PenaltyAudit.DOCUMENT_SERVED, pc.caseId(), "DECISION " + values.date());
        documents.served(pc.caseId(), PenaltyDocuments.DECISION, values.method(), values.date(), null, step.username());
        Map<String, Object> vars = served(pc.caseId(), values, step.username());
        log.record(step, values.entry());
        return vars;
    }

    private Map<String, Object> served(UUID caseId, ServiceStepValues values, String actor) {
        Decision d = decisions.require(caseId);
        if (values.date().isBefore(d.decidedOn())) {
            throw InvalidInputException.of("date", "penalty.step.date.before-decision");
        }
        clocks.stopIfRunning(caseId, PenaltyClocks.DECISION_SERVICE, actor);
        // CPL art. 95: a decision published as a public notice is served 30 days later,
        // and every period runs from then
        LocalDate servedOn = values.servedOn();
        Map<String, Object> vars = new HashMap<>();
        if (d.kind() != DecisionKind.PENALTY) {
            decisions.served(caseId, servedOn, values.method(), null, null);
            return vars;
        }
        boolean paymentDue = d.fine().add(d.confiscatedGains()).signum() > 0;
        ClockView litigation = clocks.startLitigationWindow(caseId, servedOn, actor);
        clocks.startReconsiderationWindow(caseId, servedOn, actor);
        LocalDate paymentDueOn = null;
        Deadline enforcementFrom = litigation.deadline();
        if (paymentDue) {
            ClockView payment = clocks.startPayment(caseId, servedOn, actor);
            paymentDueOn = payment.deadline().lastDay();
            vars.put("paymentExpiresAt", payment.deadline().expiryDate());
        }
        decisions.served(caseId, servedOn, values.method(), paymentDueOn, enforcementFrom.lastDay());
        vars.put("paymentDue", paymentDue);
        vars.put("enforcementFromAt", enforcementFrom.expiryDate());
        return vars;
    }

}
