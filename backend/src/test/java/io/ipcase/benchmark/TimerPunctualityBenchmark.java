package io.ipcase.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.ipcase.support.PostgresIntegrationTests;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.joda.time.DateTimeUtils;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Do timers fire on time? The whole application, with the job executor as application.yml
 * tunes it, on PostgreSQL: N timers due at random instants within a window, while
 * background work keeps the executor busy. Reports how late each fired (history's end
 * time of the timer event minus its due date): p50, p99, max; and that none fired early
 * or twice. Target: p99 within 5 s.
 *
 * <pre>
 * ./mvnw -pl backend -am test -Pbenchmark -Dskip.npm -Dskip.installnodenpm \
 *     -Dtest=TimerPunctualityBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbenchmark.timers=10000] [-Dbenchmark.window=PT60M] [-Dbenchmark.lead=PT3M] [-Dbenchmark.load-per-second=10]
 * </pre>
 */
@Tag("benchmark")
class TimerPunctualityBenchmark extends PostgresIntegrationTests {

    private static final int TIMERS = Integer.getInteger("benchmark.timers", 10_000);

    private static final Duration WINDOW = Duration.parse(System.getProperty("benchmark.window", "PT60M"));

    private static final int LOAD_PER_SECOND = Integer.getInteger("benchmark.load-per-second", 10);

    /** Time to start every instance before the first timer may fall due. */
    private static final Duration LEAD = Duration.parse(System.getProperty("benchmark.lead", "PT3M"));

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcClient jdbc;

    @Test
    void timersFireWithinFiveSecondsOfTheirDueDate() throws Exception {
        // the integration tests pin the engine's clock to their fixed day, on which
        // timers
        // due in real time never come due: this measures the real clock, and puts the
        // tests' clock back when done
        DateTimeUtils.setCurrentMillisSystem();
        try {
            assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), Instant.now()).abs())
                .as("the engine runs on the real clock")
                .isLessThan(Duration.ofSeconds(1));
            measure();
        }
        finally {
            DateTimeUtils.setCurrentMillisProvider(clock::millis);
        }
    }

    private void measure() throws Exception {
        repository.createDeployment().addClasspathResource("benchmark/timer-punctuality.bpmn").deploy();
        Instant first = Instant.now().plus(LEAD);

        Instant seedStart = Instant.now();
        ExecutorService starters = Executors.newFixedThreadPool(4);
        for (int i = 0; i < TIMERS; i++) {
            Instant due = first.plusMillis(ThreadLocalRandom.current().nextLong(WINDOW.toMillis()));
            starters
                .submit(() -> runtime.startProcessInstanceByKey("benchmark-timer", Map.of("fireAt", Date.from(due))));
        }
        starters.shutdown();
        assertThat(starters.awaitTermination(LEAD.toSeconds(), TimeUnit.SECONDS)).as("seeding within the lead time")
            .isTrue();
        Duration seeding = Duration.between(seedStart, Instant.now());

        AtomicInteger loadStarted = new AtomicInteger();
        ScheduledExecutorService load = Executors.newSingleThreadScheduledExecutor();
        if (LOAD_PER_SECOND > 0) {
            load.scheduleAtFixedRate(() -> {
                runtime.startProcessInstanceByKey("benchmark-load");
                loadStarted.incrementAndGet();
            }, 0, 1_000_000 / LOAD_PER_SECOND, TimeUnit.MICROSECONDS);
        }

        Instant giveUp = first.plus(WINDOW).plus(Duration.ofMinutes(5));
        long fired = 0;
        while (Instant.now().isBefore(giveUp)) {
            fired = firedCount();
            if (fired >= TIMERS) {
                break;
            }
            Thread.sleep(5_000);
        }
        load.shutdownNow();

        List<Long> lateness = new ArrayList<>(jdbc.sql("""
                select a.end_time_ as fired, v.long_ as due
                from act_hi_actinst a
                join act_hi_varinst v on v.proc_inst_id_ = a.proc_inst_id_ and v.name_ = 'fireAt'
                where a.act_id_ = 'Timer_Due' and a.end_time_ is not null""")
            .query((rs, i) -> rs.getTimestamp("fired").getTime() - rs.getLong("due"))
            .list());
        Collections.sort(lateness);
        long twice = jdbc.sql("""
                select count(*) from (select proc_inst_id_ from act_hi_actinst where act_id_ = 'Task_AfterTimer'
                group by proc_inst_id_ having count(*) > 1) t""").query(Long.class).single();
        long early = lateness.stream().filter(ms -> ms < 0).count();

        String report = String.format("""
                timer punctuality on PostgreSQL (embedded %s), job executor as configured in application.yml
                timers: %d due within %s (first due %s after the start), seeded in %s
                background load: %d instances of 3 asynchronous steps (%d/s)
                fired: %d, fired twice: %d, fired early: %d
                lateness: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms
                """, "PostgreSQL 17", TIMERS, WINDOW, LEAD, seeding, loadStarted.get(), LOAD_PER_SECOND,
                lateness.size(), twice, early, pct(lateness, 0.50), pct(lateness, 0.95), pct(lateness, 0.99),
                lateness.isEmpty() ? -1 : lateness.get(lateness.size() - 1));
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "timer-punctuality.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);

        assertThat(lateness).hasSize(TIMERS);
        assertThat(twice).isZero();
        assertThat(early).isZero();
        assertThat(pct(lateness, 0.99)).isLessThanOrEqualTo(5_000);
    }

    private long firedCount() {
        return jdbc.sql("select count(*) from act_hi_actinst where act_id_ = 'Timer_Due' and end_time_ is not null")
            .query(Long.class)
            .single();
    }

    private static long pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

}
