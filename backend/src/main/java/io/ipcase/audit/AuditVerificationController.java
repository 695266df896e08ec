package io.ipcase.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators ask whether the audit trail is intact (see {@link AuditChain}). */
@RestController
class AuditVerificationController {

    private final AuditChain chain;

    AuditVerificationController(AuditChain chain) {
        this.chain = chain;
    }

    @GetMapping("/api/admin/audit/verification")
    AuditChain.Verification verify() {
        return chain.verify();
    }

}
