package io.ipcase.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.ipcase.security.StaffDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    private final AuditChain chain;

    AuditTrail(JdbcClient jdbc, StaffDirectory staff, ObjectMapper mapper, Clock clock, AuditChain chain) {
        this.chain = chain;
        this.jdbc = jdbc;
        this.staff = staff;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, UUID caseId, String details) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into audit_events (occurred_at, actor, action, case_id, details)
                values (:at, :actor, :action, :caseId, :details)""")
            .param("at", OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS))
            .param("actor", actor.length() > 64 ? actor.substring(0, 64) : actor)
            .param("action", action)
            .param("caseId", caseId)
            .param("details", details)
            .update(key, "id");
        toSeal().add(key.getKeyAs(Number.class).longValue());
    }

    /**
     * The events this transaction recorded, sealed into the hash chain as it commits (see
     * {@link AuditChain}).
     */
    @SuppressWarnings("unchecked")
    private List<Long> toSeal() {
        List<Long> ids = (List<Long>) TransactionSynchronizationManager.getResource(this);
        if (ids == null) {
            List<Long> recorded = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, recorded);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    chain.seal(List.copyOf(recorded));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this);
                }
            });
            ids = recorded;
        }
        return ids;
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
        List<AuditEvent> events = events(caseId);
        Map<String, String> names = staff.displayNames(events.stream().map(AuditEvent::actor).toList());
        return events.stream()
            .map(e -> new AuditEvent(e.at(), e.actor(), e.actor() == null ? null : names.get(e.actor()), e.action(),
                    e.details()))
            .toList();
    }

    /**
     * A case's timeline as its parties see it: people by the names they are shown by,
     * never by the login names of their accounts (an actor, or a person the details name,
     * such as whom a task went to).
     */
    public List<AuditEvent> forParties(UUID caseId) {
        List<AuditEvent> events = events(caseId);
        List<ObjectNode> details = events.stream().map(e -> detailsObject(e.details())).toList();
        List<String> people = new ArrayList<>(events.stream().map(AuditEvent::actor).toList());
        // some entries name people as their whole details: the officer a recusal names,
        // the
        // members of a panel (comma-separated)
        events.stream()
            .map(AuditEvent::details)
            .filter(Objects::nonNull)
            .forEach(text -> people.addAll(List.of(text.split(","))));
        details.stream()
            .filter(Objects::nonNull)
            .forEach(d -> d.properties()
                .forEach(p -> people.add(p.getValue().isTextual() ? p.getValue().asText() : null)));
        Map<String, String> names = staff.displayNames(people);
        List<AuditEvent> shown = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            AuditEvent e = events.get(i);
            ObjectNode d = details.get(i);
            if (d != null) {
                d.properties().forEach(p -> {
                    if (p.getValue().isTextual() && names.containsKey(p.getValue().asText())) {
                        p.setValue(TextNode.valueOf(names.get(p.getValue().asText())));
                    }
                });
            }
            String name = names.get(e.actor());
            String shownDetails = d != null ? d.toString() : namesIn(e.details(), names);
            shown.add(new AuditEvent(e.at(), name == null ? e.actor() : name, name, e.action(), shownDetails));
        }
        return shown;
    }

    /** Plain details that name people (one, or several separated by commas) by name. */
    private static @Nullable String namesIn(@Nullable String details, Map<String, String> names) {
        if (details == null) {
            return null;
        }
        String[] parts = details.split(",");
        if (!Arrays.stream(parts).allMatch(names::containsKey)) {
            return details;
        }
        return String.join("、", Arrays.stream(parts).map(names::get).toList());
    }

    private List<AuditEvent> events(UUID caseId) {
        return jdbc.sql("""
                select e.occurred_at, e.actor, e.action, e.details from audit_events e
                where e.case_id = :caseId order by e.occurred_at, e.id""")
            .param("caseId", caseId)
            .query((rs, i) -> new AuditEvent(rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
                    null, rs.getString("action"), rs.getString("details")))
            .list();
    }

    private @Nullable ObjectNode detailsObject(@Nullable String details) {
        if (details == null || !details.startsWith("{")) {
            return null;
        }
        try {
            return mapper.readTree(details) instanceof ObjectNode object ? object : null;
        }
        catch (JsonProcessingException e) {
            return null;
        }
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
