package io.ipcase.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.Cases;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockChanged;
import io.ipcase.deadlines.ClockState;
import io.ipcase.deadlines.ClockView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code inbox_clocks} in step with the case clocks: every change of a clock is
 * published as {@link ClockChanged} inside the transaction that made it, and written here
 * in that same transaction, so the board never shows a clock the database does not hold.
 * A stopped clock leaves the table. What passes with time alone (a running clock reaching
 * its warning point or its expiry) is not written: the board's queries compare the stored
 * instants with now. A paused clock's deadline moves each day it stays paused; those few
 * rows are recomputed every hour, and the board recomputes the paused clocks it shows.
 */
@Component
class ClockReadModel {

    private static final Logger log = LoggerFactory.getLogger(ClockReadModel.class);

    private static final int BACKFILL_BATCH = 500;

    private final JdbcClient jdbc;

    private final Cases cases;

    private final CaseClocks clocks;

    private final TransactionTemplate transactions;

    private final Clock clock;

    ClockReadModel(JdbcClient jdbc, Cases cases, CaseClocks clocks, PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.clocks = clocks;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @EventListener
    void onClockChanged(ClockChanged changed) {
        write(changed.clock());
    }

    void write(ClockView view) {
        if (view.state() == ClockState.STOPPED) {
            jdbc.sql("delete from inbox_clocks where case_id = :c and clock_key = :k")
                .param("c", view.caseId())
                .param("k", view.key())
                .update();
            return;
        }
        int updated = jdbc.sql("""
                update inbox_clocks set unit = :unit, amount = :amount, trigger_on = :trigger, started_at = :started,
                    state = :state, last_day = :lastDay, expires_at = :expires, warning_at = :warning,
                    paused_days = :paused, extended = :extended
                where case_id = :c and clock_key = :k""").params(params(view)).update();
        if (updated == 0) {
            CaseRecord theCase = cases.findUnchecked(view.caseId())
                .orElseThrow(() -> new IllegalStateException("no case " + view.caseId()));
            jdbc.sql("""
                    insert into inbox_clocks (case_id, clock_key, office_id, case_number, case_type, unit, amount,
                        trigger_on, started_at, state, last_day, expires_at, warning_at, paused_days, extended)
                    values (:c, :k, :office, :number, :type, :unit, :amount, :trigger, :started, :state, :lastDay,
                        :expires, :warning, :paused, :extended)""")
                .params(params(view))
                .params(Map.of("office", theCase.officeId(), "number", theCase.caseNumber(), "type",
                        theCase.caseType().name()))
                .update();
        }
    }

    private static Map<String, Object> params(ClockView view) {
        Map<String, Object> p = new HashMap<>();
        p.put("c", view.caseId());
        p.put("k", view.key());
        p.put("unit", view.period().unit().name());
        p.put("amount", view.period().amount());
        p.put("trigger", view.trigger());
        p.put("started", timestamp(view.startedAt()));
        p.put("state", view.state().name());
        p.put("lastDay", view.deadline().lastDay());
        p.put("expires", timestamp(view.deadline().expiresAt().toInstant()));
        p.put("warning", view.warningAt() == null ? null : timestamp(view.warningAt()));
        p.put("paused", view.pausedDays());
        p.put("extended", view.extended());
        return p;
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }

    /**
     * Clocks started before this read model existed: written once, at the first start
     * that finds the table unfilled. The name is recorded first, so a second node
     * starting at the same time waits for the first and then finds it done.
     */
    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        transactions.executeWithoutResult(status -> {
            try {
                jdbc.sql("insert into inbox_backfills (name, done_at) values ('clocks', :at)")
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
            }
            catch (DuplicateKeyException done) {
                status.setRollbackOnly();
                return;
            }
            UUID afterCase = new UUID(0, 0);
            String afterKey = "";
            int written = 0;
            List<ClockView> batch;
            do {
                batch = clocks.runningAfter(afterCase, afterKey, BACKFILL_BATCH);
                batch.forEach(this::write);
                written += batch.size();
                if (!batch.isEmpty()) {
                    afterCase = batch.get(batch.size() - 1).caseId();
                    afterKey = batch.get(batch.size() - 1).key();
                }
            }
            while (batch.size() == BACKFILL_BATCH);
            log.info("clock read model filled with {} clocks", written);
        });
    }

    /**
     * A paused clock's deadline moves by each day it stays paused (Order 81 art. 37 ¶2):
     * recompute the paused ones, so the board sorts them by today's deadline.
     */
    @Scheduled(fixedDelayString = "${ipcase.sla.paused-refresh:PT1H}", initialDelayString = "PT1M")
    void refreshPaused() {
        transactions.executeWithoutResult(
                status -> paused().forEach(key -> clocks.find(key.caseId(), key.clockKey()).ifPresent(this::write)));
    }

    private List<ClockKey> paused() {
        return jdbc.sql("select case_id, clock_key from inbox_clocks where state = 'PAUSED'")
            .query((rs, i) -> new ClockKey(rs.getObject("case_id", UUID.class), rs.getString("clock_key")))
            .list();
    }

    private record ClockKey(UUID caseId, String clockKey) {
    }

}
