package io.ipcase.adjudication.acceptance;

import static io.ipcase.adjudication.casework.AdjudicationMessages.ACCEPTANCE_EXTENSION_REQUESTED;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.casework.ExtensionRequests;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.Cases;
import io.ipcase.engine.Procedure;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.ForbiddenException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Order 81 art. 20: a complex request's review may take 5 more working days, once, with
 * the department head's approval. An officer of the office asks while the review is open;
 * a supervisor decides in the inbox ({@link AcceptanceExtensionApprovalStep}).
 */
@Service
class AcceptanceExtensions {

    private static final ExtensionRequests.Kind ACCEPTANCE_REVIEW = new ExtensionRequests.Kind("acceptance_extensions",
            AdjudicationActions.ACCEPTANCE_EXTENSION_REQUESTED, ACCEPTANCE_EXTENSION_REQUESTED,
            "problem.not-under-review");

    private final Cases cases;

    private final Procedure procedure;

    private final JdbcClient jdbc;

    private final ExtensionRequests extensions;

    private final Clock clock;

    AcceptanceExtensions(Cases cases, Procedure procedure, JdbcClient jdbc, ExtensionRequests extensions, Clock clock) {
        this.cases = cases;
        this.procedure = procedure;
        this.jdbc = jdbc;
        this.extensions = extensions;
        this.clock = clock;
    }

    record Request(@NotBlank(message = "{extension.reasons.required}") @Size(max = 5000,
            message = "{field.too-long}") String reasons) {
    }

    @Transactional
    public void request(AppUser user, UUID caseId, Request request) {
        CaseRecord c = cases.require(user, caseId);
        if (!user.isStaff()) {
            throw new ForbiddenException("problem.staff-only");
        }
        if (jdbc.sql("select count(*) from acceptance_extensions where case_id = :id")
            .param("id", caseId)
            .query(Integer.class)
            .single() > 0) {
            throw new ConflictException("problem.acceptance-extended-once");
        }
        if (!procedure.awaits(c.id(), ACCEPTANCE_EXTENSION_REQUESTED)) {
            throw new ConflictException("problem.not-under-review");
        }
        extensions.file(user, caseId, ACCEPTANCE_REVIEW, request.reasons(), request.reasons().strip());
    }

    /**
     * The supervisor's decision on the request, on its row; returns the reasons it was
     * asked for with.
     */
    String decide(UUID caseId, String decision, String comments, String decidedBy) {
        String reasons = jdbc.sql("select reasons from acceptance_extensions where case_id = :id")
            .param("id", caseId)
            .query(String.class)
            .single();
        jdbc.sql("""
                update acceptance_extensions set decision = :d, comments = :c, decided_by = :by, decided_at = :at
                where case_id = :id""")
            .param("d", decision)
            .param("c", comments)
            .param("by", decidedBy)
            .param("at", OffsetDateTime.now(clock))
            .param("id", caseId)
            .update();
        return reasons;
    }

}
