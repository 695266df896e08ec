package io.ipcase.adjudication.acceptance;

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
 * The steps of the acceptance review outside the inbox: the requester's supplement, an
 * officer's request for more time. Each answers 201 once recorded, 403 for someone it is
 * not for, 404 for a case the caller may not see, and 409 when the case is not at a stage
 * that allows it.
 */
@RestController
class AcceptanceController {

    private final Supplements supplements;

    private final AcceptanceExtensions extensions;

    AcceptanceController(Supplements supplements, AcceptanceExtensions extensions) {
        this.supplements = supplements;
        this.extensions = extensions;
    }

    @PostMapping(path = "/api/cases/{id}/supplements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    void submitSupplement(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @RequestPart(name = "note", required = false) String note,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        supplements.submit(user, id, note, Uploads.of(files));
    }

    @PostMapping("/api/cases/{id}/acceptance-extension-requests")
    @ResponseStatus(HttpStatus.CREATED)
    void requestAcceptanceExtension(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @Valid @RequestBody AcceptanceExtensions.Request request) {
        extensions.request(user, id, request);
    }

}
