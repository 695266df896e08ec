package io.ipcase.adjudication.withdrawal;

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
 * The requester's withdrawal, or the panel's motion to withdraw the case: 201 once
 * recorded, 403 for someone it is not for, 404 for a case the caller may not see, and 409
 * when the case is not at a stage that allows it.
 */
@RestController
class WithdrawalController {

    private final Withdrawals withdrawals;

    WithdrawalController(Withdrawals withdrawals) {
        this.withdrawals = withdrawals;
    }

    @PostMapping("/api/cases/{id}/withdrawal-requests")
    @ResponseStatus(HttpStatus.CREATED)
    void requestWithdrawal(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @Valid @RequestBody Withdrawals.Request request) {
        withdrawals.request(user, id, request);
    }

}
