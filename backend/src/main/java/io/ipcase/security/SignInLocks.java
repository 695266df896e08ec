package io.ipcase.security;

import java.util.List;
import java.util.Map;

import io.ipcase.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The source addresses locked out for guessing, as administrators see them (a locked
 * account shows on its own row of the accounts page), and lifting such a lockout: an
 * office behind one address (a government network's gateway) may lock itself out.
 */
@RestController
class SignInLocks {

    /** More than a page needs; a campaign from more addresses shows its latest. */
    private static final int MOST_LISTED = 200;

    private final SignInThrottle throttle;

    private final ApplicationEventPublisher events;

    SignInLocks(SignInThrottle throttle, ApplicationEventPublisher events) {
        this.throttle = throttle;
        this.events = events;
    }

    record AddressUnlock(@NotBlank(message = "{sign-in.address.required}") @Size(max = 100,
            message = "{field.too-long}") String address) {
    }

    @GetMapping("/api/admin/locked-addresses")
    List<SignInThrottle.LockedAddress> locked() {
        return throttle.lockedAddresses(MOST_LISTED);
    }

    @PostMapping("/api/admin/locked-addresses/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void unlock(@AuthenticationPrincipal AppUser admin, @Valid @RequestBody AddressUnlock request) {
        String address = request.address().strip();
        if (!throttle.unlockAddress(address)) {
            throw new NotFoundException("locked address");
        }
        events.publishEvent(new SecurityEventOccurred(admin.getUsername(), SecurityEventOccurred.ADDRESS_UNLOCKED,
                Map.of("address", address)));
    }

}
