package io.ipcase.penalty.seizure;

import java.time.LocalDate;
import java.util.UUID;

import io.ipcase.security.AppUser;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sealing and seizure asked for during the investigation, and what happens to the items
 * while held.
 */
@RestController
class PenaltySeizureController {

    private final Seizures seizures;

    PenaltySeizureController(Seizures seizures) {
        this.seizures = seizures;
    }

    @PostMapping("/api/penalty/cases/{id}/seizures")
    ResponseEntity<Seizures.Seizure> seize(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @Valid @RequestBody Seizures.SeizureRequest request) {
        return ResponseEntity.status(201).body(seizures.request(user, id, request));
    }

    @PostMapping("/api/penalty/cases/{id}/seizures/{seq}/testing")
    ResponseEntity<Void> testing(@AuthenticationPrincipal AppUser user, @PathVariable UUID id, @PathVariable int seq,
            @RequestBody TestingChange change) {
        seizures.testing(user, id, seq, change.starts(), change.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/penalty/cases/{id}/seizures/{seq}/extension-request")
    ResponseEntity<Void> extend(@AuthenticationPrincipal AppUser user, @PathVariable UUID id, @PathVariable int seq,
            @RequestBody Reasons body) {
        seizures.requestExtension(user, id, seq, body.reasons());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/penalty/cases/{id}/seizures/{seq}/release")
    ResponseEntity<Void> release(@AuthenticationPrincipal AppUser user, @PathVariable UUID id, @PathVariable int seq,
            @RequestBody Release body) {
        seizures.release(user, id, seq, body.releasedOn(), body.reasons());
        return ResponseEntity.noContent().build();
    }

    record TestingChange(boolean starts, String reason) {
    }

    record Reasons(String reasons) {
    }

    record Release(LocalDate releasedOn, String reasons) {
    }

}
