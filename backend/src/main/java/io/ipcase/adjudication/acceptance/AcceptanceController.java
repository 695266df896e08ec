package io.ipcase.adjudication;

import java.util.List;
import java.util.UUID;

import io.ipcase.security.AppUser;
import io.ipcase.storage.Uploads;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class SupplementController {

    private final Supplements supplements;

    SupplementController(Supplements supplements) {
        this.supplements = supplements;
    }

    @PostMapping(path = "/api/cases/{id}/supplements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Void> submit(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
                                @RequestPart(name = "note", required = false) String note,
                                @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        supplements.submit(user, id, note, Uploads.of(files));
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }
}
