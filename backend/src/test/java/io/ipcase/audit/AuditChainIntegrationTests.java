package io.ipcase.audit;

import static io.ipcase.support.TestUsers.ADMIN;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail is a hash chain: the application cannot change or remove an event, and
 * a change made past it, directly in the database, is found by the verification.
 */
class AuditChainIntegrationTests extends PostgresIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditChain chain;

    @Autowired
    TransactionTemplate tx;

    private final List<Runnable> undo = new ArrayList<>();

    @AfterEach
    void repair() {
        undo.forEach(Runnable::run);
        undo.clear();
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void eventsRecordedAtOnceByManyTransactionsFormOneUnbrokenChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            done.add(pool.submit(() -> tx.executeWithoutResult(s -> {
                audit.record("t.concurrent", "TEST_EVENT", null, "event " + n + " a");
                audit.record("t.concurrent", "TEST_EVENT", null, "event " + n + " b");
            })));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        AuditChain.Verification verification = chain.verify();

        assertThat(verification.intact()).as(String.valueOf(verification)).isTrue();
        assertThat(count("select count(*) from audit_events where actor = 't.concurrent' and hash is null")).isZero();
        assertThat(count("select count(*) from audit_events where actor = 't.concurrent'")).isEqualTo(80);
    }

    @Test
    void theApplicationsDatabaseRoleCannotChangeOrRemoveAnAuditEvent() {
        long id = recordOne("untouchable");

        assertThatThrownBy(
                () -> jdbc.sql("update audit_events set details = 'changed' where id = :id").param("id", id).update())
            .isInstanceOf(DataAccessException.class)
            .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_events where id = :id").param("id", id).update())
            .isInstanceOf(DataAccessException.class)
            .hasMessageContaining("append-only");
    }

    /**
     * The trigger stops the application, not the database's owner: with triggers switched
     * off for its session (session_replication_role, which only a superuser may set) the
     * owner changes a row as an intruder with the owner's rights would. The verification
     * finds the changed row.
     */
    @Test
    void aRowChangedDirectlyInTheDatabaseBreaksTheChainThereAndTheAdministratorIsTold() throws Exception {
        long id = recordOne("the original words");
        String original = jdbc.sql("select details from audit_events where id = :id")
            .param("id", id)
            .query(String.class)
            .single();
        long seq = jdbc.sql("select seq from audit_events where id = :id").param("id", id).query(Long.class).single();

        asOwnerWithoutTriggers("update audit_events set details = 'forged words' where id = " + id);
        undo.add(() -> asOwnerWithoutTriggers(
                "update audit_events set details = '" + original.replace("'", "''") + "' where id = " + id));

        JsonNode verification = as(ADMIN).get("/api/admin/audit/verification").json();
        assertThat(verification.get("intact").asBoolean()).isFalse();
        assertThat(verification.get("firstBrokenLink").get("seq").asLong()).isEqualTo(seq);
        assertThat(verification.get("firstBrokenLink").get("id").asLong()).isEqualTo(id);
        assertThat(verification.get("firstBrokenLink").get("problem").asText()).isEqualTo("hash-mismatch");
        assertThat(AuditVerificationCommand.describe(chain.verify())).contains("BROKEN").contains("seq " + seq);
    }

    @Test
    void aRowRemovedDirectlyInTheDatabaseIsMissingFromTheChain() {
        long id = recordOne("to be removed");
        recordOne("the one after");
        long seq = jdbc.sql("select seq from audit_events where id = :id").param("id", id).query(Long.class).single();
        List<String> row = jdbc.sql("""
                select cast(id as varchar), cast(occurred_at as varchar), actor, action, details, prev_hash, hash
                from audit_events where id = :id""")
            .param("id", id)
            .query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7)))
            .single();

        asOwnerWithoutTriggers("delete from audit_events where id = " + id);
        undo.add(() -> asOwnerWithoutTriggers("""
                insert into audit_events (id, occurred_at, actor, action, details, seq, prev_hash, hash)
                values (%s, '%s', '%s', '%s', '%s', %d, '%s', '%s')""".formatted(row.get(0), row.get(1), row.get(2),
                row.get(3), row.get(4), seq, row.get(5), row.get(6))));

        AuditChain.Verification verification = chain.verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenLink().seq()).isEqualTo(seq);
        assertThat(verification.firstBrokenLink().problem()).isEqualTo("missing");
    }

    @Test
    void everyUseOfTheEnginesRestApiIsAudited() {
        int before = count("select count(*) from audit_events where action = 'ENGINE_REST_USED'");

        assertThat(as(ADMIN).get("/engine-rest/process-definition/count").status()).isEqualTo(200);
        assertThat(as(OFFICER_YUBEI).get("/engine-rest/process-definition/count").status()).isEqualTo(403);

        assertThat(count("select count(*) from audit_events where action = 'ENGINE_REST_USED'")).isEqualTo(before + 1);
        String details = jdbc
            .sql("select details from audit_events where action = 'ENGINE_REST_USED' and actor = :a order by id desc")
            .param("a", ADMIN)
            .query(String.class)
            .list()
            .get(0);
        assertThat(details).contains("\"method\":\"GET\"")
            .contains("/engine-rest/process-definition/count")
            .contains("\"status\":200");
    }

    @Test
    void onlyAdministratorsVerify() {
        assertThat(as(SUPERVISOR_YUBEI).get("/api/admin/audit/verification").status()).isEqualTo(403);
        assertThat(as(OFFICER_YUBEI).get("/api/admin/audit/verification").status()).isEqualTo(403);
        assertThat(as(ADMIN).get("/api/admin/audit/verification").json().get("intact").asBoolean()).isTrue();
    }

    private long recordOne(String details) {
        tx.executeWithoutResult(s -> audit.record("t.chain", "TEST_EVENT", null, details));
        return jdbc.sql("select max(id) from audit_events where actor = 't.chain' and details = :d")
            .param("d", details)
            .query(Long.class)
            .single();
    }

    private void asOwnerWithoutTriggers(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            s.execute(sql);
            s.execute("set session_replication_role = origin");
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

}
