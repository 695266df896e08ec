package io.ipcase.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar ipcase.jar --verify-audit} (with the database's settings) verifies the
 * audit trail's hash chain, prints the outcome and exits: 0 when it is intact, 1 at the
 * first broken link. See the README.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AuditVerificationCommand implements ApplicationRunner {

    static final String OPTION = "verify-audit";

    private final AuditChain chain;

    private final ApplicationContext context;

    AuditVerificationCommand(AuditChain chain, ApplicationContext context) {
        this.chain = chain;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        AuditChain.Verification result = chain.verify();
        System.out.println(describe(result));
        int code = result.intact() ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> code));
    }

    static String describe(AuditChain.Verification result) {
        if (result.intact()) {
            return "audit trail intact: " + result.eventsChecked() + " events, last hash " + result.headHash();
        }
        AuditChain.BrokenLink link = result.firstBrokenLink();
        return "audit trail BROKEN after " + result.eventsChecked() + " good events: " + link.problem() + " at seq "
                + link.seq() + " (event id " + link.id() + "), last good hash " + result.headHash();
    }

}
