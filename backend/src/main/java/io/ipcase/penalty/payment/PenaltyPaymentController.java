package io.ipcase.penalty.payment;

import java.time.LocalDate;
import java.util.UUID;

import io.ipcase.deadlines.Deadlines;
import io.ipcase.penalty.PenaltyCases;
import io.ipcase.security.AppUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payments of a penalty as the office records them, what is owed on a day, and requests
 * to pay later.
 */
@RestController
class PenaltyPaymentController {

    private final PenaltyCases cases;

    private final PenaltyPayments payments;

    private final PenaltyArrangements arrangements;

    private final Deadlines deadlines;

    PenaltyPaymentController(PenaltyCases cases, PenaltyPayments payments, PenaltyArrangements arrangements,
            Deadlines deadlines) {
        this.cases = cases;
        this.payments = payments;
        this.arrangements = arrangements;
        this.deadlines = deadlines;
    }

    @PostMapping("/api/penalty/cases/{id}/payments")
    ResponseEntity<PenaltyPayments.Due> pay(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @RequestBody PenaltyPayments.PaymentRecord payment) {
        return ResponseEntity.status(201).body(payments.record(user, id, payment));
    }

    /** What the party owes on a day, the surcharge included. */
    @GetMapping("/api/penalty/cases/{id}/due")
    PenaltyPayments.Due due(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @RequestParam(required = false) LocalDate asOf) {
        cases.require(user, id);
        return payments.due(id, asOf == null ? deadlines.today() : asOf);
    }

    @PostMapping("/api/penalty/cases/{id}/payment-arrangements")
    ResponseEntity<Void> arrange(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @RequestBody PenaltyArrangements.ArrangementRequest request) {
        arrangements.request(user, id, request);
        return ResponseEntity.status(201).build();
    }

}
