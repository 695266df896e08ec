package io.ipcase.mediation.steps;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockState;
import io.ipcase.mediation.MediationSubject;
import io.ipcase.web.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A case's mediation while it runs: started on a request, carried by the steps, closed
 * with its clocks.
 */
@Component
public class OpenMediations {

    private final CaseClocks clocks;

    private final JdbcClient jdbc;

    private final Clock clock;

    OpenMediations(CaseClocks clocks, JdbcClient jdbc, Clock clock) {
        this.clocks = clocks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The case's mediation that is not closed yet, with what its steps branch on. */
    public record Current(long id, boolean inCase, String subject, String requesterRole) {
    }

    public Optional<Current> of(UUID caseId) {
        return jdbc.sql("""
                select id, in_case, subject, requester_role from mediations where case_id = :id and closed_at is null
                order by requested_at desc""").param("id", caseId).query(Current.class).list().stream().findFirst();
    }

    /** The open mediation a step works on; without one the step cannot be done. */
    public Current require(UUID caseId) {
        return of(caseId).orElseThrow(() -> new ConflictException("problem.no-mediation"));
    }

    public void start(UUID caseId, boolean inCase, MediationSubject subject, String by, String role, String request) {
        jdbc.sql("""
                insert into mediations (case_id, in_case, subject, requested_by, requester_role, requested_at, request)
                values (:id, :inCase, :subject, :by, :role, :at, :request)""")
            .param("id", caseId)
            .param("inCase", inCase)
            .param("subject", subject.name())
            .param("by", by)
            .param("role", role)
            .param("at", OffsetDateTime.now(clock))
            .param("request", request)
            .update();
    }

    /** Closes the case's open mediation, stopping its clocks. */
    public void close(UUID caseId, long mediationId, String outcome, String actor) {
        jdbc.sql("update mediations set outcome = coalesce(outcome, :o), closed_at = :at where id = :id")
            .param("o", outcome)
            .param("at", OffsetDateTime.now(clock))
            .param("id", mediationId)
            .update();
        for (String key : List.of(MediationPeriods.NOTICE, MediationPeriods.OPINION, MediationPeriods.FILING,
                MediationPeriods.NOT_FILED_NOTICE, MediationPeriods.PERIOD)) {
            clocks.find(caseId, key)
                .filter(v -> v.state() != ClockState.STOPPED)
                .ifPresent(v -> clocks.stop(caseId, key, actor));
        }
    }

    /**
     * An in-case mediation that ends without agreement gives the case period back, if it
     * took it.
     */
    public void resumeCasePeriod(UUID caseId, String actor) {
        clocks.find(caseId, MediationPeriods.CASE_PERIOD)
            .filter(v -> v.state() == ClockState.PAUSED && !v.events().isEmpty()
                    && "MEDIATION".equals(v.events().get(v.events().size() - 1).reason()))
            .ifPresent(v -> clocks.resume(caseId, MediationPeriods.CASE_PERIOD, actor));
    }

}
