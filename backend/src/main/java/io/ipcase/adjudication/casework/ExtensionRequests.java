package io.ipcase.adjudication.casework;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.engine.Procedure;
import io.ipcase.security.AppUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A request for more time (for the acceptance review, for the case period) waits for a
 * superior's decision: it is kept with who asked, when and why, audited, and the model is
 * told, which opens the approval task. The caller has checked that the request may be
 * made.
 */
@Component
public class ExtensionRequests {

    /**
     * What is extended: the table that keeps its requests ({@code case_id},
     * {@code requested_by}, {@code requested_at}, {@code reasons}), the audit action, the
     * model's message, and the problem when the model is not waiting for it.
     */
    public record Kind(String table, String auditAction, String message, String notNowProblem) {
    }

    private final Procedure procedure;

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final Clock clock;

    ExtensionRequests(Procedure procedure, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.procedure = procedure;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public void file(AppUser user, UUID caseId, Kind kind, String reasons, @Nullable String auditDetails) {
        jdbc.sql("insert into " + kind.table() + " (case_id, requested_by, requested_at, reasons)"
                + " values (:id, :by, :at, :reasons)")
            .param("id", caseId)
            .param("by", user.getUsername())
            .param("at", OffsetDateTime.now(clock))
            .param("reasons", reasons.strip())
            .update();
        audit.record(user.getUsername(), kind.auditAction(), caseId, auditDetails);
        procedure.tell(caseId, kind.message(), Map.of(), kind.notNowProblem());
    }

}
