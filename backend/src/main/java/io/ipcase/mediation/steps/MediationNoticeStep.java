package io.ipcase.mediation.steps;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Order 81 art. 65: the notice to state an opinion, with a copy of the request, to the
 * other side.
 */
@Step("mediation-notice")
class MediationNoticeStep implements TaskStep<MediationNoticeStep.Values> {

    record Values(@Size(max = 5000, message = "{field.too-long}") String note) {
    }

    private final OpenMediations mediations;

    private final Cases cases;

    private final CaseClocks clocks;

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final Clock clock;

    MediationNoticeStep(OpenMediations mediations, Cases cases, CaseClocks clocks, JdbcClient jdbc, AuditTrail audit,
            Clock clock) {
        this.mediations = mediations;
        this.cases = cases;
        this.clocks = clocks;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        OpenMediations.Current m = mediations.require(step.caseId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (PartyRecord.REQUESTER.equals(m.requesterRole())) {
            // the respondent's account sees the case from the first document addressed to
            // it
            cases.markAddressed(step.caseId(), PartyRecord.RESPONDENT, now);
        }
        jdbc.sql("update mediations set notified_at = :at where id = :id")
            .param("at", now)
            .param("id", m.id())
            .update();
        clocks.stop(step.caseId(), MediationPeriods.NOTICE, step.username());
        audit.record(step.username(), MediationActions.MEDIATION_NOTICE_ISSUED, step.caseId(), values.note());
        return Map.of();
    }

}
