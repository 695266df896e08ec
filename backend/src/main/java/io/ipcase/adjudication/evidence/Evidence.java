package io.ipcase.adjudication.evidence;

import static io.ipcase.adjudication.AdjudicationPeriods.EVIDENCE;
import static io.ipcase.adjudication.casework.AdjudicationMessages.EVALUATION_REPORT_FILED;
import static io.ipcase.adjudication.casework.AdjudicationMessages.EVIDENCE_CLOCK_CHANGED;
import static io.ipcase.adjudication.casework.AdjudicationMessages.EVIDENCE_NOTICE_SERVED;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.AdjudicationDocuments;
import io.ipcase.adjudication.casework.CaseSteps;
import io.ipcase.adjudication.casework.PartyFiles;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockView;
import io.ipcase.deadlines.Period;
import io.ipcase.documents.DocumentServed;
import io.ipcase.engine.Procedure;
import io.ipcase.security.AppUser;
import io.ipcase.storage.CaseFile;
import io.ipcase.storage.DocumentKind;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence stage: a period of at least 15 days (Order 81 art. 54), the investigation
 * measures a dispute allows (Patent Law art. 69 ¶2), and for a utility model or design
 * the evaluation report the department may ask for (art. 66 ¶2). The panel plans and
 * records it in the inbox ({@link EvidencePlanStep}, {@link InvestigationRecordStep},
 * {@link EvaluationReportReviewStep}); here, what the parties and the panel do beside it.
 */
@Service
class Evidence {

    private final CaseSteps steps;

    private final CaseClocks clocks;

    private final Procedure procedure;

    private final PartyFiles files;

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final Clock clock;

    private final AdjudicationDocuments documents;

    Evidence(CaseSteps steps, CaseClocks clocks, Procedure procedure, PartyFiles files, AdjudicationDocuments documents,
            JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.documents = documents;
        this.steps = steps;
        this.clocks = clocks;
        this.procedure = procedure;
        this.files = files;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Order 81 art. 54: the evidence period runs from the parties' receipt of its notice.
     * Once every party has received it, the period starts from the last receipt, so that
     * each party has at least the days given from its own; the model's timers read the
     * clock's dates from then on.
     */
    @EventListener
    void onServed(DocumentServed served) {
        if (!AdjudicationDocuments.EVIDENCE_NOTICE.equals(served.templateKey()) || !documents.latest(served)
                || !procedure.awaits(served.caseId(), EVIDENCE_NOTICE_SERVED)) {
            return;
        }
        documents.servedOnEveryParty(served.caseId(), AdjudicationDocuments.EVIDENCE_NOTICE)
            .ifPresent(lastReceipt -> start(served.caseId(), lastReceipt, documents.recordedBy(served)));
    }

    private void start(UUID caseId, LocalDate lastReceipt, String actor) {
        int days = jdbc.sql("select evidence_days from evidence_plans where case_id = :id")
            .param("id", caseId)
            .query(Integer.class)
            .single();
        ClockView evidence = clocks.start(caseId, EVIDENCE, Period.calendarDays(days), lastReceipt, actor);
        jdbc.sql("update evidence_plans set evidence_last_day = :last where case_id = :id")
            .param("last", evidence.deadline().lastDay())
            .param("id", caseId)
            .update();
        audit.record(actor, AdjudicationActions.EVIDENCE_PERIOD_STARTED, caseId,
                lastReceipt + " → " + evidence.deadline().lastDay());
        procedure.tell(caseId, EVIDENCE_NOTICE_SERVED, evidence.modelDates("evidence"),
                "problem.evidence-period-not-open");
    }

    /** The requester files CNIPA's evaluation report the panel asked for. */
    @Transactional
    public void fileEvaluationReport(AppUser user, UUID caseId, List<CaseFile> report) {
        CaseRecord c = steps.adjudication(user, caseId);
        steps.requester(user, c);
        if (!procedure.awaits(caseId, EVALUATION_REPORT_FILED)) {
            throw new ConflictException("problem.evaluation-report-not-requested");
        }
        List<Violation> violations = new ArrayList<>();
        if (report.isEmpty()) {
            violations.add(Violation.keyed("files", "evaluation-report.file.required"));
        }
        files.check(violations, report);
        files.store(caseId, DocumentKind.EVALUATION_REPORT, report, user.getUsername());
        audit.record(user.getUsername(), AdjudicationActions.EVALUATION_REPORT_FILED, caseId,
                String.valueOf(report.size()));
        procedure.tell(caseId, EVALUATION_REPORT_FILED, Map.of(), "problem.evaluation-report-not-requested");
    }

    record Extension(@NotNull(message = "{evidence.last-day.required}") LocalDate newLastDay,
            @NotNull(message = "{evidence.applicant.required}") String applicant,
            @NotBlank(message = "{reasons.required}") @Size(max = 5000, message = "{field.too-long}") String reasons) {
    }

    /** A party applied for more time and the panel grants it (art. 54). */
    @Transactional
    public void extend(AppUser user, UUID caseId, Extension extension) {
        CaseRecord c = steps.adjudication(user, caseId);
        steps.panel(user, c);
        if (!procedure.awaits(caseId, EVIDENCE_CLOCK_CHANGED)) {
            throw new ConflictException("problem.evidence-period-not-open");
        }
        ClockView period = clocks.find(caseId, EVIDENCE).orElseThrow();
        List<Violation> violations = new ArrayList<>();
        if (!extension.newLastDay().isAfter(period.deadline().lastDay())) {
            violations.add(Violation.keyed("newLastDay", "evidence.extension.later"));
        }
        if (!PartyRecord.REQUESTER.equals(extension.applicant())
                && !PartyRecord.RESPONDENT.equals(extension.applicant())) {
            violations.add(Violation.keyed("applicant", "field.invalid-value"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        // the extension ends on the day granted, even when the period had rolled off a
        // rest day
        clocks.extendUntil(caseId, EVIDENCE, extension.newLastDay(), user.getUsername(), "PANEL",
                extension.applicant() + ": " + extension.reasons().strip());
        audit.record(user.getUsername(), AdjudicationActions.EVIDENCE_PERIOD_EXTENDED, caseId,
                extension.newLastDay().toString());
    }

    /**
     * The written records of the measures taken (Order 81 art. 47), in the order given.
     */
    void recordInvestigations(UUID caseId, List<InvestigationRecordStep.Entry> records, String recordedBy) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (InvestigationRecordStep.Entry r : records) {
            jdbc.sql("""
                    insert into investigation_records (case_id, measure, carried_out_on, place, findings,
                        signed_by_parties, refusal_note, recorded_by, recorded_at)
                    values (:id, :measure, :on, :place, :findings, :signed, :refusal, :by, :at)""")
                .param("id", caseId)
                .param("measure", r.measure().name())
                .param("on", r.carriedOutOn())
                .param("place", r.place().strip())
                .param("findings", r.findings().strip())
                .param("signed", r.signed())
                .param("refusal", r.refusalNote())
                .param("by", recordedBy)
                .param("at", now)
                .update();
        }
    }

}
