package io.ipcase.penalty;

import java.util.Map;

import io.ipcase.web.ConflictException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Tells a case's model what happened outside its tasks (a statement received, a fine
 * paid, a decision revoked), in the transaction that records it.
 */
@Component
public class PenaltyModel {

    private final RuntimeService runtime;

    PenaltyModel(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /**
     * Delivers a message the model must be waiting for now, with these variables; if it
     * is not (the period for it is over, the case closed), the person is told so by
     * {@code problem} (409) and nothing is recorded.
     */
    public void tell(PenaltyCase pc, String message, Map<String, Object> variables, String problem) {
        try {
            runtime.createMessageCorrelation(message)
                .processInstanceId(pc.processInstanceId())
                .setVariables(variables)
                .correlate();
        }
        catch (MismatchingMessageCorrelationException notWaiting) {
            throw new ConflictException(problem);
        }
    }

    /**
     * Sets the variables, and delivers the message wherever the model waits for it, if
     * anywhere.
     */
    public void tellAnyWaiting(PenaltyCase pc, String message, Map<String, Object> variables) {
        runtime.setVariables(pc.processInstanceId(), variables);
        runtime.createMessageCorrelation(message).processInstanceId(pc.processInstanceId()).correlateAll();
    }

}
