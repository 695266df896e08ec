package io.ipcase.processes;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Stands in for the backend's bean that stops the rights periods' clocks; remembers it
 * was called.
 */
public class RightsPeriodsStub {

    final List<String> over = new ArrayList<>();

    public void over(DelegateExecution execution) {
        over.add(execution.getProcessBusinessKey());
    }

}
