package io.ipcase.penalty.investigation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.security.AppUser;
import io.ipcase.storage.Uploads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The measures and the illegal gains the handlers record while they investigate. */
@RestController
class PenaltyInvestigationController {

    private final Investigation investigation;

    PenaltyInvestigationController(Investigation investigation) {
        this.investigation = investigation;
    }

    @PostMapping(path = "/api/penalty/cases/{id}/measures", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Long>> measure(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @RequestPart(name = "measure", required = false) Investigation.MeasureRecord measure,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        long measureId = investigation.recordMeasure(user, id, measure, Uploads.of(files));
        return ResponseEntity.status(201).body(Map.of("id", measureId));
    }

    @PostMapping("/api/penalty/cases/{id}/gains")
    ResponseEntity<Investigation.Gain> gain(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @RequestBody Investigation.GainRecord gain) {
        return ResponseEntity.status(201).body(investigation.recordGain(user, id, gain));
    }

    @DeleteMapping("/api/penalty/cases/{id}/gains/{gainId}")
    ResponseEntity<Void> removeGain(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @PathVariable long gainId) {
        investigation.removeGain(user, id, gainId);
        return ResponseEntity.noContent().build();
    }

}
