package io.ipcase.engine;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * What the migration runs did (tables {@code model_migration_*}): per run and per older
 * version of a model, how many cases moved and which did not, with the reason. Every
 * write joins the caller's transaction.
 */
@Component
class MigrationLog {

    /** The administrator's page shows the latest runs; older ones stay in the table. */
    private static final int RECENT_RUNS = 20;

    private static final int MAX_REASON = 4000;

    private final JdbcClient jdbc;

    private final Clock clock;

    MigrationLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Locks the one row of {@code model_migration_lock} until the caller's transaction
     * ends, unless another run holds it: then answers false at once instead of waiting.
     */
    boolean tryLock() {
        return jdbc.sql("select id from model_migration_lock where id = 1 for update skip locked")
            .query(Integer.class)
            .optional()
            .isPresent();
    }

    long runStarted(Cause cause, String requestedBy) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into model_migration_runs (cause, requested_by, started_at)
                values (:cause, :by, :at)""")
            .param("cause", cause.name())
            .param("by", requestedBy)
            .param("at", OffsetDateTime.now(clock))
            .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void runFinished(long runId, String failure) {
        jdbc.sql("update model_migration_runs set finished_at = :at, failure = :failure where id = :id")
            .param("at", OffsetDateTime.now(clock))
            .param("failure", truncate(failure))
            .param("id", runId)
            .update();
    }

    long sourceFound(long runId, ProcessDefinition from, ProcessDefinition to) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into model_migration_sources (run_id, process_key, from_definition_id, from_version,
                    from_version_tag, to_definition_id, to_version, to_version_tag)
                values (:run, :key, :fromId, :fromVersion, :fromTag, :toId, :toVersion, :toTag)""")
            .param("run", runId)
            .param("key", from.getKey())
            .param("fromId", from.getId())
            .param("fromVersion", from.getVersion())
            .param("fromTag", from.getVersionTag())
            .param("toId", to.getId())
            .param("toVersion", to.getVersion())
            .param("toTag", to.getVersionTag())
            .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void migrated(long sourceId, int count) {
        jdbc.sql("update model_migration_sources set migrated = migrated + :n where id = :id")
            .param("n", count)
            .param("id", sourceId)
            .update();
    }

    void failed(long sourceId, String processInstanceId, String businessKey, String reason) {
        jdbc.sql("""
                insert into model_migration_failures (source_id, process_instance_id, business_key, reason)
                values (:source, :pi, :key, :reason)""")
            .param("source", sourceId)
            .param("pi", processInstanceId)
            .param("key", businessKey)
            .param("reason", truncate(reason))
            .update();
        jdbc.sql("update model_migration_sources set failed = failed + 1 where id = :id")
            .param("id", sourceId)
            .update();
    }

    Run run(long runId) {
        return runs("where r.id = :id", Map.of("id", runId)).get(0);
    }

    List<Run> recent() {
        return runs("where r.id in (select id from model_migration_runs order by id desc fetch first " + RECENT_RUNS
                + " rows only)", Map.of());
    }

    private List<Run> runs(String where, Map<String, Object> params) {
        Map<Long, Run> runs = new LinkedHashMap<>();
        jdbc.sql("select r.* from model_migration_runs r " + where + " order by r.id desc").params(params).query(rs -> {
            runs.put(rs.getLong("id"), new Run(rs.getLong("id"), Cause.valueOf(rs.getString("cause")),
                    rs.getString("requested_by"), rs.getObject("started_at", OffsetDateTime.class),
                    rs.getObject("finished_at", OffsetDateTime.class), rs.getString("failure"), new ArrayList<>()));
        });
        Map<Long, Source> sources = new LinkedHashMap<>();
        jdbc.sql("select s.* from model_migration_sources s join model_migration_runs r on r.id = s.run_id " + where
                + " order by s.id")
            .params(params)
            .query(rs -> {
                Source source = new Source(rs.getString("process_key"), rs.getString("from_definition_id"),
                        rs.getInt("from_version"), rs.getString("from_version_tag"), rs.getString("to_definition_id"),
                        rs.getInt("to_version"), rs.getString("to_version_tag"), rs.getInt("migrated"),
                        rs.getInt("failed"), new ArrayList<>());
                sources.put(rs.getLong("id"), source);
                runs.get(rs.getLong("run_id")).sources().add(source);
            });
        jdbc.sql("""
                select f.* from model_migration_failures f
                join model_migration_sources s on s.id = f.source_id
                join model_migration_runs r on r.id = s.run_id
                """ + where + " order by f.id").params(params).query(rs -> {
            sources.get(rs.getLong("source_id"))
                .failures()
                .add(new Failure(rs.getString("process_instance_id"), rs.getString("business_key"),
                        rs.getString("reason")));
        });
        return List.copyOf(runs.values());
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 1) + "…";
    }

    enum Cause {

        STARTUP, ADMINISTRATOR

    }

    /** A run: when, why, and per older model version what happened to its cases. */
    record Run(long id, Cause cause, String requestedBy, OffsetDateTime startedAt, OffsetDateTime finishedAt,
            String failure, List<Source> sources) {
    }

    /**
     * The cases of one older version of a model, moved to the latest version or left
     * where they were.
     */
    record Source(String processKey, String fromDefinitionId, int fromVersion, String fromVersionTag,
            String toDefinitionId, int toVersion, String toVersionTag, int migrated, int failed,
            List<Failure> failures) {
    }

    /**
     * A case left on its old version; {@code caseId} is the process instance's business
     * key.
     */
    record Failure(String processInstanceId, String caseId, String reason) {
    }

}
