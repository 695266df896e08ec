package io.ipcase.adjudication.acceptance;

import java.util.Map;

import io.ipcase.adjudication.AdjudicationPeriods;
import io.ipcase.cases.CaseFiled;
import io.ipcase.cases.CaseType;
import io.ipcase.cases.Cases;
import io.ipcase.deadlines.CaseClocks;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Starts the adjudication model for a filed infringement dispute, in the filing's
 * transaction.
 */
@Component
class AdjudicationStart {

    static final String PROCESS_KEY = "infringement-adjudication";

    private final RuntimeService runtime;

    private final CaseClocks clocks;

    private final Cases cases;

    AdjudicationStart(RuntimeService runtime, CaseClocks clocks, Cases cases) {
        this.runtime = runtime;
        this.clocks = clocks;
        this.cases = cases;
    }

    /**
     * First of all listeners: others may rely on the case having its process instance.
     */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onCaseFiled(CaseFiled filed) {
        if (filed.type() != CaseType.INFRINGEMENT_ADJUDICATION) {
            return;
        }
        // Order 81 art. 20: accept or refuse within 5 working days of receiving the
        // request
        var acceptance = clocks.start(filed.caseId(), AdjudicationPeriods.ACCEPTANCE,
                AdjudicationPeriods.ACCEPTANCE_PERIOD, filed.receivedOn(), filed.filedBy());
        ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, filed.caseId().toString(),
                Map.of("officeId", filed.officeId(), "acceptanceDueAt", acceptance.deadline().dueDate()));
        cases.attachProcessInstance(filed.caseId(), instance.getId());
    }

}
