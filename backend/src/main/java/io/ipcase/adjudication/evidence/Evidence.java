package io.ipcase.adjudication;

import static io.ipcase.adjudication.AdjudicationPeriods.EVIDENCE;
import static io.ipcase.adjudication.AdjudicationPeriods.EVIDENCE_MINIMUM_DAYS;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.cases.PatentType;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockView;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.deadlines.Period;
import io.ipcase.storage.DocumentKind;
import io.ipcase.storage.Documents;
import io.ipcase.storage.UploadRules;
import io.ipcase.inbox.InboxTask;
import io.ipcase.inbox.TaskForm;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import io.ipcase.storage.CaseFile;
import io.ipcase.engine.Procedure;

/**
 * The evidence stage: a period of at least 15 days (Order 81 art. 54), the investigation measures a
 * dispute allows (Patent Law art. 69 ¶2), and for a utility model or design the evaluation report
 * the department may ask for (art. 66 ¶2).
 */
@Service
class Evidence {

    private final CaseSteps steps;
    private final CaseClocks clocks;
    private final Procedure procedure;
    private final Documents documents;
    private final UploadRules uploads;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Evidence(CaseSteps steps, CaseClocks clocks, Procedure procedure, Documents documents, UploadRules uploads,
             JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.steps = steps;
        this.clocks = clocks;
        this.procedure = procedure;
        this.documents = documents;
        this.uploads = uploads;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The requester files CNIPA's evaluation report the panel asked for. */
    @Transactional
    public void fileEvaluationReport(AppUser user, UUID caseId, List<CaseFile> files) {
        CaseRecord c = steps.adjudication(user, caseId);
        steps.requester(user, c);
        if (!procedure.awaits(caseId, "EvaluationReportFiled")) {
            throw new ConflictException("problem.evaluation-report-not-requested");
        }
        List<Violation> violations = new ArrayList<>(uploads.check("files", files));
        if (files.isEmpty()) {
            violations.add(Violation.keyed("files", "evaluation-report.file.required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        for (CaseFile file : files) {
            documents.store(caseId, DocumentKind.EVALUATION_REPORT, file, user.getUsername());
        }
        audit.record(user.getUsername(), AdjudicationActions.EVALUATION_REPORT_FILED, caseId, String.valueOf(files.size()));
        procedure.tell(caseId, "EvaluationReportFiled", Map.of(), "problem.evaluation-report-not-requested");
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
        if (!procedure.awaits(caseId, "EvidenceClockChanged")) {
            throw new ConflictException("problem.evidence-period-not-open");
        }
        ClockView period = clocks.find(caseId, EVIDENCE).orElseThrow();
        List<Violation> violations = new ArrayList<>();
        if (!extension.newLastDay().isAfter(period.deadline().lastDay())) {
            violations.add(Violation.keyed("newLastDay", "evidence.extension.later"));
        }
        if (!PartyRecord.REQUESTER.equals(extension.applicant()) && !PartyRecord.RESPONDENT.equals(extension.applicant())) {
            violations.add(Violation.keyed("applicant", "field.invalid-value"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        int days = (int) ChronoUnit.DAYS.between(period.deadline().lastDay(), extension.newLastDay());
        clocks.extend(caseId, EVIDENCE, Period.calendarDays(days), user.getUsername(), "PANEL",
            extension.applicant() + ": " + extension.reasons().strip());
        audit.record(user.getUsername(), AdjudicationActions.EVIDENCE_PERIOD_EXTENDED, caseId,
            extension.newLastDay().toString());
    }

    // ------------------------------------------------------------------ the panel's tasks

    record PlanForm(@NotNull(message = "{evidence.last-day.required}") LocalDate evidenceLastDay,
                    List<String> measures,
                    boolean evaluationReportRequired,
                    @Size(max = 5000, message = "{field.too-long}") String notes) {
    }

    @Component
    static class PlanTask implements TaskForm<PlanForm> {

        private final Cases cases;
        private final CaseSteps steps;
        private final Deadlines deadlines;
        private final CaseClocks clocks;
        private final JdbcClient jdbc;
        private final AuditTrail audit;
        private final Clock clock;

        PlanTask(Cases cases, CaseSteps steps, Deadlines deadlines, CaseClocks clocks, JdbcClient jdbc, AuditTrail audit,
                 Clock clock) {
            this.cases = cases;
            this.steps = steps;
            this.deadlines = deadlines;
            this.clocks = clocks;
            this.jdbc = jdbc;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "evidence-plan";
        }

        @Override
        public Class<PlanForm> valuesType() {
            return PlanForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, PlanForm form) {
            steps.notSuspended(task.caseId());
            CaseRecord c = cases.findUnchecked(task.caseId()).orElseThrow();
            List<Violation> violations = new ArrayList<>();
            // art. 54: at least 15 days from the notice's receipt, which is today at the earliest
            LocalDate earliest = deadlines.calendarDays(LocalDate.now(clock), EVIDENCE_MINIMUM_DAYS).lastDay();
            if (form.evidenceLastDay().isBefore(earliest)) {
                violations.add(Violation.keyed("evidenceLastDay", "evidence.period.too-short", earliest.toString()));
            }
            Set<InvestigationMeasure> measures = measures(form.measures(), "measures", violations);
            if (form.evaluationReportRequired() && c.patentType() == PatentType.INVENTION) {
                // Patent Law art. 66 ¶2: only for a utility model or a design
                violations.add(Violation.keyed("evaluationReportRequired", "evidence.evaluation-report.not-invention"));
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            jdbc.sql("""
                    insert into evidence_plans (case_id, evidence_last_day, measures, evaluation_report_required, notes,
                        planned_by, planned_at) values (:id, :last, :measures, :report, :notes, :by, :at)""")
                .param("id", c.id()).param("last", form.evidenceLastDay())
                .param("measures", String.join(",", measures.stream().map(Enum::name).toList()))
                .param("report", form.evaluationReportRequired()).param("notes", form.notes())
                .param("by", user.getUsername()).param("at", OffsetDateTime.now(clock)).update();
            // counted in calendar days from today, so that a party's extension lengthens it (art. 54)
            LocalDate today = LocalDate.now(clock);
            ClockView evidence = clocks.start(c.id(), EVIDENCE,
                Period.calendarDays((int) ChronoUnit.DAYS.between(today, form.evidenceLastDay())), today,
                user.getUsername());
            audit.record(user.getUsername(), AdjudicationActions.EVIDENCE_PLANNED, c.id(),
                evidence.deadline().lastDay().toString());
            Map<String, Object> variables = new HashMap<>(evidence.modelDates("evidence"));
            variables.put("evaluationReportRequired", form.evaluationReportRequired());
            return variables;
        }
    }

    /** Measures by name; a name outside the three a dispute allows is refused with the reason. */
    static Set<InvestigationMeasure> measures(List<String> names, String field, List<Violation> violations) {
        Set<InvestigationMeasure> measures = new LinkedHashSet<>();
        if (names == null) {
            return measures;
        }
        for (String name : names) {
            InvestigationMeasure.of(name).ifPresentOrElse(measures::add,
                () -> violations.add(Violation.keyed(field, "evidence.measures.not-allowed")));
        }
        return measures;
    }

    record InvestigationRecord(@NotNull(message = "{investigation.measure.required}") String measure,
                               @NotNull(message = "{investigation.date.required}") LocalDate carriedOutOn,
                               @NotBlank(message = "{investigation.place.required}") @Size(max = 300, message = "{field.too-long}") String place,
                               @NotBlank(message = "{investigation.findings.required}") @Size(max = 10000, message = "{field.too-long}") String findings,
                               boolean signedByParties,
                               @Size(max = 1000, message = "{field.too-long}") String refusalNote) {
    }

    record InvestigationForm(@Valid @Size(max = 20, message = "{investigation.too-many}") List<InvestigationRecord> records) {
    }

    /** Order 81 art. 47: each measure's written record, signed by both sides or with the refusal noted. */
    @Component
    static class InvestigationTask implements TaskForm<InvestigationForm> {

        private final CaseSteps steps;
        private final JdbcClient jdbc;
        private final AuditTrail audit;
        private final Clock clock;

        InvestigationTask(CaseSteps steps, JdbcClient jdbc, AuditTrail audit, Clock clock) {
            this.steps = steps;
            this.jdbc = jdbc;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "investigation-record";
        }

        @Override
        public Class<InvestigationForm> valuesType() {
            return InvestigationForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, InvestigationForm form) {
            steps.notSuspended(task.caseId());
            List<InvestigationRecord> records = form.records() == null ? List.of() : form.records();
            List<Violation> violations = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                InvestigationRecord r = records.get(i);
                String at = "records[" + i + "]";
                measures(List.of(r.measure()), at + ".measure", violations);
                if (r.carriedOutOn().isAfter(LocalDate.now(clock))) {
                    violations.add(Violation.keyed(at + ".carriedOutOn", "field.date.not-future"));
                }
                if (!r.signedByParties() && (r.refusalNote() == null || r.refusalNote().isBlank())) {
                    violations.add(Violation.keyed(at + ".refusalNote", "investigation.refusal-note.required"));
                }
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            for (InvestigationRecord r : records) {
                jdbc.sql("""
                        insert into investigation_records (case_id, measure, carried_out_on, place, findings,
                            signed_by_parties, refusal_note, recorded_by, recorded_at)
                        values (:id, :measure, :on, :place, :findings, :signed, :refusal, :by, :at)""")
                    .param("id", task.caseId()).param("measure", r.measure()).param("on", r.carriedOutOn())
                    .param("place", r.place().strip()).param("findings", r.findings().strip())
                    .param("signed", r.signedByParties()).param("refusal", r.refusalNote())
                    .param("by", user.getUsername()).param("at", now).update();
            }
            audit.record(user.getUsername(), AdjudicationActions.INVESTIGATION_RECORDED, task.caseId(),
                String.valueOf(records.size()));
            return Map.of();
        }
    }

    enum Conclusion { NO_DEFECT, DEFECTS_FOUND }

    record ReviewForm(Conclusion conclusion, @Size(max = 5000, message = "{field.too-long}") String notes) {
    }

    /** The panel reads the evaluation report, or records that it was not provided. */
    @Component
    static class ReviewTask implements TaskForm<ReviewForm> {

        private final JdbcClient jdbc;
        private final AuditTrail audit;
        private final Clock clock;

        ReviewTask(JdbcClient jdbc, AuditTrail audit, Clock clock) {
            this.jdbc = jdbc;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "evaluation-report-review";
        }

        @Override
        public Class<ReviewForm> valuesType() {
            return ReviewForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, ReviewForm form) {
            boolean provided = jdbc.sql("select count(*) from documents where case_id = :id and kind = :kind")
                .param("id", task.caseId()).param("kind", DocumentKind.EVALUATION_REPORT.name())
                .query(Integer.class).single() > 0;
            if (provided && form.conclusion() == null) {
                throw InvalidInputException.of("conclusion", "evaluation-report.conclusion.required");
            }
            if (!provided && form.conclusion() != null) {
                throw InvalidInputException.of("conclusion", "evaluation-report.not-provided");
            }
            jdbc.sql("""
                    insert into evaluation_report_reviews (case_id, provided, conclusion, notes, reviewed_by, reviewed_at)
                    values (:id, :provided, :conclusion, :notes, :by, :at)""")
                .param("id", task.caseId()).param("provided", provided)
                .param("conclusion", form.conclusion() == null ? null : form.conclusion().name())
                .param("notes", form.notes()).param("by", user.getUsername()).param("at", OffsetDateTime.now(clock))
                .update();
            audit.record(user.getUsername(), AdjudicationActions.EVALUATION_REPORT_REVIEWED, task.caseId(),
                provided ? form.conclusion().name() : "NOT_PROVIDED");
            return Map.of();
        }
    }
}
