package io.ipcase.penalty.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseSummary;
import io.ipcase.cases.Cases;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.penalty.PenaltyAudit;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyProcedure;
import io.ipcase.penalty.PenaltySettings;
import io.ipcase.security.AppUser;
import io.ipcase.security.Offices;
import io.ipcase.storage.CaseFile;
import io.ipcase.storage.Documents;
import io.ipcase.storage.UploadRules;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import io.ipcase.web.NotFoundException;
import io.ipcase.web.Validation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports of suspected counterfeiting from the public. A report is not a case: it waits
 * in its office's list until an officer registers it for the filing decision, or records
 * why it is not filed. The office must decide within 10 working days of receiving it
 * (CNIPA 2015 Measures art. 28; SAMR: the verification period), so the list shows that
 * day.
 */
@Service
public class PenaltyReports {

    static final int MAX_FILES = 10;
    static final String RECEIVED = "RECEIVED";
    static final String REGISTERED = "REGISTERED";
    static final String NOT_FILED = "NOT_FILED";

    private final JdbcClient jdbc;

    private final Validation validation;

    private final Cases cases;

    private final Offices offices;

    private final UploadRules uploads;

    private final Deadlines deadlines;

    private final PenaltySettings settings;

    private final AuditTrail audit;

    private final Clock clock;

