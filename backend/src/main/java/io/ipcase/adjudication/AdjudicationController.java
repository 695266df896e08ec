package io.ipcase.adjudication;

import java.util.List;
import java.util.UUID;

import io.ipcase.security.AppUser;
import io.ipcase.storage.Uploads;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The steps of an adjudication that parties take in the portal and the panel takes from the case
 * page, outside the inbox's tasks. Each answers 201 once recorded, 403 for someone it is not for,
 * 404 for a case the caller may not see, and 409 when the case is not at a stage that allows it.
 */
@RestController
class AdjudicationController {

    private final AcceptanceExtensions acceptanceExtensions;
    private final Answers answers;
    private final JurisdictionObjections objections;
    private final Recusals recusals;
    private final Evidence evidence;
    private final Hearings hearings;
    private final Suspensions suspensions;
    private final Withdrawals withdrawals;
    private final CasePeriods casePeriods;
    private final Enforcement enforcement;

    AdjudicationController(AcceptanceExtensions acceptanceExtensions, Answers answers, JurisdictionObjections objections,
                           Recusals recusals, Evidence evidence, Hearings hearings, Suspensions suspensions,
                           Withdrawals withdrawals, CasePeriods casePeriods, Enforcement enforcement) {
        this.acceptanceExtensions = acceptanceExtensions;
        this.answers = answers;
        this.objections = objections;
        this.recusals = recusals;
        this.evidence = evidence;
        this.hearings = hearings;
        this.suspensions = suspensions;
        this.withdrawals = withdrawals;
        this.casePeriods = casePeriods;
        this.enforcement = enforcement;
    }

    @PostMapping("/api/cases/{id}/acceptance-extension-requests")
    @ResponseStatus(HttpStatus.CREATED)
    void requestAcceptanceExtension(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
                                    @Valid @RequestBody AcceptanceExtensions.Request request) {
        acceptanceExtensions.request(user, id, request);
    }

    @PostMapping(path = "/api/cases/{id}/answer", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    void fileAnswer(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
                    @RequestPart(name = "answer", required = false) String answer,
                    @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        answers.file(user, id, answer, Uploads.of(files));
    }

    @PostMapping("/api/cases/{id}/answer-period/extensions")
    @ResponseStatus(HttpStatus.CREATED)
    void extendAnswerPeriod(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
                            @Valid @RequestBody Answers.Extension extension) {
        answers.extend(user, id, extension);
    }

    @PostMapping("/api/cases/{id}/jurisdiction-objections")
    @ResponseStatus(HttpStatus.CREATED)
    void objectToJurisdiction(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
                              @Valid @RequestBody JurisdictionObjections.Objection objection) {
        objections.raise(user, id, objection);
    }

    @PostMapping("/api/cases/{id}/recusal-requests")
    @ResponseStatus(HttpStatus.CREATED)
    void requestRecusal(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
                        @Valid @RequestBody Recusals.Request request) {
        recusals.request(user, id, request);
    }

    @PostMapping(path = "/api/cases/{id}/evaluation-report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    void fileEvaluationReport(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
                              @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        evidence.fileEvaluationReport(user, id, Uploads.of(files));
    }

    @PostMapping("/api/cases/{id}/evidence-period/extensions")
    @ResponseStatus(HttpStatus.CREATED)
    void extendEvidencePeriod(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
                              @Valid @RequestBody Evidence.Extension extension) {
        evidence.extend(user, id, extension);
    }

    @PostMapping("/api/cases/{id}/hearing-postponement-requests")
    @ResponseStatus(HttpStatus.CREATED)
    void requestPostponement(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
                             @Valid @RequestBody Hearings.Postponement postponement) {
        hearings.requestPostponement(user, id, postponement);
    }

    @PostMapping("/api/cases/{id}/suspension-requests")
    @ResponseStatus(HttpStatus.CREATED)
    void requestSuspension(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
                           @Valid @RequestBody Suspensions.Request request) {
        suspensions.request(user, id, request);
    }

    @PostMapping("/api/cases/{id}/withdrawal-requests")
    @ResponseStatus(HttpStatus.CREATED)
    void requestWithdrawal(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
                           @Valid @RequestBody Withdrawals.Request request) {
        withdrawals.request(user, id, request);
    }

    @PostMapping("/api/cases/{id}/case-period/extension-requests")
    @ResponseStatus(HttpStatus.CREATED)
    void requestCasePeriodExtension(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
                                    @Valid @RequestBody CasePeriods.Request request) {
        casePeriods.requestExtension(user, id, request);
    }

    @PostMapping("/api/cases/{id}/lawsuits")
    @ResponseStatus(HttpStatus.CREATED)
    void reportLawsuit(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
                       @Valid @RequestBody Enforcement.Lawsuit lawsuit) {
        enforcement.reportLawsuit(user, id, lawsuit);
    }
}
