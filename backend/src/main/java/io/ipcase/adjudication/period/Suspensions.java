package io.ipcase.adjudication.period;

import static io.ipcase.adjudication.casework.AdjudicationMessages.SUSPENSION_REQUESTED;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.casework.CaseSteps;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.PatentType;
import io.ipcase.engine.Procedure;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suspension and resumption (Order 81 art. 28, 29): on the grounds of art. 28 the case
 * must be suspended; on those of art. 29 the department may refuse
 * ({@link SuspensionDecisionStep}). The case period stops while the case is suspended
 * (art. 37 ¶2) and runs on when the panel resumes it ({@link ResumptionStep}).
 */
@Service
class Suspensions {

    /**
     * The grounds of art. 28; an accepted invalidation request binds only for a utility
     * model or design.
     */
    enum Ground {

        INVALIDATION_ACCEPTED, PARTY_DIED, CAPACITY_LOST, SUCCESSOR_UNDETERMINED, FORCE_MAJEURE, DEPENDS_ON_OTHER_CASE,
        LEGAL_QUESTION_REFERRED, OTHER

    }

    /** The grounds of art. 29 on which a suspension may be refused. */
    enum RefusalGround {

        INVENTION_PATENT, EVALUATION_REPORT_NO_DEFECT, INVALIDATION_REFILED, VALIDITY_UPHELD, NO_NEED

    }

    static Set<RefusalGround> refusable(Ground ground, PatentType patent) {
        return switch (ground) {
            case INVALIDATION_ACCEPTED -> patent == PatentType.INVENTION
                    ? EnumSet.of(RefusalGround.INVENTION_PATENT, RefusalGround.INVALIDATION_REFILED,
                            RefusalGround.VALIDITY_UPHELD)
                    : EnumSet.of(RefusalGround.EVALUATION_REPORT_NO_DEFECT, RefusalGround.INVALIDATION_REFILED,
                            RefusalGround.VALIDITY_UPHELD);
            case OTHER -> EnumSet.of(RefusalGround.NO_NEED);
            default -> EnumSet.noneOf(RefusalGround.class);
        };
    }

    private final CaseSteps steps;

    private final Procedure procedure;

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final Clock clock;

    Suspensions(CaseSteps steps, Procedure procedure, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.steps = steps;
        this.procedure = procedure;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    record Request(@NotNull(message = "{suspension.ground.required}") Ground ground,
            @NotBlank(message = "{suspension.details.required}") @Size(max = 5000,
                    message = "{field.too-long}") String details) {
    }

    /** A party's application, or the panel's own motion. */
    @Transactional
    public void request(AppUser user, UUID caseId, Request request) {
        CaseRecord c = steps.adjudication(user, caseId);
        if (user.isStaff()) {
            steps.panel(user, c);
        }
        else {
            steps.party(user, c);
        }
        steps.notSuspended(caseId);
        if (jdbc.sql("select count(*) from suspensions where case_id = :id and decision is null")
            .param("id", caseId)
            .query(Integer.class)
            .single() > 0) {
            throw new ConflictException("problem.suspension-pending");
        }
        if (!procedure.awaits(caseId, SUSPENSION_REQUESTED)) {
            throw new ConflictException("problem.not-in-handling");
        }
        jdbc.sql("""
                insert into suspensions (case_id, ground, details, requested_by, requested_at)
                values (:id, :ground, :details, :by, :at)""")
            .param("id", caseId)
            .param("ground", request.ground().name())
            .param("details", request.details().strip())
            .param("by", user.getUsername())
            .param("at", OffsetDateTime.now(clock))
            .update();
        audit.record(user.getUsername(), AdjudicationActions.SUSPENSION_REQUESTED, caseId, request.ground().name());
        procedure.tell(caseId, SUSPENSION_REQUESTED, Map.of(), "problem.not-in-handling");
    }

    /** The request awaiting the panel's decision: its ground and what the party said. */
    record Pending(Ground ground, String details) {
    }

    Pending pending(UUID caseId) {
        return jdbc.sql("select ground, details from suspensions where case_id = :id and decision is null")
            .param("id", caseId)
            .query(Pending.class)
            .single();
    }

    void decide(UUID caseId, String decision, RefusalGround refusalGround, String reasons, String decidedBy) {
        jdbc.sql(
                """
                        update suspensions set decision = :d, refusal_ground = :rg, reasons = :r, decided_by = :by, decided_at = :at
                        where case_id = :id and decision is null""")
            .param("d", decision)
            .param("rg", refusalGround == null ? null : refusalGround.name())
            .param("r", reasons)
            .param("by", decidedBy)
            .param("at", OffsetDateTime.now(clock))
            .param("id", caseId)
            .update();
    }

    /** The suspended case goes on (art. 28); returns the day it was suspended. */
    LocalDate resume(UUID caseId, String resumedBy) {
        Optional<OffsetDateTime> suspendedAt = jdbc.sql("""
                select decided_at from suspensions
                where case_id = :id and decision = 'SUSPEND' and resumed_at is null""")
            .param("id", caseId)
            .query(OffsetDateTime.class)
            .optional();
        int resumed = jdbc.sql("""
                update suspensions set resumed_by = :by, resumed_at = :at
                where case_id = :id and decision = 'SUSPEND' and resumed_at is null""")
            .param("by", resumedBy)
            .param("at", OffsetDateTime.now(clock))
            .param("id", caseId)
            .update();
        if (resumed == 0) {
            throw new ConflictException("problem.not-suspended");
        }
        return suspendedAt.orElseThrow().atZoneSameInstant(clock.getZone()).toLocalDate();
    }

}
