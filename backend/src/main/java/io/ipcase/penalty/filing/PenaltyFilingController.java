package io.ipcase.penalty.filing;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import io.ipcase.cases.CaseFiling.FiledCase;
import io.ipcase.security.AppUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A lead registered for the filing decision, and the periods officers leave out of the
 * case period.
 */
@RestController
class PenaltyFilingController {

    private final PenaltyRegistration registration;

    private final ExcludedPeriods excluded;

    PenaltyFilingController(PenaltyRegistration registration, ExcludedPeriods excluded) {
        this.registration = registration;
        this.excluded = excluded;
    }

    @PostMapping("/api/penalty/cases")
    ResponseEntity<FiledCase> register(@AuthenticationPrincipal AppUser user, @RequestBody NewPenaltyCase lead) {
        FiledCase filed = registration.register(user, lead);
        return ResponseEntity.created(URI.create("/api/cases/" + filed.id())).body(filed);
    }

    @PostMapping("/api/penalty/cases/{id}/excluded-periods")
    ResponseEntity<Void> exclude(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @RequestBody Map<String, String> body) {
        excluded.start(user, id, body == null ? null : body.get("reason"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/penalty/cases/{id}/excluded-periods/end")
    ResponseEntity<Void> endExcluded(@AuthenticationPrincipal AppUser user, @PathVariable UUID id) {
        excluded.end(user, id);
        return ResponseEntity.noContent().build();
    }

}
