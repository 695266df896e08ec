package io.ipcase.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
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
                select e.occurred_at, e.actor, u.display_name, e.action, e.details
                from audit_events e left join app_users u on u.username = e.actor
                where e.case_id = :caseId order by e.occurred_at, e.id""")
            .param("caseId", caseId)
            .query((rs, i) -> new AuditEvent(rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("actor"), rs.getString("display_name"), rs.getString("action"), rs.getString("details")))
            .list();
    }

    /** An entry of a case's timeline; {@code actorName} is the person's display name, if they have an account. */
    @NullMarked
    public record AuditEvent(OffsetDateTime at, String actor, @Nullable String actorName, String action,
                             @Nullable String details) {
    }
}
