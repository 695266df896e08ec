package io.ipcase.deadlines;

import java.util.UUID;

import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.Cases;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a case's procedure ends (its top-level process instance, not a called one), no
 * period of it runs any more: stop its clocks in the engine's transaction.
 */
@Component
class CaseEndListener {

    private final CaseClocks clocks;

    private final Cases cases;

    CaseEndListener(CaseClocks clocks, Cases cases) {
        this.clocks = clocks;
        this.cases = cases;
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
        }
        catch (IllegalArgumentException notACase) {
            return;
        }
        // a case may run other top-level instances beside its procedure (a counterfeit
        // case's seizures):
        // only the end of the procedure itself ends the case
        boolean procedure = cases.findUnchecked(caseId)
            .map(CaseRecord::processInstanceId)
            .filter(event.getProcessInstanceId()::equals)
            .isPresent();
        if (procedure) {
            clocks.stopAll(caseId, "system");
        }
    }

}
