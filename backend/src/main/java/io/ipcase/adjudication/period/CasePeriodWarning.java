package io.ipcase.adjudication.period;

import static io.ipcase.adjudication.AdjudicationPeriods.CASE_PERIOD;

import java.util.UUID;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.CasePeriodRunningOut;
import io.ipcase.adjudication.casework.Panels;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.Cases;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockView;
import io.ipcase.engine.Procedure;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The model's warning before the case period runs out: on the record, and told to whoever
 * notifies people.
 */
@Component("casePeriodWarning")
class CasePeriodWarning implements JavaDelegate {

    private final Cases cases;

    private final CaseClocks clocks;

    private final Panels panels;

    private final AuditTrail audit;

    private final ApplicationEventPublisher events;

    CasePeriodWarning(Cases cases, CaseClocks clocks, Panels panels, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.cases = cases;
        this.clocks = clocks;
        this.panels = panels;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString(execution.getProcessBusinessKey());
        CaseRecord c = cases.findUnchecked(caseId).orElseThrow();
        ClockView period = clocks.find(caseId, CASE_PERIOD).orElseThrow();
        audit.record(Procedure.SYSTEM, AdjudicationActions.CASE_PERIOD_WARNING, caseId,
                period.deadline().lastDay().toString());
        events.publishEvent(new CasePeriodRunningOut(caseId, c.officeId(),
                panels.members(caseId).stream().map(Panels.Member::username).toList(), period.deadline().lastDay()));
    }

}
