package io.ipcase.penalty.report;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.security.AppUser;
import io.ipcase.security.Office;
import io.ipcase.security.Offices;
import io.ipcase.web.NotFoundException;
import io.ipcase.storage.Uploads;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import io.ipcase.storage.Documents;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reports of suspected counterfeiting: sent and followed by anyone through /api/public
 * (limited per client address), sent and listed by signed-in complainants, and worked by
 * the office's staff.
 */
@RestController
class PenaltyReportController {

    private final PenaltyReports reports;

    private final ReportRateLimits limits;

    private final MessageSource messages;

    private final Offices offices;

    PenaltyReportController(PenaltyReports reports, ReportRateLimits limits, MessageSource messages, Offices offices) {
        this.reports = reports;
        this.limits = limits;
        this.messages = messages;
        this.offices = offices;
    }

    /** The departments a report may go to: public knowledge, for the report form. */
    @GetMapping("/api/public/offices")
    List<Office> offices() {
        return offices.all();
    }

    /**
     * Anyone, signed in or not; the report is anonymous unless the reporter gives a name.
     */
    @PostMapping(path = "/api/public/penalty-reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<PenaltyReports.Submitted> submitPublic(HttpServletRequest request,
            @RequestPart(name = "report", required = false) NewReport report,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        limits.submission(request.getRemoteAddr());
        PenaltyReports.Submitted submitted = reports.submit(report, Uploads.of(files), null);
        return ResponseEntity.created(URI.create("/api/public/penalty-reports/" + submitted.trackingCode()))
            .body(submitted);
    }

    @GetMapping("/api/public/penalty-reports/{code}")
    PenaltyReports.Tracking track(HttpServletRequest request, @PathVariable String code) {
        limits.lookup(request.getRemoteAddr());
        return reports.track(code)
            .map(PenaltyReports.Tracking::anonymised)
            .orElseThrow(() -> new NotFoundException("report"));
    }

    /** A signed-in complainant's report, listed in their portal. */
    @PostMapping(path = "/api/penalty/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<PenaltyReports.Submitted> submit(@AuthenticationPrincipal AppUser user,
            @RequestPart(name = "report", required = false) NewReport report,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        limits.submission(user.getUsername());
        PenaltyReports.Submitted submitted = reports.submit(report, Uploads.of(files), user);
        return ResponseEntity.status(HttpStatus.CREATED).body(submitted);
    }

    @GetMapping("/api/penalty/reports/mine")
    List<PenaltyReports.Tracking> mine(@AuthenticationPrincipal AppUser user) {
        return reports.mine(user);
    }

    @GetMapping("/api/penalty/reports")
    List<PenaltyReports.ReportSummary> forOffice(@AuthenticationPrincipal AppUser user) {
        return reports.forOffice(user);
    }

    @GetMapping("/api/penalty/reports/{id}")
    PenaltyReports.ReportDetail detail(@AuthenticationPrincipal AppUser user, @PathVariable UUID id) {
        return reports.detail(user, id);
    }

    @GetMapping("/api/penalty/reports/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @PathVariable UUID fileId) {
        Documents.DocumentContent file = reports.file(user, id, fileId);
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(file.contentType()))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8)
                        .build()
                        .toString())
            .header("X-Content-Type-Options", "nosniff")
            .body(file.content());
    }

    @PostMapping("/api/penalty/reports/{id}/dismissal")
    ResponseEntity<Void> dismiss(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @RequestBody Map<String, String> body) {
        reports.dismiss(user, id, body == null ? null : body.get("reasons"));
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooManyRequests(ReportRateLimits.TooManyRequests e) {
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, messages.getMessage(
                "problem.penalty.too-many-requests", new Object[] { seconds }, LocaleContextHolder.getLocale()));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
            .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(problem);
    }

}
