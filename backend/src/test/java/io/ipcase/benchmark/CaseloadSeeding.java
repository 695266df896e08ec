package io.ipcase.benchmark;

import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OTHER_OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static io.ipcase.support.TestUsers.THIRD_OFFICER_YUBEI;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.ipcase.audit.AuditActions;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseFiled;
import io.ipcase.cases.CaseType;
import io.ipcase.support.Filings;
import io.ipcase.support.PostgresIntegrationTests;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Open cases in one office (Yubei), seeded as filing stores and starts them, in parallel
 * batches: the caseload the benchmarks and the load test measure at. See InboxBenchmark
 * for why it is both honest and fast.
 */
final class CaseloadSeeding {

    static final ZoneId OFFICE_TIME = ZoneId.of("Asia/Shanghai");

    static final LocalDate TODAY = LocalDate.ofInstant(PostgresIntegrationTests.NOW, OFFICE_TIME);

    static final String[] CLAIMANTS = { OFFICER_YUBEI, OTHER_OFFICER_YUBEI, THIRD_OFFICER_YUBEI, SUPERVISOR_YUBEI };

    static final String FILER = "b.complainant";

    private final JdbcTemplate jdbc;

    private final TransactionTemplate tx;

    private final ProcessEngine engine;

    private final RuntimeService runtime;

    private final TaskService taskService;

    private final ApplicationEventPublisher events;

    private final AuditTrail audit;

    private final int threads;

    private final int batch;

    /** A seeding with the application's own engine, tables and events. */
    static CaseloadSeeding from(ApplicationContext beans, int threads, int batch) {
        return new CaseloadSeeding(beans.getBean(JdbcTemplate.class), beans.getBean(TransactionTemplate.class),
                beans.getBean(ProcessEngine.class), beans.getBean(RuntimeService.class),
                beans.getBean(TaskService.class), beans, beans.getBean(AuditTrail.class), threads, batch);
    }

