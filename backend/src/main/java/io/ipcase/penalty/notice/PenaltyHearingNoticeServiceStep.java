package io.ipcase.penalty.notice;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.PenaltyAudit;
import io.ipcase.penalty.PenaltyCase;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyDocuments;
import io.ipcase.penalty.PenaltyStepLog;
import io.ipcase.penalty.ServiceStepValues;
import io.ipcase.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hearing notice reached the party. The party is told 7 working days before the
 * hearing (Admin. Penalty Law art. 64(2), 85), counted from the notice's service, not its
 * issue (a public notice is served 30 days after publication, CPL art. 95): a notice
 * served later than that means another date, and a fresh notice.
 */
@Step("penalty-hearing-notice-service")
class PenaltyHearingNoticeServiceStep implements TaskStep<ServiceStepValues> {

    private final JdbcClient jdbc;

    private final PenaltyStepLog log;

    private final PenaltyDocuments documents;

    private final Deadlines deadlines;

    private final AuditTrail audit;

    PenaltyHearingNoticeServiceStep(JdbcClient jdbc, PenaltyStepLog log, PenaltyDocuments documents,
            Deadlines deadlines, AuditTrail audit) {
        this.jdbc = jdbc;
        this.log = log;
        this.documents = documents;
        this.deadlines = deadlines;
        this.audit = audit;
    }

    @Override
    public Map<String, Object> complete(StepContext step, ServiceStepValues values) {
        PenaltyCase pc = log.byHandler(step);
        OffsetDateTime at = jdbc.sql(
                "select scheduled_at from penalty_hearings where id = (select max(id) from penalty_hearings where case_id = :c)")
            .param("c", pc.caseId())
            .query(OffsetDateTime.class)
            .optional()
            .orElseThrow(() -> new IllegalStateException("no hearing scheduled in " + pc.caseId()));
        LocalDate hearingDay = at.atZoneSameInstant(deadlines.zone()).toLocalDate();
        if (values.date().isAfter(hearingDay)) {
            throw InvalidInputException.of("date", "penalty.hearing-notice.served-after-hearing");
        }
        documents.served(pc.caseId(), PenaltyDocuments.HEARING_NOTICE, values.method(), values.date(), null,
                step.username());
        LocalDate earliest = deadlines.workingDays(values.servedOn(), PenaltyClocks.HEARING_NOTICE_WORKING_DAYS)
            .lastDay();
        boolean timely = !hearingDay.isBefore(earliest);
        audit.record(step.username(), PenaltyAudit.DOCUMENT_SERVED, pc.caseId(),
                "HEARING_NOTICE " + values.servedOn() + (timely ? "" : " LATE"));
        log.record(step, values.entry());
        return Map.of("hearingNoticeTimely", timely);
    }

}
