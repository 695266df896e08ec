package io.ipcase.penalty.seizure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.ClockChanged;
import io.ipcase.deadlines.ClockState;
import io.ipcase.deadlines.ClockView;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.penalty.PenaltyAudit;
import io.ipcase.penalty.PenaltyCase;
import io.ipcase.penalty.PenaltyCases;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.NotFoundException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sealing and seizure (查封、扣押) of products proven counterfeit (Patent Law art. 69 ¶1(5)).
 * Each one runs the counterfeit-seizure model; its 30 days are the clock "seizure-<n>",
 * paused while the items are tested or appraised and extended once on approval (Admin.
 * Compulsion Law art. 25).
 */
@Service("penaltySeizures")
public class Seizures {

    static final String PROCESS_KEY = "counterfeit-seizure";

    private final JdbcClient jdbc;

    private final PenaltyCases cases;

    private final PenaltyClocks clocks;

    private final RuntimeService runtime;

    private final AuditTrail audit;

    private final Clock clock;

    Seizures(JdbcClient jdbc, PenaltyCases cases, PenaltyClocks clocks, RuntimeService runtime, AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.clocks = clocks;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Only during the investigation, and only in a counterfeit case: never in a dispute
     * (art. 69 ¶2).
     */
    @Transactional
    public Seizure request(AppUser user, UUID caseId, SeizureRequest request) {
        PenaltyCase pc = cases.requireWorker(user, caseId);
        if (!"INVESTIGATION".equals(pc.stage())) {
            throw new ConflictException("problem.penalty.not-investigating");
        }
        int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from penalty_seizures where case_id = :c")
            .param("c", caseId)
            .query(Integer.class)
            .single();
        jdbc.sql(
                """
                        insert into penalty_seizures (case_id, seq, kind, items, place, reasons, status, requested_by, requested_at)
                        values (:c, :seq, :kind, :items, :place, :reasons, 'REQUESTED', :by, :at)""")
            .param("c", caseId)
            .param("seq", seq)
            .param("kind", request.kind().name())
            .param("items", request.items().strip())
            .param("place", request.place().strip())
            .param("reasons", request.reasons().strip())
            .param("by", user.getUsername())
            .param("at", OffsetDateTime.now(clock))
            .update();
        long id = idOf(caseId, seq);
        String pi = runtime
            .startProcessInstanceByKey(PROCESS_KEY, caseId.toString(), Map.of("officeId", pc.officeId(), "leadHandler",
                    pc.leadHandler(), "seizureId", id, "seizurePaused", false))
            .getId();
        jdbc.sql("update penalty_seizures set process_instance_id = :pi where id = :id")
            .param("pi", pi)
            .param("id", id)
            .update();
        audit.record(user.getUsername(), PenaltyAudit.SEIZURE_REQUESTED, caseId, seq + " " + request.kind());
        return find(id);
    }

    /** The seizure whose model the step's task belongs to. */
    long forStep(StepContext step) {
        return ((Number) runtime.getVariable(step.task().processInstanceId(), "seizureId")).longValue();
    }

    void decided(long seizureId, boolean approved) {
        setStatus(seizureId, approved ? "APPROVED" : "REFUSED");
    }

    /** Carried out with its notice, count and list: the 30 days run from that day. */
    ClockView carriedOut(long seizureId, LocalDate on, String actor) {
        Seizure s = find(seizureId);
        jdbc.sql("update penalty_seizures set status = 'HELD', carried_out_on = :on where id = :id")
            .param("on", on)
            .param("id", seizureId)
            .update();
        return clocks.startSeizure(s.caseId(), s.seq(), on, actor);
    }

    @Transactional
    public void requestExtension(AppUser user, UUID caseId, int seq, String reasons) {
        cases.requireWorker(user, caseId);
        Seizure s = held(caseId, seq);
        if (reasons == null || reasons.isBlank()) {
            throw InvalidInputException.of("reasons", "penalty.seizure.reasons.required");
        }
        if (clocks.find(caseId, PenaltyClocks.seizure(seq)).map(ClockView::extended).orElse(false)) {
            throw new ConflictException("problem.penalty.seizure-extended");
        }
        audit.record(user.getUsername(), PenaltyAudit.SEIZURE_CHANGED, caseId,
                seq + " EXTENSION_REQUESTED " + reasons.strip());
        correlate(s.id(), "SeizureExtensionRequested", Map.of());
    }

    ClockView extend(long seizureId, String approver, String reasons) {
        Seizure s = find(seizureId);
        return clocks.extendSeizure(s.caseId(), s.seq(), approver, reasons);
    }

    /**
     * Testing or appraisal starts or ends: its days are not counted (Admin. Compulsion
     * Law art. 25 ¶3).
     */
    @Transactional
    public void testing(AppUser user, UUID caseId, int seq, boolean starts, String reason) {
        cases.requireWorker(user, caseId);
        held(caseId, seq);
        if (starts) {
            if (reason == null || reason.isBlank()) {
                throw InvalidInputException.of("reason", "penalty.seizure.reasons.required");
            }
            clocks.pause(caseId, PenaltyClocks.seizure(seq), reason.strip(), user.getUsername());
        }
        else {
            clocks.resume(caseId, PenaltyClocks.seizure(seq), user.getUsername());
        }
        audit.record(user.getUsername(), PenaltyAudit.SEIZURE_CHANGED, caseId,
                seq + (starts ? " TESTING_STARTED" : " TESTING_ENDED"));
    }

    @Transactional
    public void release(AppUser user, UUID caseId, int seq, LocalDate on, String reasons) {
        cases.requireWorker(user, caseId);
        Seizure s = held(caseId, seq);
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("releasedOn",
                    on == null ? "penalty.step.date.required" : "penalty.step.date.future");
        }
        end(s, "RELEASED", on, user.getUsername());
        audit.record(user.getUsername(), PenaltyAudit.SEIZURE_CHANGED, caseId,
                seq + " RELEASED " + (reasons == null ? "" : reasons.strip()));
    }

