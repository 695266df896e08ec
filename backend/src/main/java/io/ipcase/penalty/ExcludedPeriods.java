package io.ipcase.penalty;

import java.util.Set;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.ClockView;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The periods not counted in the case period. CNIPA 2015 Measures art. 36: hearing and public
 * notice. SAMR rules: also suspension, testing and appraisal. The hearing pauses the clock by
 * itself; an officer starts and ends the others.
 */
@Service("penaltyExcludedPeriods")
class ExcludedPeriods {

    static final Set<String> CNIPA = Set.of("PUBLIC_NOTICE");
    static final Set<String> SAMR = Set.of("PUBLIC_NOTICE", "SUSPENSION", "TESTING", "APPRAISAL");

    private final PenaltyCases cases;
    private final PenaltyClocks clocks;
    private final AuditTrail audit;

    ExcludedPeriods(PenaltyCases cases, PenaltyClocks clocks, AuditTrail audit) {
        this.cases = cases;
        this.clocks = clocks;
        this.audit = audit;
    }

    static Set<String> reasons(PenaltyProcedure procedure) {
        return procedure == PenaltyProcedure.SAMR ? SAMR : CNIPA;
    }

    @Transactional
    public ClockView start(AppUser user, UUID caseId, String reason) {
        PenaltyCase pc = cases.requireWorker(user, caseId);
        if (reason == null || !reasons(pc.procedure()).contains(reason)) {
            throw InvalidInputException.of("reason", "penalty.excluded.reason", String.join(", ", reasons(pc.procedure())));
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
        if (PenaltyNotices.EXCLUDED_HEARING.equals(reason)) {
            throw new ConflictException("problem.penalty.hearing-pause");
        }
        audit.record(user.getUsername(), PenaltyAudit.EXCLUDED_PERIOD, caseId, "END " + reason);
        return clocks.resume(caseId, clock.key(), user.getUsername());
    }
}