    CaseloadSeeding(JdbcTemplate jdbc, TransactionTemplate tx, ProcessEngine engine, RuntimeService runtime,
            TaskService taskService, ApplicationEventPublisher events, AuditTrail audit, int threads, int batch) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.engine = engine;
        this.runtime = runtime;
        this.taskService = taskService;
        this.events = events;
        this.audit = audit;
        this.threads = threads;
        this.batch = batch;
    }

    /**
     * Cases from..to (exclusive), stored and started as filing does, in parallel batches.
     */
    void seed(int from, int to) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> batches = new ArrayList<>();
        for (int start = from; start < to; start += batch) {
            int first = start;
            int last = Math.min(start + batch, to);
            batches.add(pool.submit(() -> tx.executeWithoutResult(status -> seedBatch(first, last))));
        }
        for (Future<?> batch : batches) {
            batch.get();
        }
        pool.shutdown();
    }

    /**
     * One transaction: the batch's cases and parties stored as {@code CaseFiling} stores
     * them, then, in one engine command, {@link CaseFiled} published for each as filing
     * publishes it, so that the application's own listeners start each case's acceptance
     * clock and adjudication model (whose task events write the read model). Nested
     * engine calls share the command, so the engine writes the whole batch in one JDBC
     * batch per table when the command ends, instead of one round trip per row and call;
     * what it writes is the same. A second command claims some of the tasks.
     */
    private void seedBatch(int first, int last) {
        Random random = new Random(first);
        List<Object[]> cases = new ArrayList<>();
        List<Object[]> parties = new ArrayList<>();
        List<SeededCase> seeded = new ArrayList<>();
        for (int n = first; n < last; n++) {
            UUID id = UUID.randomUUID();
            String number = "渝北知裁〔2026〕B" + n + "号";
            String patent = Filings.patentNumber(n);
            String requester = "请求人" + (n % 7919);
            String respondent = (n % 3 == 0 ? "重庆某贸易有限公司" : "重庆某制造有限公司") + (n % 4999);
            // received over the last four weeks: deadlines run from overdue to a week
            // ahead
            LocalDate receivedOn = TODAY.minusDays(random.nextInt(28));
            OffsetDateTime filedAt = receivedOn.atTime(9, 0)
                .atZone(OFFICE_TIME)
                .toOffsetDateTime()
                .plusSeconds(random.nextInt(8 * 3600));
            cases.add(new Object[] { id, number, filedAt, receivedOn, patent });
            parties.add(new Object[] { id, "REQUESTER", "PERSON", requester, FILER });
            parties.add(new Object[] { id, "RESPONDENT", "ORGANISATION", respondent, null });
            seeded.add(new SeededCase(id, number, patent, requester, respondent, receivedOn,
                    random.nextInt(10) < 3 ? CLAIMANTS[random.nextInt(CLAIMANTS.length)] : null));
        }
        jdbc.batchUpdate("""
                insert into cases (id, case_number, office_id, case_type, stage, filed_by, filed_at, received_on,
                    patent_number, patent_type, patent_title, claims, facts_and_reasons, requested_measures)
                values (?, ?, 'yubei', 'INFRINGEMENT_ADJUDICATION', 'FILED', '""" + FILER + """
                ', ?, ?, ?, 'UTILITY_MODEL', '一种折叠椅', '1,3', '被请求人销售的折叠椅落入权利要求1、3的保护范围。',
                    '责令被请求人立即停止销售侵权产品。')""", cases);
        jdbc.batchUpdate("""
                insert into case_parties (case_id, party_role, kind, name, address, domicile_in_china, username)
                values (?, ?, ?, ?, '重庆市渝北区', true, ?)""", parties);
        jdbc.batchUpdate("""
                insert into audit_events (occurred_at, actor, action, case_id, details)
                values (?, '""" + FILER + "', '" + AuditActions.CASE_FILED + "', ?, ?)",
                cases.stream().map(c -> new Object[] { c[2], c[0], c[1] }).toList());
        Map<UUID, String> instances = new HashMap<>();
        engineCommand(() -> {
            for (SeededCase c : seeded) {
                events.publishEvent(
                        new CaseFiled(c.id(), CaseType.INFRINGEMENT_ADJUDICATION, "yubei", c.receivedOn(), FILER));
            }
            jdbc.query(
                    "select id, process_instance_id from cases where id in ("
                            + String.join(",", java.util.Collections.nCopies(seeded.size(), "?")) + ")",
                    (RowCallbackHandler) rs -> instances.put(rs.getObject(1, UUID.class), rs.getString(2)),
                    seeded.stream().map(SeededCase::id).toArray());
            for (SeededCase c : seeded) {
                // what a stock Camunda inbox would need as variables to show the same
                // page
                runtime.setVariables(instances.get(c.id()),
                        Map.of("caseNumber", c.number(), "caseType", "INFRINGEMENT_ADJUDICATION", "patentNumber",
                                c.patent(), "requesterName", c.requester(), "respondentName", c.respondent()));
            }
        });
        Map<String, String> claimants = new HashMap<>();
        Map<String, UUID> caseOf = new HashMap<>();
        seeded.forEach(c -> caseOf.put(instances.get(c.id()), c.id()));
        seeded.stream()
            .filter(c -> c.claimant() != null)
            .forEach(c -> claimants.put(instances.get(c.id()), c.claimant()));
        if (!claimants.isEmpty()) {
            engineCommand(() -> taskService.createTaskQuery()
                .processInstanceIdIn(claimants.keySet().toArray(String[]::new))
                .list()
                .forEach(task -> {
                    // as TaskActions claims: the engine's claim and its record on the
                    // case
                    String claimant = claimants.get(task.getProcessInstanceId());
                    taskService.claim(task.getId(), claimant);
                    audit.record(claimant, AuditActions.TASK_CLAIMED, caseOf.get(task.getProcessInstanceId()),
                            task.getName());
                }));
        }
    }

    /**
     * Runs the work as one engine command: nested engine calls join it and are written at
     * its end.
     */
    private void engineCommand(Runnable work) {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
            .execute(context -> {
                work.run();
                return null;
            });
    }

    /**
     * The one complainant who files every seeded case; without an e-mail address, so no
     * mail goes out.
     */
    void createFiler() {
        if (jdbc.queryForObject("select count(*) from app_users where username = ?", Integer.class, FILER) == 0) {
            jdbc.update("""
                    insert into app_users (username, password_hash, display_name, office_id, id_number, email)
                    select ?, password_hash, '张伟', null, null, null from app_users where username = ?""", FILER,
                    COMPLAINANT);
            jdbc.update("insert into user_roles (username, role) values (?, 'COMPLAINANT')", FILER);
        }
    }

    private record SeededCase(UUID id, String number, String patent, String requester, String respondent,
            LocalDate receivedOn, String claimant) {
    }

}