    /** Released because its period ran out (art. 28(4)), from the model's last task. */
    void releasedOnExpiry(long seizureId, LocalDate on, String actor) {
        Seizure s = find(seizureId);
        setStatus(seizureId, "RELEASED");
        jdbc.sql("update penalty_seizures set ended_on = :on where id = :id")
            .param("on", on)
            .param("id", seizureId)
            .update();
        clocks.stopIfRunning(s.caseId(), PenaltyClocks.seizure(s.seq()), actor);
    }

    /**
     * The case ends: items held are confiscated by the decision, released, or handed to
     * the police; requests not yet carried out lapse.
     */
    public void endAll(UUID caseId, String outcome, String actor) {
        for (Seizure s : forCase(caseId)) {
            switch (s.status()) {
                case "HELD" -> end(s, outcome, LocalDate.now(clock), actor);
                case "REQUESTED", "APPROVED" -> {
                    setStatus(s.id(), "LAPSED");
                    if (s.processInstanceId() != null && runtime.createProcessInstanceQuery()
                        .processInstanceId(s.processInstanceId())
                        .count() > 0) {
                        runtime.deleteProcessInstance(s.processInstanceId(), "the case has been decided");
                    }
                }
                default -> {
                }
            }
        }
    }

    private void end(Seizure s, String outcome, LocalDate on, String actor) {
        jdbc.sql("update penalty_seizures set status = :status, ended_on = :on where id = :id")
            .param("status", outcome)
            .param("on", on)
            .param("id", s.id())
            .update();
        clocks.stopIfRunning(s.caseId(), PenaltyClocks.seizure(s.seq()), actor);
        correlate(s.id(), "SeizureEnded", Map.of("seizureOutcome", outcome));
    }

    /**
     * A seizure's clock changed (paused, resumed, extended): its model's timer moves with
     * it.
     */
    @EventListener
    void onClockChanged(ClockChanged changed) {
        if (!changed.key().startsWith(PenaltyClocks.SEIZURE_PREFIX) || changed.clock().state() == ClockState.STOPPED) {
            return;
        }
        int seq = Integer.parseInt(changed.key().substring(PenaltyClocks.SEIZURE_PREFIX.length()));
        jdbc.sql("select id from penalty_seizures where case_id = :c and seq = :s")
            .param("c", changed.caseId())
            .param("s", seq)
            .query(Long.class)
            .optional()
            .ifPresent(id -> runtime.createMessageCorrelation("SeizureClockChanged")
                .processInstanceBusinessKey(changed.caseId().toString())
                .processInstanceVariableEquals("seizureId", id)
                .setVariable("seizurePaused", changed.clock().state() == ClockState.PAUSED)
                .setVariable("seizureExpiresAt", Date.from(changed.clock().deadline().expiresAt().toInstant()))
                .correlateAll());
    }

    private void correlate(long seizureId, String message, Map<String, Object> vars) {
        Seizure s = find(seizureId);
        runtime.createMessageCorrelation(message)
            .processInstanceBusinessKey(s.caseId().toString())
            .processInstanceVariableEquals("seizureId", seizureId)
            .setVariables(vars)
            .correlateAll();
    }

    public List<Seizure> forCase(UUID caseId) {
        return jdbc.sql(SELECT + " where case_id = :c order by seq").param("c", caseId).query(Seizure.class).list();
    }

    Seizure find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Seizure.class).single();
    }

    private Seizure held(UUID caseId, int seq) {
        Seizure s = jdbc.sql(SELECT + " where case_id = :c and seq = :s")
            .param("c", caseId)
            .param("s", seq)
            .query(Seizure.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("seizure"));
        if (!"HELD".equals(s.status())) {
            throw new ConflictException("problem.penalty.seizure-not-held");
        }
        return s;
    }

    private long idOf(UUID caseId, int seq) {
        return jdbc.sql("select id from penalty_seizures where case_id = :c and seq = :s")
            .param("c", caseId)
            .param("s", seq)
            .query(Long.class)
            .single();
    }

    private void setStatus(long id, String status) {
        jdbc.sql("update penalty_seizures set status = :s where id = :id").param("s", status).param("id", id).update();
    }

    private static final String SELECT = """
            select id, case_id, seq, kind, items, place, reasons, status, requested_by, requested_at, carried_out_on,
                ended_on, process_instance_id from penalty_seizures""";

    enum Kind {

        SEALING, SEIZURE

    }

    record SeizureRequest(@NotNull(message = "{penalty.seizure.kind.required}") Kind kind,
            @NotBlank(message = "{penalty.seizure.items.required}") @Size(max = 5000,
                    message = "{field.too-long}") String items,
            @NotBlank(message = "{penalty.seizure.place.required}") @Size(max = 300,
                    message = "{field.too-long}") String place,
            @NotBlank(message = "{penalty.seizure.reasons.required}") @Size(max = 2000,
                    message = "{field.too-long}") String reasons) {
    }

    public record Seizure(long id, UUID caseId, int seq, String kind, String items, String place, String reasons,
            String status, String requestedBy, OffsetDateTime requestedAt, LocalDate carriedOutOn, LocalDate endedOn,
            String processInstanceId) {
    }

}
