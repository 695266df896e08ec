package io.ipcase.penalty.notice;

import java.util.UUID;

import io.ipcase.security.AppUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the party put forward after the notice: a statement, a request for a hearing, or a
 * waiver.
 */
@RestController
class PenaltyNoticeController {

    private final PenaltyNotices notices;

    PenaltyNoticeController(PenaltyNotices notices) {
        this.notices = notices;
    }

    @PostMapping("/api/penalty/cases/{id}/responses")
    ResponseEntity<Void> respond(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @RequestBody PenaltyNotices.PartyResponse response) {
        notices.respond(user, id, response);
        return ResponseEntity.status(201).build();
    }

}
