package io.ipcase.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of who did what to which case. Every write joins the caller's
 * transaction, so a change and its audit record are committed or rolled back together.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, UUID caseId, String details) {
        jdbc.sql("""
                insert into audit_events (occurred_at, actor, action, case_id, details)
                values (:at, :actor, :action, :caseId, :details)""")
            .param("at", OffsetDateTime.now(clock))
            .param("actor", actor)
            .param("action", action)
            .param("caseId", caseId)
            .param("details", details)
            .update();
    }

    public List<AuditEvent> forCase(UUID caseId) {
        return jdbc.sql("""
                select occurred_at, actor, action, details from audit_events
                where case_id = :caseId order by occurred_at, id""")
            .param("caseId", caseId)
            .query((rs, i) -> new AuditEvent(rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("actor"), rs.getString("action"), rs.getString("details")))
            .list();
    }

    public record AuditEvent(OffsetDateTime at, String actor, String action, String details) {
    }
}
