package io.ipcase.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ipcase.audit.AuditActions;
import io.ipcase.audit.AuditTrail;
import io.ipcase.engine.MigrationLog.Cause;
import io.ipcase.engine.MigrationLog.Run;
import io.ipcase.engine.ModelChanges.Move;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.migration.MigrationInstructionBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the cases running on older versions of a model to its latest version, with their
 * variables, open tasks, timers and due dates, or records why a case could not move and
 * leaves it where it was. Runs once the engine has deployed the models at start-up, and
 * when an administrator asks.
 *
 * <p>
 * The plan maps equal activity ids and updates event triggers, plus the
 * {@link ModelChanges} of the version the cases leave. The models' timers read their
 * dates from variables, so an updated timer keeps its due date.
 *
 * <p>
 * Cases move in synchronous chunks, each in a transaction of its own with the cases'
 * timeline entries and the counts: the outcome of every case is known and recorded where
 * it happens. (A Camunda batch, {@code executeAsync}, would move them in the job
 * executor, where a case that cannot move fails its whole batch job as an incident, and
 * nothing of ours is written with it.) A chunk that fails is moved again case by case, so
 * one case that cannot move keeps none of the others back.
 *
 * <p>
 * A run holds the row lock of {@code model_migration_lock} in a transaction of its own
 * until it ends; a run that finds it held (another node starting at the same time) does
 * nothing.
 */
@Service
class ModelMigrations {

    static final String SYSTEM = "system";

    /**
     * Cases moved per transaction: small enough for short locks, large enough not to
     * crawl.
     */
    static final int CHUNK = 100;

    private static final Logger log = LoggerFactory.getLogger(ModelMigrations.class);

    private final RepositoryService repository;

    private final RuntimeService runtime;

    private final MigrationLog records;

    private final AuditTrail audit;

    private final ApplicationEventPublisher events;

    private final ObjectMapper json;

    private final TransactionTemplate holdingTheLock;

    private final TransactionTemplate onItsOwn;

