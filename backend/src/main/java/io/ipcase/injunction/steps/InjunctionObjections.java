package io.ipcase.injunction.steps;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The respondent's objections to an injunction in force: at most one open at a time. */
@Component
public class InjunctionObjections {

    private final JdbcClient jdbc;

    private final Clock clock;

    InjunctionObjections(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Open(long id, String grounds, String filedBy) {
    }

    public Optional<Open> open(UUID caseId) {
        return jdbc.sql("""
                select id, grounds, filed_by from injunction_objections where case_id = :id and decided_at is null""")
            .param("id", caseId)
            .query(Open.class)
            .optional();
    }

    public void file(UUID caseId, String grounds, String by, OffsetDateTime at) {
        jdbc.sql("""
                insert into injunction_objections (case_id, grounds, filed_by, filed_at)
                values (:id, :grounds, :by, :at)""")
            .param("id", caseId)
            .param("grounds", grounds)
            .param("by", by)
            .param("at", at)
            .update();
    }

    void decide(long objectionId, boolean sustained, String reasons, String by) {
        jdbc.sql("""
                update injunction_objections set sustained = :s, reasons = :r, decided_by = :by, decided_at = :at
                where id = :id""")
            .param("s", sustained)
            .param("r", reasons)
            .param("by", by)
            .param("at", OffsetDateTime.now(clock))
            .param("id", objectionId)
            .update();
    }

}
