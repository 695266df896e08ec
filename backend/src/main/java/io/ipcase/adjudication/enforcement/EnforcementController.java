package io.ipcase.adjudication.enforcement;

import java.util.UUID;

import io.ipcase.security.AppUser;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A party's suit against the decision, reported by the party or recorded by the panel:
 * 201 once recorded, 403 for someone it is not for, 404 for a case the caller may not
 * see, and 409 when there is no window to sue.
 */
@RestController
class EnforcementController {

    private final Enforcement enforcement;

    EnforcementController(Enforcement enforcement) {
        this.enforcement = enforcement;
    }

    @PostMapping("/api/cases/{id}/lawsuits")
    @ResponseStatus(HttpStatus.CREATED)
    void reportLawsuit(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @Valid @RequestBody Enforcement.Lawsuit lawsuit) {
        enforcement.reportLawsuit(user, id, lawsuit);
    }

}