    ModelMigrations(RepositoryService repository, RuntimeService runtime, MigrationLog records, AuditTrail audit,
            ApplicationEventPublisher events, ObjectMapper json, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.runtime = runtime;
        this.records = records;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.holdingTheLock = new TransactionTemplate(transactions);
        this.onItsOwn = new TransactionTemplate(transactions);
        this.onItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The engine deployed the models while the context started; the job executor starts
     * after this.
     */
    @EventListener(ApplicationStartedEvent.class)
    void afterDeployment() {
        try {
            run(Cause.STARTUP, SYSTEM).ifPresentOrElse(
                    run -> run.sources()
                        .forEach(s -> log.info("{} {} → {}: {} cases migrated, {} not", s.processKey(), s.fromVersion(),
                                s.toVersion(), s.migrated(), s.failed())),
                    () -> log.info("Another node is migrating running cases to the latest models"));
        }
        catch (RuntimeException e) {
            // the application still starts: the cases not moved run on as they were, and
            // an
            // administrator sees the broken run and can start another
            log.error("Migrating running cases to the latest models broke off", e);
        }
    }

    /** Runs the migration, or answers empty when another run is under way. */
    Optional<Run> run(Cause cause, String requestedBy) {
        return run(cause, requestedBy, ModelChanges.REGISTERED);
    }

    Optional<Run> run(Cause cause, String requestedBy, ModelChanges changes) {
        return holdingTheLock.execute(lock -> {
            if (!records.tryLock()) {
                return Optional.empty();
            }
            long runId = onItsOwn.execute(tx -> records.runStarted(cause, requestedBy));
            try {
                for (ProcessDefinition latest : repository.createProcessDefinitionQuery().latestVersion().list()) {
                    for (ProcessDefinition older : olderVersions(latest)) {
                        migrate(runId, older, latest, changes.leaving(older.getKey(), older.getVersionTag()));
                    }
                }
                onItsOwn.executeWithoutResult(tx -> records.runFinished(runId, null));
            }
            catch (RuntimeException e) {
                onItsOwn.executeWithoutResult(tx -> records.runFinished(runId, e.toString()));
                throw e;
            }
            return Optional.of(records.run(runId));
        });
    }

    private List<ProcessDefinition> olderVersions(ProcessDefinition latest) {
        return repository.createProcessDefinitionQuery()
            .processDefinitionKey(latest.getKey())
            .list()
            .stream()
            .filter(d -> d.getVersion() < latest.getVersion())
            .sorted(Comparator.comparingInt(ProcessDefinition::getVersion))
            .toList();
    }

    private void migrate(long runId, ProcessDefinition from, ProcessDefinition to, List<Move> moves) {
        if (runtime.createProcessInstanceQuery().processDefinitionId(from.getId()).count() == 0) {
            return;
        }
        long sourceId = onItsOwn.execute(tx -> records.sourceFound(runId, from, to));
        MigrationPlan plan;
        String planFailure = null;
        try {
            plan = plan(from, to, moves);
        }
        catch (MigrationPlanValidationException e) {
            plan = null;
            planFailure = reason(e);
        }
        // a chunk at a time, never every case in memory: the cases that move leave the
        // query, those
        // that cannot stay in front of the rest (the query is ordered by id), so they are
        // skipped
        int stayed = 0;
        List<ProcessInstance> chunk;
        while (!(chunk = runtime.createProcessInstanceQuery()
            .processDefinitionId(from.getId())
            .orderByProcessInstanceId()
            .asc()
            .listPage(stayed, CHUNK)).isEmpty()) {
            if (plan == null) {
                String reason = planFailure;
                List<ProcessInstance> cases = chunk;
                onItsOwn.executeWithoutResult(
                        tx -> cases.forEach(i -> records.failed(sourceId, i.getId(), i.getBusinessKey(), reason)));
                stayed += chunk.size();
                continue;
            }
            try {
                MigrationPlan moving = plan;
                List<ProcessInstance> cases = chunk;
                onItsOwn.executeWithoutResult(tx -> move(sourceId, moving, cases, from, to));
            }
            catch (RuntimeException e) {
                stayed += moveOneByOne(sourceId, plan, chunk, from, to);
            }
        }
    }

    /**
     * Moves the cases one by one, recording those that cannot move; answers how many
     * stayed.
     */
    private int moveOneByOne(long sourceId, MigrationPlan plan, List<ProcessInstance> chunk, ProcessDefinition from,
            ProcessDefinition to) {
        int stayed = 0;
        for (ProcessInstance instance : chunk) {
            try {
                onItsOwn.executeWithoutResult(tx -> move(sourceId, plan, List.of(instance), from, to));
            }
            catch (RuntimeException e) {
                stayed++;
                onItsOwn.executeWithoutResult(
                        tx -> records.failed(sourceId, instance.getId(), instance.getBusinessKey(), reason(e)));
            }
        }
        return stayed;
    }

    /**
     * Moves the chunk's cases that still run on the old version (one may have ended
     * meanwhile).
     */
    private void move(long sourceId, MigrationPlan plan, List<ProcessInstance> chunk, ProcessDefinition from,
            ProcessDefinition to) {
        Set<String> ids = new HashSet<>();
        chunk.forEach(i -> ids.add(i.getId()));
        List<ProcessInstance> running = runtime.createProcessInstanceQuery()
            .processInstanceIds(ids)
            .processDefinitionId(from.getId())
            .list();
        if (running.isEmpty()) {
            return;
        }
        runtime.newMigration(plan).processInstanceIds(running.stream().map(ProcessInstance::getId).toList()).execute();
        records.migrated(sourceId, running.size());
        String details = details(from, to);
        for (ProcessInstance instance : running) {
            UUID caseId = caseIdOf(instance);
            if (caseId != null) {
                audit.record(SYSTEM, AuditActions.MODEL_MIGRATED, caseId, details);
            }
            events.publishEvent(
                    new ProcessInstanceMigrated(instance.getId(), caseId, from.getKey(), from.getId(), to.getId()));
        }
    }

    private MigrationPlan plan(ProcessDefinition from, ProcessDefinition to, List<Move> moves) {
        MigrationPlanBuilder plan = runtime.createMigrationPlan(from.getId(), to.getId())
            .mapEqualActivities()
            .updateEventTriggers();
        BpmnModelInstance target = moves.isEmpty() ? null : repository.getBpmnModelInstance(to.getId());
        for (Move move : moves) {
            MigrationInstructionBuilder instruction = plan.mapActivities(move.from(), move.to());
            plan = receivesEvents(target.getModelElementById(move.to())) ? instruction.updateEventTrigger()
                    : instruction;
        }
        return plan.build();
    }

    /**
     * Whether the activity waits for a message, a signal or a timer, whose trigger then
     * follows the new model.
     */
    private static boolean receivesEvents(ModelElementInstance activity) {
        return activity instanceof ReceiveTask
                || activity instanceof CatchEvent event && !event.getEventDefinitions().isEmpty();
    }

    private String details(ProcessDefinition from, ProcessDefinition to) {
        try {
            return json.writeValueAsString(Map.of("process", from.getKey(), "from", label(from), "to", label(to)));
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The model's versionTag, or its version number where it has none. */
    private static String label(ProcessDefinition definition) {
        return definition.getVersionTag() != null ? definition.getVersionTag() : "v" + definition.getVersion();
    }

    private static UUID caseIdOf(ProcessInstance instance) {
        try {
            return instance.getBusinessKey() == null ? null : UUID.fromString(instance.getBusinessKey());
        }
        catch (IllegalArgumentException notACase) {
            return null;
        }
    }

    /**
     * The engine's own words for why a case cannot move, per activity where it says so.
     */
    static String reason(RuntimeException e) {
        List<String> lines = new ArrayList<>();
        if (e instanceof MigratingProcessInstanceValidationException invalid) {
            MigratingProcessInstanceValidationReport report = invalid.getValidationReport();
            lines.addAll(report.getFailures());
            report.getActivityInstanceReports()
                .forEach(r -> r.getFailures().forEach(f -> lines.add(r.getSourceScopeId() + ": " + f)));
            report.getTransitionInstanceReports()
                .forEach(r -> r.getFailures().forEach(f -> lines.add(r.getSourceScopeId() + ": " + f)));
        }
        else if (e instanceof MigrationPlanValidationException invalid) {
            invalid.getValidationReport()
                .getInstructionReports()
                .forEach(r -> r.getFailures()
                    .forEach(f -> lines.add(r.getMigrationInstruction().getSourceActivityId() + " → "
                            + r.getMigrationInstruction().getTargetActivityId() + ": " + f)));
        }
        if (lines.isEmpty()) {
            lines.add(e.getMessage() != null ? e.getMessage() : e.getClass().getName());
        }
        return String.join("; ", lines);
    }

}
