package io.ipcase.penalty.filing;

import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.ClockView;
import io.ipcase.penalty.PenaltyAudit;
import io.ipcase.penalty.PenaltyCase;
import io.ipcase.penalty.PenaltyCases;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The periods not counted in the case period, as the case's rules list them
 * ({@link io.ipcase.penalty.PenaltyProcedure#excludedPeriods()}). The hearing pauses the
 * clock by itself; an officer starts and ends the others.
 */
@Service("penaltyExcludedPeriods")
class ExcludedPeriods {

    private final PenaltyCases cases;

    private final PenaltyClocks clocks;

    private final AuditTrail audit;

    ExcludedPeriods(PenaltyCases cases, PenaltyClocks clocks, AuditTrail audit) {
        this.cases = cases;
        this.clocks = clocks;
        this.audit = audit;
    }

    @Transactional
    public ClockView start(AppUser user, UUID caseId, String reason) {
        PenaltyCase pc = cases.requireWorker(user, caseId);
        if (reason == null || !pc.procedure().excludedPeriods().contains(reason)) {
            throw InvalidInputException.of("reason", "penalty.excluded.reason",
                    String.join(", ", pc.procedure().excludedPeriods()));
        }
        ClockView clock = clocks.find(caseId, PenaltyClocks.CASE_PERIOD)
            .orElseThrow(() -> new ConflictException("problem.penalty.no-case-period"));
        audit.record(user.getUsername(), PenaltyAudit.EXCLUDED_PERIOD, caseId, "START " + reason);
        return clocks.pause(caseId, clock.key(), reason, user.getUsername());
    }

    @Transactional
    public ClockView end(AppUser user, UUID caseId) {
        cases.requireWorker(user, caseId);
        ClockView clock = clocks.find(caseId, PenaltyClocks.CASE_PERIOD)
            .orElseThrow(() -> new ConflictException("problem.penalty.no-case-period"));
        String reason = clock.events().isEmpty() ? null : clock.events().get(clock.events().size() - 1).reason();
        if (PenaltyClocks.EXCLUDED_HEARING.equals(reason)) {
            throw new ConflictException("problem.penalty.hearing-pause");
        }
        audit.record(user.getUsername(), PenaltyAudit.EXCLUDED_PERIOD, caseId, "END " + reason);
        return clocks.resume(caseId, clock.key(), user.getUsername());
    }

}
