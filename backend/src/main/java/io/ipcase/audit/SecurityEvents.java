package io.ipcase.audit;

import io.ipcase.security.SecurityEventOccurred;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what happened to sign-in and accounts, in the transaction that published it:
 * failed sign-ins, lockouts, and every change an administrator or the person made to an
 * account.
 */
@Component
class SecurityEvents {

    private final AuditTrail audit;

    SecurityEvents(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    @Transactional
    void on(SecurityEventOccurred event) {
        audit.recordWithDetails(event.actor(), event.action(), null, event.details());
    }

}