    PenaltyReports(JdbcClient jdbc, Validation validation, Cases cases, Offices offices, UploadRules uploads,
            Deadlines deadlines, PenaltySettings settings, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.validation = validation;
        this.cases = cases;
        this.offices = offices;
        this.uploads = uploads;
        this.deadlines = deadlines;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Submitted submit(NewReport report, List<CaseFile> files, AppUser reporter) {
        if (report == null) {
            throw InvalidInputException.of("report", "penalty.report.required");
        }
        List<Violation> violations = new ArrayList<>(validation.violationsOf(report));
        if (report.officeId() != null && !report.officeId().isBlank() && offices.find(report.officeId()).isEmpty()) {
            violations.add(Violation.keyed("officeId", "penalty.report.office.unknown", report.officeId()));
        }
        if (files.size() > MAX_FILES) {
            violations.add(Violation.keyed("files", "upload.too-many", MAX_FILES));
        }
        violations.addAll(uploads.check("files", files));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID id = UUID.randomUUID();
        String code = TrackingCodes.next();
        jdbc.sql("""
                insert into penalty_reports (id, tracking_code, office_id, received_at, received_on, reporter_username,
                    reporter_name, reporter_contact, subject_name, subject_address, product, marked_patent_number,
                    where_seen, description, status)
                values (:id, :code, :office, :at, :on, :user, :name, :contact, :subject, :address, :product, :marked,
                    :where, :description, 'RECEIVED')""")
            .param("id", id)
            .param("code", code)
            .param("office", report.officeId())
            .param("at", now)
            .param("on", now.toLocalDate())
            .param("user", reporter == null ? null : reporter.getUsername())
            .param("name", strip(report.reporterName()))
            .param("contact", strip(report.reporterContact()))
            .param("subject", report.subjectName().strip())
            .param("address", strip(report.subjectAddress()))
            .param("product", report.product().strip())
            .param("marked", strip(report.markedPatentNumber()))
            .param("where", strip(report.whereSeen()))
            .param("description", report.description().strip())
            .update();
        for (CaseFile file : files) {
            jdbc.sql("""
                    insert into penalty_report_files (id, report_id, file_name, content_type, size_bytes, content)
                    values (:id, :report, :name, :type, :size, :content)""")
                .param("id", UUID.randomUUID())
                .param("report", id)
                .param("name", file.name())
                .param("type", uploads.detect(file))
                .param("size", file.size())
                .param("content", file.bytes())
                .update();
        }
        audit.record(reporter == null ? "anonymous" : reporter.getUsername(), PenaltyAudit.REPORT_RECEIVED, null, code);
        return new Submitted(code, now.toLocalDate());
    }

    /**
     * What the holder of a tracking code may know: when it arrived and where it stands.
     */
    public Optional<Tracking> track(String typedCode) {
        return TrackingCodes.normalise(typedCode)
            .flatMap(code -> tracked(jdbc.sql(TRACKING + " where r.tracking_code = :code")
                .param("code", code)
                .query(TrackedRow.class)
                .list()).stream().findFirst());
    }

    public List<Tracking> mine(AppUser reporter) {
        return tracked(jdbc.sql(TRACKING + " where r.reporter_username = :u order by r.received_at desc")
            .param("u", reporter.getUsername())
            .query(TrackedRow.class)
            .list());
    }

    private static final String TRACKING = """
            select r.tracking_code, r.received_on, r.status, r.product, r.subject_name, r.case_id, d.kind decision_kind
            from penalty_reports r left join penalty_decisions d on d.case_id = r.case_id""";

    /** The reports with their cases' stages, which the cases module knows. */
    private List<Tracking> tracked(List<TrackedRow> rows) {
        Map<UUID, CaseSummary> filed = cases
            .summaries(rows.stream().map(TrackedRow::caseId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return rows.stream()
            .map(r -> new Tracking(r.trackingCode(), r.receivedOn(),
                    ReportStatus.of(r.status(),
                            Optional.ofNullable(r.caseId()).map(filed::get).map(CaseSummary::stage).orElse(null),
                            r.decisionKind()),
                    r.product(), r.subjectName()))
            .toList();
    }

    private record TrackedRow(String trackingCode, LocalDate receivedOn, String status, String product,
            String subjectName, UUID caseId, String decisionKind) {
    }

    /** The office's reports, those awaiting a decision first, by the day it is due. */
    public List<ReportSummary> forOffice(AppUser officer) {
        return jdbc.sql("""
                select id, tracking_code, received_on, status, subject_name, product, case_id
                from penalty_reports where office_id = :office
                order by case when status = 'RECEIVED' then 0 else 1 end, received_on, received_at""")
            .param("office", officer.officeId())
            .query((rs, i) -> {
                LocalDate received = rs.getObject("received_on", LocalDate.class);
                return new ReportSummary(rs.getObject("id", UUID.class), rs.getString("tracking_code"), received,
                        decisionDue(received), rs.getString("status"), rs.getString("subject_name"),
                        rs.getString("product"), rs.getObject("case_id", UUID.class));
            })
            .list();
    }

    public ReportDetail detail(AppUser officer, UUID id) {
        ReportDetail detail = jdbc.sql("""
                select id, tracking_code, received_at, received_on, status, reporter_username, reporter_name,
                    reporter_contact, subject_name, subject_address, product, marked_patent_number, where_seen,
                    description, reasons, case_id
                from penalty_reports where id = :id and office_id = :office""")
            .param("id", id)
            .param("office", officer.officeId())
            .query((rs, i) -> {
                LocalDate received = rs.getObject("received_on", LocalDate.class);
                return new ReportDetail(rs.getObject("id", UUID.class), rs.getString("tracking_code"),
                        rs.getObject("received_at", OffsetDateTime.class), received, decisionDue(received),
                        rs.getString("status"), rs.getString("reporter_username") != null,
                        rs.getString("reporter_name"), rs.getString("reporter_contact"), rs.getString("subject_name"),
                        rs.getString("subject_address"), rs.getString("product"), rs.getString("marked_patent_number"),
                        rs.getString("where_seen"), rs.getString("description"), rs.getString("reasons"),
                        rs.getObject("case_id", UUID.class), List.of());
            })
            .optional()
            .orElseThrow(() -> new NotFoundException("report"));
        List<ReportFileInfo> files = jdbc.sql("""
                select id, file_name, content_type, size_bytes from penalty_report_files where report_id = :id
                order by file_name""").param("id", id).query(ReportFileInfo.class).list();
        return detail.withFiles(files);
    }

    public Documents.DocumentContent file(AppUser officer, UUID reportId, UUID fileId) {
        detail(officer, reportId);
        return jdbc
            .sql("select file_name, content_type, content from penalty_report_files where id = :f and report_id = :r")
            .param("f", fileId)
            .param("r", reportId)
            .query((rs, i) -> new Documents.DocumentContent(rs.getString("file_name"), rs.getString("content_type"),
                    rs.getBytes("content")))
            .optional()
            .orElseThrow(() -> new NotFoundException("file"));
    }

    /**
     * The officer finds nothing to file (no suspected counterfeiting): the reporter sees
     * "not filed".
     */
    @Transactional
    public void dismiss(AppUser officer, UUID id, String reasons) {
        if (reasons == null || reasons.isBlank()) {
            throw InvalidInputException.of("reasons", "penalty.report.reasons.required");
        }
        if (reasons.length() > 2000) {
            throw InvalidInputException.of("reasons", "field.too-long");
        }
        ReportDetail report = detail(officer, id);
        requireOpen(report);
        jdbc.sql("""
                update penalty_reports set status = 'NOT_FILED', decided_by = :by, decided_at = :at, reasons = :reasons
                where id = :id""")
            .param("by", officer.getUsername())
            .param("at", OffsetDateTime.now(clock))
            .param("reasons", reasons.strip())
            .param("id", id)
            .update();
        audit.record(officer.getUsername(), PenaltyAudit.REPORT_NOT_FILED, null, report.trackingCode());
    }

    /** The report taken up for the filing decision, with its files for the case. */
    @Transactional
    public ReportDetail register(AppUser officer, UUID id, UUID caseId) {
        ReportDetail report = detail(officer, id);
        requireOpen(report);
        jdbc.sql("""
                update penalty_reports set status = 'REGISTERED', decided_by = :by, decided_at = :at, case_id = :case
                where id = :id""")
            .param("by", officer.getUsername())
            .param("at", OffsetDateTime.now(clock))
            .param("case", caseId)
            .param("id", id)
            .update();
        return report;
    }

    public List<CaseFile> files(UUID reportId) {
        return jdbc.sql("select file_name, content from penalty_report_files where report_id = :r")
            .param("r", reportId)
            .query((rs, i) -> new CaseFile(rs.getString("file_name"), rs.getBytes("content")))
            .list();
    }

    private static void requireOpen(ReportDetail report) {
        if (!RECEIVED.equals(report.status())) {
            throw new ConflictException("problem.penalty.report-decided");
        }
    }

    private LocalDate decisionDue(LocalDate received) {
        int days = settings.procedure() == PenaltyProcedure.SAMR ? settings.samr().verificationWorkingDays()
                : PenaltyClocks.CNIPA_FILING_ON_REPORT;
        return deadlines.workingDays(received, days).lastDay();
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public record Submitted(String trackingCode, LocalDate receivedOn) {
    }

    public record Tracking(String trackingCode, LocalDate receivedOn, ReportStatus status, String product,
            String subjectName) {

        /**
         * For the public page: the code's holder already knows the report's text; show
         * only its state.
         */
        Tracking anonymised() {
            return new Tracking(trackingCode, receivedOn, status, null, null);
        }
    }

    public record ReportSummary(UUID id, String trackingCode, LocalDate receivedOn, LocalDate decisionDueOn,
            String status, String subjectName, String product, UUID caseId) {
    }

    public record ReportFileInfo(UUID id, String fileName, String contentType, long sizeBytes) {
    }

    public record ReportDetail(UUID id, String trackingCode, OffsetDateTime receivedAt, LocalDate receivedOn,
            LocalDate decisionDueOn, String status, boolean fromAccount, String reporterName, String reporterContact,
            String subjectName, String subjectAddress, String product, String markedPatentNumber, String whereSeen,
            String description, String reasons, UUID caseId, List<ReportFileInfo> files) {

        ReportDetail withFiles(List<ReportFileInfo> files) {
            return new ReportDetail(id, trackingCode, receivedAt, receivedOn, decisionDueOn, status, fromAccount,
                    reporterName, reporterContact, subjectName, subjectAddress, product, markedPatentNumber, whereSeen,
                    description, reasons, caseId, files);
        }
    }

}
