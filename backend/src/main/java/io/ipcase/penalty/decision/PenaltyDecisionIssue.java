package io.ipcase.penalty.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.penalty.PenaltyAudit;
import io.ipcase.penalty.PenaltyCases;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyDocuments;
import io.ipcase.penalty.PenaltyExecutions;
import io.ipcase.penalty.PenaltySettings;
import io.ipcase.penalty.decision.PenaltyDecisions.DecisionKind;
import io.ipcase.penalty.proposal.PenaltyProposals;
import io.ipcase.penalty.seizure.Seizures;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_IssueDecision: the approved decision is recorded and issued. The case
 * period stops (CNIPA 2015 Measures art. 36), seized items are confiscated by a penalty
 * that says so and released otherwise, and the periods to serve (7 working days) and
 * publish it (20) start.
 */
@Component("penaltyDecisionIssue")
class PenaltyDecisionIssue implements JavaDelegate {

    private final PenaltyDecisions decisions;

    private final PenaltyProposals proposals;

    private final PenaltyClocks clocks;

    private final Seizures seizures;

    private final Deadlines deadlines;

    private final PenaltyDocuments documents;

    private final AuditTrail audit;

    private final PenaltySettings settings;

    private final PenaltyCases penaltyCases;

    PenaltyDecisionIssue(PenaltyDecisions decisions, PenaltyProposals proposals, PenaltyClocks clocks,
            Seizures seizures, Deadlines deadlines, PenaltyDocuments documents, AuditTrail audit,
            PenaltySettings settings, PenaltyCases penaltyCases) {
        this.settings = settings;
        this.penaltyCases = penaltyCases;
        this.decisions = decisions;
        this.proposals = proposals;
        this.clocks = clocks;
        this.seizures = seizures;
        this.deadlines = deadlines;
        this.documents = documents;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(issue(PenaltyExecutions.caseOf(execution),
                (String) execution.getVariable("investigationOutcome"), PenaltyExecutions.actor(execution)));
    }

    private Map<String, Object> issue(UUID caseId, String investigationOutcome, String actor) {
        DecisionKind kind = DecisionKind.of(investigationOutcome);
        LocalDate today = deadlines.today();
        BigDecimal fine = BigDecimal.ZERO.setScale(2);
        BigDecimal confiscated = BigDecimal.ZERO.setScale(2);
        String correction = null;
        boolean confiscateSeized = false;
        if (kind == DecisionKind.PENALTY) {
            PenaltyProposals.Proposal p = proposals.latest(caseId)
                .orElseThrow(() -> new IllegalStateException("no proposal for " + caseId));
            fine = p.fine();
            confiscated = p.confiscatedGains();
            correction = p.correction();
            confiscateSeized = p.confiscateSeized();
        }
        decisions.decided(caseId, kind, fine, confiscated, correction, today);
        clocks.stopIfRunning(caseId, PenaltyClocks.CASE_PERIOD, actor);
        seizures.endAll(caseId, confiscateSeized ? "CONFISCATED" : "RELEASED", actor);
        audit.record(actor, PenaltyAudit.DECISION_ISSUED, caseId, kind.name() + " " + fine.toPlainString());
        Map<String, Object> vars = new HashMap<>();
        vars.put("decisionKind", kind.name());
        if (kind != DecisionKind.WITHDRAWN) {
            vars.put("decisionServiceDueAt", clocks.startDecisionService(caseId, today, actor).deadline().dueDate());
        }
        if (kind == DecisionKind.PENALTY) {
            vars.put("publicationDueAt", clocks.startPublication(caseId, today, actor).deadline().dueDate());
            Map<String, Object> model = new HashMap<>();
            model.put("decision", decisions.require(caseId));
            model.put("fine", PenaltyDocuments.yuan(fine));
            model.put("confiscatedGains", PenaltyDocuments.yuan(confiscated));
            model.put("paymentDays", PenaltyClocks.PAYMENT_DAYS);
            model.put("reconsiderationDays", PenaltyClocks.RECONSIDERATION_DAYS);
            // Admin. Penalty Law art. 59(5): the decision names where to apply
            model.put("reconsiderationBody",
                    settings.reconsiderationBody(penaltyCases.get(caseId).officeId()).orElse(null));
            documents.toParty(caseId, PenaltyDocuments.DECISION, model, actor);
        }
        return vars;
    }

}
