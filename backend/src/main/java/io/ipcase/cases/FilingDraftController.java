package io.ipcase.cases;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.security.AppUser;
import io.ipcase.storage.Uploads;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The complainant's drafts of a request, their evidence, and filing one. */
@RestController
class FilingDraftController {

    private final FilingDrafts drafts;

    FilingDraftController(FilingDrafts drafts) {
        this.drafts = drafts;
    }

    @GetMapping("/api/filing-drafts")
    List<FilingDrafts.DraftSummary> mine(@AuthenticationPrincipal AppUser user) {
        return drafts.mine(user);
    }

    @PostMapping("/api/filing-drafts")
    @ResponseStatus(HttpStatus.CREATED)
    FilingDrafts.Draft create(@AuthenticationPrincipal AppUser user, @RequestBody JsonNode content) {
        return drafts.create(user, content);
    }

    @GetMapping("/api/filing-drafts/{id}")
    FilingDrafts.Draft get(@AuthenticationPrincipal AppUser user, @PathVariable UUID id) {
        return drafts.require(user, id);
    }

    @PutMapping("/api/filing-drafts/{id}")
    FilingDrafts.Draft save(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @RequestBody JsonNode content) {
        return drafts.save(user, id, content);
    }

    @DeleteMapping("/api/filing-drafts/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal AppUser user, @PathVariable UUID id) {
        drafts.delete(user, id);
    }

    @PostMapping(path = "/api/filing-drafts/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    FilingDrafts.DraftFileInfo addFile(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @RequestPart("file") MultipartFile file) {
        return drafts.addFile(user, id, Uploads.of(file));
    }

    @DeleteMapping("/api/filing-drafts/{id}/files/{fileId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteFile(@AuthenticationPrincipal AppUser user, @PathVariable UUID id, @PathVariable UUID fileId) {
        drafts.deleteFile(user, id, fileId);
    }

    @PostMapping("/api/filing-drafts/{id}/file")
    ResponseEntity<CaseFiling.FiledCase> file(@AuthenticationPrincipal AppUser user, @PathVariable UUID id) {
        CaseFiling.FiledCase filed = drafts.file(user, id);
        return ResponseEntity.created(URI.create("/api/cases/" + filed.id())).body(filed);
    }

}
