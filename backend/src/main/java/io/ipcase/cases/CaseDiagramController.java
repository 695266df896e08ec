package io.ipcase.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.ipcase.security.AppUser;
import io.ipcase.web.NotFoundException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The case's model with the steps done and the steps active, for bpmn-js to draw. */
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
            .processInstanceId(c.processInstanceId()).singleResult();
        if (instance == null) {
            throw new NotFoundException("diagram");
        }
        List<String> active = instance.getEndTime() == null
            ? runtime.getActiveActivityIds(c.processInstanceId())
            : List.of();
        List<String> done = history.createHistoricActivityInstanceQuery()
            .processInstanceId(c.processInstanceId()).finished().list().stream()
            .map(HistoricActivityInstance::getActivityId).distinct().toList();
        return new Diagram(xml(instance.getProcessDefinitionId()), active, done);
    }

    private String xml(String processDefinitionId) {
        try (InputStream in = repository.getProcessModel(processDefinitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Diagram(String bpmnXml, List<String> activeActivityIds, List<String> completedActivityIds) {
    }
}
