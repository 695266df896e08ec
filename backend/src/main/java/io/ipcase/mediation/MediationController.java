package io.ipcase.mediation;

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
class MediationController {

    private final Mediations mediations;

    private final MediationSettings settings;

    MediationController(Mediations mediations, MediationSettings settings) {
        this.mediations = mediations;
        this.settings = settings;
    }

    /** A mediation of its own (Order 81 art. 63–64). */
    @PostMapping(path = "/api/cases/mediation-requests", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CaseFiling.FiledCase> file(@AuthenticationPrincipal AppUser user,
            @RequestPart("request") Mediations.StandaloneRequest request,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        CaseFiling.FiledCase filed = mediations.file(user, request, Uploads.of(files));
        return ResponseEntity.created(URI.create("/api/cases/" + filed.id())).body(filed);
    }

    /**
     * Mediation inside an adjudication case, asked for by a party (art. 35; Patent Law
     * art. 65).
     */
    @PostMapping("/api/cases/{id}/mediation-requests")
    @ResponseStatus(HttpStatus.CREATED)
    void requestInCase(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @Valid @RequestBody Mediations.InCaseRequest request) {
        mediations.requestInCase(user, id, request);
    }

    /** The other side's statement of opinion (art. 65). */
    @PostMapping("/api/cases/{id}/mediation/opinion")
    @ResponseStatus(HttpStatus.CREATED)
    void stateOpinion(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @Valid @RequestBody Mediations.Opinion opinion) {
        mediations.stateOpinion(user, id, opinion);
    }

    @GetMapping("/api/admin/settings/mediation")
    MediationSettings settings() {
        return settings;
    }

}
