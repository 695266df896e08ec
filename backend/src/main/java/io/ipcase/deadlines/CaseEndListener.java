package io.ipcase.deadlines;

import java.util.UUID;

import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a case's procedure ends (its top-level process instance, not a called one), no period of it
 * runs any more: stop its clocks in the engine's transaction.
 */
@Component
class CaseEndListener {

    private final CaseClocks clocks;

    CaseEndListener(CaseClocks clocks) {
        this.clocks = clocks;
    }

    @EventListener
    void onProcessInstanceEnded(HistoricProcessInstanceEventEntity event) {
        if (!HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(event.getEventType())
            || event.getSuperProcessInstanceId() != null || event.getBusinessKey() == null) {
            return;
        }
        UUID caseId;
        try {
            caseId = UUID.fromString(event.getBusinessKey());
        } catch (IllegalArgumentException notACase) {
            return;
        }
        clocks.stopAll(caseId, "system");
    }
}
