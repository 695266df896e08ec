package io.ipcase.injunction;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.ipcase.cases.CaseFiling;
import io.ipcase.security.AppUser;
import io.ipcase.storage.Uploads;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class InjunctionController {

    private final Injunctions injunctions;

    private final InjunctionSettings settings;

    InjunctionController(Injunctions injunctions, InjunctionSettings settings) {
        this.injunctions = injunctions;
        this.settings = settings;
    }

    /**
     * The rights holder's application, or an officer's start of the office's own motion.
     */
    @PostMapping(path = "/api/cases/preliminary-injunctions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CaseFiling.FiledCase> apply(@AuthenticationPrincipal AppUser user,
            @RequestPart("application") Injunctions.Application application,
            @RequestPart(name = "evidence", required = false) List<MultipartFile> evidence,
            @RequestPart(name = "evaluationReport", required = false) MultipartFile evaluationReport) {
        CaseFiling.FiledCase filed = injunctions.apply(user, application, Uploads.of(evidence),
                evaluationReport == null ? null : Uploads.of(evaluationReport));
        return ResponseEntity.created(URI.create("/api/cases/" + filed.id())).body(filed);
    }

    @PostMapping(path = "/api/cases/{id}/injunction/supplement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void supplement(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        injunctions.supplement(user, id, Uploads.of(files));
    }

    @PostMapping("/api/cases/{id}/injunction/objection")
    @ResponseStatus(HttpStatus.CREATED)
    void object(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @Valid @RequestBody Injunctions.Objection objection) {
        injunctions.object(user, id, objection);
    }

    @PostMapping("/api/cases/{id}/injunction/patent-invalidation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void patentInvalidated(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @Valid @RequestBody Injunctions.Invalidation invalidation) {
        injunctions.patentInvalidated(user, id, invalidation);
    }

    @GetMapping("/api/admin/settings/injunction")
    InjunctionSettings settings() {
        return settings;
    }

}
