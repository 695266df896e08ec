package io.ipcase.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** What the scenarios do to an instance besides completing its tasks. */
final class Scenarios {

    private Scenarios() {
    }

    /**
     * The backend tells the instance that something happened (a document served, a
     * party's request).
     */
    static void correlate(ProcessInstance pi, String message, Map<String, Object> variables) {
        runtimeService().createMessageCorrelation(message)
            .processInstanceId(pi.getId())
            .setVariables(variables)
            .correlate();
    }

    /** The instance's one timer at an activity, or null where it has none. */
    static Job timer(ProcessInstance pi, String activityId) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
    }

}
