package io.ipcase.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail as a hash chain. Each event carries {@code seq} (its place, without
 * gaps), {@code prev_hash} (the hash of the event before it) and {@code hash}: SHA-256 of
 * its canonical fields and {@code prev_hash}. A transaction seals the events it recorded
 * as it commits, holding the lock of the chain's head row ({@code audit_chain_head}) only
 * from then to its commit: the order of the chain is the order of commits, no two
 * transactions append at once, and a transaction never waits for another lock while it
 * holds this one. A changed field, a removed or inserted event, or a cut-off end breaks
 * the chain from there on, which {@link #verify()} reports.
 */
@Service
@Order(-10)
public class AuditChain implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);

    private static final int PAGE = 5000;

    private final JdbcClient jdbc;

    AuditChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Seals these events of the current transaction, in order, at the end of the chain.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void seal(List<Long> ids) {
        Head head = jdbc.sql("select seq, hash from audit_chain_head where id = 1 for update")
            .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2)))
            .single();
        List<Row> rows = jdbc.sql("""
                select id, seq, occurred_at, actor, action, case_id, details, prev_hash, hash
                from audit_events where id in (:ids) and seq is null order by id""")
            .param("ids", ids)
            .query(AuditChain::row)
            .list();
        append(head, rows);
    }

    /**
     * Events recorded before the chain existed are chained once, in the order they were
     * recorded, when the application first starts with it.
     */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Boolean sealed = jdbc.sql("select legacy_sealed from audit_chain_head where id = 1 for update")
            .query(Boolean.class)
            .single();
        if (sealed) {
            return;
        }
        Head head = jdbc.sql("select seq, hash from audit_chain_head where id = 1")
            .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2)))
            .single();
        List<Row> rows = jdbc.sql("""
                select id, seq, occurred_at, actor, action, case_id, details, prev_hash, hash
                from audit_events where seq is null order by id""").query(AuditChain::row).list();
        append(head, rows);
        jdbc.sql("update audit_chain_head set legacy_sealed = true where id = 1").update();
        if (!rows.isEmpty()) {
            log.info("Chained {} audit events recorded before the audit trail was a hash chain", rows.size());
        }
    }

    private void append(Head head, List<Row> rows) {
        long seq = head.seq();
        String previous = head.hash();
        for (Row row : rows) {
            seq++;
            String hash = hash(seq, row, previous);
            jdbc.sql("update audit_events set seq = :seq, prev_hash = :prev, hash = :hash where id = :id")
                .param("seq", seq)
                .param("prev", previous)
                .param("hash", hash)
                .param("id", row.id())
                .update();
            previous = hash;
        }
        if (!rows.isEmpty()) {
            jdbc.sql("update audit_chain_head set seq = :seq, hash = :hash where id = 1")
                .param("seq", seq)
                .param("hash", previous)
                .update();
        }
    }

    /**
     * Walks the whole chain from its first event and reports the first broken link: an
     * event whose fields no longer give its hash, whose {@code prev_hash} is not the hash
     * before it, a gap in {@code seq} (an event removed), an event outside the chain (one
     * inserted), or an end that is not the head's (events cut off).
     */
    @Transactional(readOnly = true)
    public Verification verify() {
        Long unsealed = jdbc.sql("select min(id) from audit_events where hash is null or seq is null")
            .query(Long.class)
            .optional()
            .orElse(null);
        long expected = 1;
        String previous = null;
        long checked = 0;
        while (true) {
            List<Row> page = jdbc.sql("""
                    select id, seq, occurred_at, actor, action, case_id, details, prev_hash, hash
                    from audit_events where seq >= :from order by seq fetch first %d rows only""".formatted(PAGE))
                .param("from", expected)
                .query(AuditChain::row)
                .list();
            for (Row row : page) {
                if (row.seq() != expected) {
                    return broken(checked, expected, null, "missing", previous);
                }
                if (!Objects.equals(previous, row.prevHash())) {
                    return broken(checked, row.seq(), row.id(), "previous-hash-mismatch", previous);
                }
                if (!hash(row.seq(), row, previous).equals(row.hash())) {
                    return broken(checked, row.seq(), row.id(), "hash-mismatch", previous);
                }
                previous = row.hash();
                expected++;
                checked++;
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        Head head = jdbc.sql("select seq, hash from audit_chain_head where id = 1")
            .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2)))
            .single();
        if (head.seq() != expected - 1 || !Objects.equals(head.hash(), previous)) {
            return broken(checked, expected, null, "end-missing", previous);
        }
        if (unsealed != null) {
            return broken(checked, null, unsealed, "outside-chain", previous);
        }
        return new Verification(true, checked, null, previous);
    }

    private static Verification broken(long checked, @Nullable Long seq, @Nullable Long id, String problem,
            @Nullable String lastGoodHash) {
        return new Verification(false, checked, new BrokenLink(seq, id, problem), lastGoodHash);
    }

    /**
     * The canonical form of an event: each field on its own, length-prefixed, so no two
     * different events read the same; the instant in UTC to the microsecond.
     */
    static String hash(long seq, Row row, @Nullable String previous) {
        StringBuilder canonical = new StringBuilder();
        field(canonical, Long.toString(seq));
        field(canonical, row.occurredAt().toInstant().toString());
        field(canonical, row.actor());
        field(canonical, row.action());
        field(canonical, row.caseId() == null ? null : row.caseId().toString());
        field(canonical, row.details());
        field(canonical, previous);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void field(StringBuilder canonical, @Nullable String value) {
        if (value == null) {
            canonical.append("-;");
        }
        else {
            canonical.append(value.length()).append(':').append(value).append(';');
        }
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        long seq = rs.getLong("seq");
        return new Row(rs.getLong("id"), rs.wasNull() ? null : seq, rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("actor"), rs.getString("action"), rs.getObject("case_id", UUID.class),
                rs.getString("details"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    record Row(long id, @Nullable Long seq, OffsetDateTime occurredAt, String actor, String action,
            @Nullable UUID caseId, @Nullable String details, @Nullable String prevHash, @Nullable String hash) {
    }

    private record Head(long seq, @Nullable String hash) {
    }

    /**
     * The outcome of a verification: intact, or the first broken link. {@code headHash}
     * is the hash of the last good event: kept somewhere else, it shows later whether the
     * chain was rewritten from there.
     */
    @NullMarked
    public record Verification(boolean intact, long eventsChecked, @Nullable BrokenLink firstBrokenLink,
            @Nullable String headHash) {
    }

    /**
     * Where the chain breaks: the event's place ({@code seq}) and id where known, and
     * what is wrong: hash-mismatch (its fields were changed), previous-hash-mismatch,
     * missing (an event removed), end-missing (events cut off at the end), outside-chain
     * (an event inserted without being chained).
     */
    @NullMarked
    public record BrokenLink(@Nullable Long seq, @Nullable Long id, String problem) {
    }

}
