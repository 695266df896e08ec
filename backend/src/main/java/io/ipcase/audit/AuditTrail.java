package io.ipcase.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ipcase.security.StaffDirectory;
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

    private final StaffDirectory staff;

    private final ObjectMapper mapper;

    private final Clock clock;

    AuditTrail(JdbcClient jdbc, StaffDirectory staff, ObjectMapper mapper, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.mapper = mapper;
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

    /**
     * As {@link #record}, with details given as names and values and kept as a JSON
     * object.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordWithDetails(String actor, String action, UUID caseId, Map<String, ?> details) {
        try {
            record(actor, action, caseId, mapper.writeValueAsString(details));
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<AuditEvent> forCase(UUID caseId) {
        List<AuditEvent> events = jdbc.sql("""
                select e.occurred_at, e.actor, e.action, e.details from audit_events e
                where e.case_id = :caseId order by e.occurred_at, e.id""")
            .param("caseId", caseId)
            .query((rs, i) -> new AuditEvent(rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
                    null, rs.getString("action"), rs.getString("details")))
            .list();
        Map<String, String> names = staff.displayNames(events.stream().map(AuditEvent::actor).toList());
        return events.stream()
            .map(e -> new AuditEvent(e.at(), e.actor(), e.actor() == null ? null : names.get(e.actor()), e.action(),
                    e.details()))
            .toList();
    }

    /**
     * An entry of a case's timeline; {@code actorName} is the person's display name, if
     * they have an account.
     */
    @NullMarked
    public record AuditEvent(OffsetDateTime at, String actor, @Nullable String actorName, String action,
            @Nullable String details) {
    }

}
