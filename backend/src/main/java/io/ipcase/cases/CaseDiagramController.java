package io.ipcase.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.ipcase.security.AppUser;
import io.ipcase.web.NotFoundException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.jspecify.annotations.NullMarked;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The case's model with the steps done, active and next, for bpmn-js to draw. */
@RestController
class CaseDiagramController {

    private final Cases cases;

    private final RepositoryService repository;

    private final RuntimeService runtime;

    private final HistoryService history;

    CaseDiagramController(Cases cases, RepositoryService repository, RuntimeService runtime, HistoryService history) {
        this.cases = cases;
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
    }

    @GetMapping("/api/cases/{id}/diagram")
    Diagram diagram(@AuthenticationPrincipal AppUser user, @PathVariable UUID id) {
        CaseRecord c = cases.require(user, id);
        if (c.processInstanceId() == null) {
            throw new NotFoundException("diagram");
        }
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
            .processInstanceId(c.processInstanceId())
            .singleResult();
        if (instance == null) {
            throw new NotFoundException("diagram");
        }
        List<String> active = instance.getEndTime() == null ? runtime.getActiveActivityIds(c.processInstanceId())
                : List.of();
        List<String> done = history.createHistoricActivityInstanceQuery()
            .processInstanceId(c.processInstanceId())
            .finished()
            .list()
            .stream()
            .map(HistoricActivityInstance::getActivityId)
            .distinct()
            .toList();
        return new Diagram(xml(instance.getProcessDefinitionId()), active, done,
                next(instance.getProcessDefinitionId(), active));
    }

    /**
     * The steps the case may reach next: what follows each active step, looking through
     * gateways (a decision's branches are all possible next steps until it is taken).
     */
    private List<String> next(String processDefinitionId, List<String> active) {
        if (active.isEmpty()) {
            return List.of();
        }
        BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
        Set<String> next = new LinkedHashSet<>();
        Deque<FlowNode> toVisit = new ArrayDeque<>();
        for (String id : active) {
            if (model.getModelElementById(id) instanceof FlowNode node) {
                toVisit.addAll(node.getSucceedingNodes().list());
            }
        }
        Set<String> seen = new HashSet<>();
        while (!toVisit.isEmpty()) {
            FlowNode node = toVisit.pop();
            if (!seen.add(node.getId()) || active.contains(node.getId())) {
                continue;
            }
            next.add(node.getId());
            if (node instanceof Gateway) {
                toVisit.addAll(node.getSucceedingNodes().list());
            }
        }
        return List.copyOf(next);
    }

    private String xml(String processDefinitionId) {
        try (InputStream in = repository.getProcessModel(processDefinitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @NullMarked
    record Diagram(String bpmnXml, List<String> activeActivityIds, List<String> completedActivityIds,
            List<String> nextActivityIds) {
    }

}
