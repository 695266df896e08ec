package io.ipcase.processes;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Stands in for the backend's bean that starts the 3 months to apply to the court once
 * the reconsideration and litigation windows have closed, handing the model their due
 * date.
 */
public class EnforcementPeriodsStub {

    private final Date courtApplicationDue;

    public EnforcementPeriodsStub(Date courtApplicationDue) {
        this.courtApplicationDue = courtApplicationDue;
    }

    public void windowsClosed(DelegateExecution execution) {
        execution.setVariable("courtApplicationDueAt", courtApplicationDue);
    }

}
