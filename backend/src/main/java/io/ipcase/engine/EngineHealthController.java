package io.ipcase.engine;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.ipcase.web.NotFoundException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The engine's health for administrators (/api/admin/**): the jobs that failed and have
 * no retries left (each an incident holding its case still), with the case and the error,
 * and a retry that hands the job back to the job executor.
 */
@RestController
class EngineHealthController {

    private final ManagementService management;

    private final RuntimeService runtime;

    private final RepositoryService repository;

    EngineHealthController(ManagementService management, RuntimeService runtime, RepositoryService repository) {
        this.management = management;
        this.runtime = runtime;
        this.repository = repository;
    }

    @GetMapping("/api/admin/engine/health")
    EngineHealth health() {
        List<Job> failed = management.createJobQuery().noRetriesLeft().orderByJobDuedate().asc().listPage(0, 500);
        String[] instanceIds = failed.stream()
            .map(Job::getProcessInstanceId)
            .filter(id -> id != null)
            .distinct()
            .toArray(String[]::new);
        Map<String, String> caseIds = instanceIds.length == 0 ? Map.of()
                : runtime.createProcessInstanceQuery()
                    .processInstanceIds(Set.of(instanceIds))
                    .list()
                    .stream()
                    .filter(p -> p.getBusinessKey() != null)
                    .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        String[] definitionIds = failed.stream()
            .map(Job::getProcessDefinitionId)
            .filter(id -> id != null)
            .distinct()
            .toArray(String[]::new);
        Map<String, ProcessDefinition> definitions = definitionIds.length == 0 ? Map.of()
                : repository.createProcessDefinitionQuery()
                    .processDefinitionIdIn(definitionIds)
                    .list()
                    .stream()
                    .collect(Collectors.toMap(ProcessDefinition::getId, Function.identity()));
        List<FailedJob> jobs = failed.stream().map(job -> {
            ProcessDefinition definition = definitions.get(job.getProcessDefinitionId());
            return new FailedJob(job.getId(), job.getProcessInstanceId(), caseIds.get(job.getProcessInstanceId()),
                    definition == null ? job.getProcessDefinitionKey() : definition.getKey(),
                    definition == null ? null : definition.getName(), job.getFailedActivityId(),
                    job.getExceptionMessage(), job.getDuedate(), job.getCreateTime());
        }).toList();
        return new EngineHealth(jobs, management.createJobQuery().noRetriesLeft().count(),
                runtime.createIncidentQuery().count(), management.createJobQuery().executable().count());
    }

    /** Gives a failed job one more try; the job executor runs it as soon as it can. */
    @PostMapping("/api/admin/engine/failed-jobs/{jobId}/retry")
    ResponseEntity<Void> retry(@PathVariable String jobId) {
        Job job = management.createJobQuery().jobId(jobId).singleResult();
        if (job == null) {
            throw new NotFoundException("job " + jobId);
        }
        management.setJobRetries(jobId, 1);
        return ResponseEntity.noContent().build();
    }

    /**
     * @param caseId the business key of the job's process instance: every model's is the
     * case's id
     * @param failedActivityId the step that failed
     */
    @NullMarked
    record FailedJob(String id, @Nullable String processInstanceId, @Nullable String caseId,
            @Nullable String processKey, @Nullable String processName, @Nullable String failedActivityId,
            @Nullable String exceptionMessage, @Nullable Date dueDate, @Nullable Date createdAt) {
    }

    /**
     * @param failedJobs the failed jobs (the first 500)
     * @param failedCount every failed job
     * @param incidents open incidents
     * @param dueJobs jobs waiting for the job executor now
     */
    @NullMarked
    record EngineHealth(List<FailedJob> failedJobs, long failedCount, long incidents, long dueJobs) {
    }

}
