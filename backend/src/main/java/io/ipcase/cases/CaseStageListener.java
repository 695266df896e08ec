package io.ipcase.cases;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.ipcase.audit.AuditActions;
import io.ipcase.audit.AuditTrail;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mirrors where a case stands. A flow node of a model that carries the extension property
 * {@code stage} sets the case's stage when a case enters it, in the engine's transaction,
 * unless the process instance says {@code mirrorStage = false}.
 */
@Component
class CaseStageListener {

    static final String STAGE_PROPERTY = "stage";
    static final String MIRROR_STAGE_VARIABLE = "mirrorStage";

    private static final String NONE = "";

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final ApplicationEventPublisher events;

    private final Map<String, String> stageByNode = new ConcurrentHashMap<>();

    CaseStageListener(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    @EventListener
    void onActivityStart(DelegateExecution execution) {
        if (!ExecutionListener.EVENTNAME_START.equals(execution.getEventName())
                || execution.getCurrentActivityId() == null || execution.getProcessBusinessKey() == null) {
            return;
        }
        String key = execution.getProcessDefinitionId() + "#" + execution.getCurrentActivityId();
        String stage = stageByNode.computeIfAbsent(key, k -> stageOf(execution.getBpmnModelElementInstance()));
        // a model called inside another case's procedure (mediation within an
        // adjudication) leaves
        // the caller's stage as the parties see it
        if (stage.isEmpty() || Boolean.FALSE.equals(execution.getVariable(MIRROR_STAGE_VARIABLE))) {
            return;
        }
        UUID caseId = UUID.fromString(execution.getProcessBusinessKey());
        int changed = jdbc.sql("update cases set stage = :stage where id = :id and stage <> :stage")
            .param("stage", stage)
            .param("id", caseId)
            .update();
        if (changed > 0) {
            Authentication who = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            audit.record(who == null ? "system" : who.getUserId(), AuditActions.STAGE_CHANGED, caseId, stage);
            events.publishEvent(new CaseStageChanged(caseId, stage));
        }
    }

    private static String stageOf(FlowElement element) {
        if (element == null || element.getExtensionElements() == null) {
            return NONE;
        }
        return element.getExtensionElements()
            .getElementsQuery()
            .filterByType(CamundaProperties.class)
            .list()
            .stream()
            .flatMap(p -> p.getCamundaProperties().stream())
            .filter(p -> STAGE_PROPERTY.equals(p.getCamundaName()))
            .map(CamundaProperty::getCamundaValue)
            .findFirst()
            .orElse(NONE);
    }

}
