package io.ipcase.adjudication.evidence;

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
 * The evidence stage outside the inbox: the requester's evaluation report, more time for
 * a party. Each answers 201 once recorded, 403 for someone it is not for, 404 for a case
 * the caller may not see, and 409 when the case is not at a stage that allows it.
 */
@RestController
class EvidenceController {

    private final Evidence evidence;

    EvidenceController(Evidence evidence) {
        this.evidence = evidence;
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

}
