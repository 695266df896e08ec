package io.ipcase.adjudication.period;

import static io.ipcase.adjudication.casework.AdjudicationMessages.CASE_PERIOD_EXTENSION_REQUESTED;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.casework.CaseSteps;
import io.ipcase.adjudication.casework.ExtensionRequests;
import io.ipcase.cases.CaseRecord;
import io.ipcase.engine.Procedure;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case period (Order 81 art. 37): 3 months from acceptance; the panel may ask for
 * more time, which the department head grants once, up to a month, and the next-higher
 * department once more, up to two ({@link CasePeriodExtensionApprovalStep}); each
 * extension is recorded with its approver. The panel and the supervisor are warned before
 * it runs out ({@link CasePeriodWarning}), and the supervisor takes up a case whose
 * period has run out ({@link CasePeriodEscalationStep}).
 */
@Service
class CasePeriods {

    enum Level {

        DEPARTMENT_HEAD, NEXT_HIGHER_DEPARTMENT

    }

    private static final ExtensionRequests.Kind CASE_PERIOD = new ExtensionRequests.Kind("case_period_extensions",
            AdjudicationActions.CASE_PERIOD_EXTENSION_REQUESTED, CASE_PERIOD_EXTENSION_REQUESTED,
            "problem.not-in-handling");

    private final CaseSteps steps;

    private final Procedure procedure;

    private final JdbcClient jdbc;

    private final ExtensionRequests extensions;

    private final Clock clock;

    CasePeriods(CaseSteps steps, Procedure procedure, JdbcClient jdbc, ExtensionRequests extensions, Clock clock) {
        this.steps = steps;
        this.procedure = procedure;
        this.jdbc = jdbc;
        this.extensions = extensions;
        this.clock = clock;
    }

    record Request(
            @NotBlank(message = "{reasons.required}") @Size(max = 5000, message = "{field.too-long}") String reasons) {
    }

    @Transactional
    public void requestExtension(AppUser user, UUID caseId, Request request) {
        CaseRecord c = steps.adjudication(user, caseId);
        steps.panel(user, c);
        if (jdbc.sql("select count(*) from case_period_extensions where case_id = :id and decision is null")
            .param("id", caseId)
            .query(Integer.class)
            .single() > 0) {
            throw new ConflictException("problem.extension-pending");
        }
        if (approved(caseId, Level.NEXT_HIGHER_DEPARTMENT)) {
            throw new ConflictException("problem.no-further-extension");
        }
        if (!procedure.awaits(caseId, CASE_PERIOD_EXTENSION_REQUESTED)) {
            throw new ConflictException("problem.not-in-handling");
        }
        extensions.file(user, caseId, CASE_PERIOD, request.reasons(), null);
    }

    boolean approved(UUID caseId, Level level) {
        return jdbc
            .sql("""
                    select count(*) from case_period_extensions where case_id = :id and level = :level and decision = 'APPROVE'""")
            .param("id", caseId)
            .param("level", level.name())
            .query(Integer.class)
            .single() > 0;
    }

    /**
     * The decision on the pending request, on its row: an approval with its level, months
     * and approver (the head's is the supervisor; the next-higher department approves in
     * its own name). Returns the reasons the panel asked with.
     */
    String decide(UUID caseId, String decision, Level level, Integer months, String approver, String approvalRef,
            String decidedBy) {
        String reasons = jdbc.sql("select reasons from case_period_extensions where case_id = :id and decision is null")
            .param("id", caseId)
            .query(String.class)
            .single();
        jdbc.sql("""
                update case_period_extensions set decision = :d, level = :level, months = :months, approver = :approver,
                    approval_ref = :ref, decided_by = :by, decided_at = :at where case_id = :id and decision is null""")
            .param("d", decision)
            .param("level", level == null ? null : level.name())
            .param("months", months)
            .param("approver", approver)
            .param("ref", approvalRef)
            .param("by", decidedBy)
            .param("at", OffsetDateTime.now(clock))
            .param("id", caseId)
            .update();
        return reasons;
    }

}
