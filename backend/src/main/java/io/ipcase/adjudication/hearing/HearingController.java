package io.ipcase.adjudication.hearing;

import java.util.List;
import java.util.UUID;

import io.ipcase.adjudication.AdjudicationSettings;
import io.ipcase.security.AppUser;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hearing rooms a hearing may be held in, and a party's request to postpone a hearing
 * (201 once recorded, 403 for someone not a party, 404 for a case the caller may not see,
 * 409 when no hearing is scheduled).
 */
@RestController
class HearingController {

    private final Hearings hearings;

    private final AdjudicationSettings settings;

    HearingController(Hearings hearings, AdjudicationSettings settings) {
        this.hearings = hearings;
        this.settings = settings;
    }

    record Rooms(List<AdjudicationSettings.HearingRoom> rooms, boolean online) {
    }

    @GetMapping("/api/adjudication/hearing-rooms")
    Rooms rooms() {
        return new Rooms(settings.hearingRooms(), settings.onlineHearings());
    }

    @PostMapping("/api/cases/{id}/hearing-postponement-requests")
    @ResponseStatus(HttpStatus.CREATED)
    void requestPostponement(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @Valid @RequestBody Hearings.Postponement postponement) {
        hearings.requestPostponement(user, id, postponement);
    }

}
