package io.ipcase.adjudication.period;

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
 * What the parties and the panel ask outside the inbox about the case's time: a
 * suspension, more time for the case. Each answers 201 once recorded, 403 for someone it
 * is not for, 404 for a case the caller may not see, and 409 when the case is not at a
 * stage that allows it.
 */
@RestController
class PeriodController {

    private final Suspensions suspensions;

    private final CasePeriods casePeriods;

    PeriodController(Suspensions suspensions, CasePeriods casePeriods) {
        this.suspensions = suspensions;
        this.casePeriods = casePeriods;
    }

    @PostMapping("/api/cases/{id}/suspension-requests")
    @ResponseStatus(HttpStatus.CREATED)
    void requestSuspension(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @Valid @RequestBody Suspensions.Request request) {
        suspensions.request(user, id, request);
    }

    @PostMapping("/api/cases/{id}/case-period/extension-requests")
    @ResponseStatus(HttpStatus.CREATED)
    void requestCasePeriodExtension(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @Valid @RequestBody CasePeriods.Request request) {
        casePeriods.requestExtension(user, id, request);
    }

}
