package io.ipcase.penalty.decision;

import java.util.UUID;

import io.ipcase.security.AppUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reconsiderations and lawsuits against a decision, as the office learns of them and
 * of their outcome.
 */
@RestController
class PenaltyDecisionController {

    private final PenaltyChallenges challenges;

    PenaltyDecisionController(PenaltyChallenges challenges) {
        this.challenges = challenges;
    }

    @PostMapping("/api/penalty/cases/{id}/challenges")
    ResponseEntity<Void> challenge(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @RequestBody PenaltyChallenges.ChallengeRecord challenge) {
        challenges.file(user, id, challenge);
        return ResponseEntity.status(201).build();
    }

    @PostMapping("/api/penalty/cases/{id}/challenges/{challengeId}/decision")
    ResponseEntity<Void> challengeDecided(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @PathVariable long challengeId, @RequestBody PenaltyChallenges.ChallengeDecision decision) {
        challenges.decide(user, id, challengeId, decision);
        return ResponseEntity.noContent().build();
    }

}
