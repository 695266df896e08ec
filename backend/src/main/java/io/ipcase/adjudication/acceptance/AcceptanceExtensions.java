package io.ipcase.adjudication;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.Cases;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.inbox.InboxTask;
import io.ipcase.inbox.TaskForm;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.ForbiddenException;
import io.ipcase.web.InvalidInputException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import io.ipcase.engine.Procedure;

/**
 * Order 81 art. 20: a complex request's review may take 5 more working days, once, with the
 * department head's approval. An officer of the office asks while the review is open; a
 * supervisor decides in the inbox.
 */
@Service
class AcceptanceExtensions {

    static final String MESSAGE = "AcceptanceExtensionRequested";

    private final Cases cases;
    private final Procedure procedure;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    AcceptanceExtensions(Cases cases, Procedure procedure, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.procedure = procedure;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    record Request(@NotBlank(message = "{extension.reasons.required}") @Size(max = 5000, message = "{field.too-long}") String reasons) {
    }

    @Transactional
    public void request(AppUser user, UUID caseId, Request request) {
        CaseRecord c = cases.require(user, caseId);
        if (!user.isStaff()) {
            throw new ForbiddenException("problem.staff-only");
        }
        if (jdbc.sql("select count(*) from acceptance_extensions where case_id = :id").param("id", caseId)
            .query(Integer.class).single() > 0) {
            throw new ConflictException("problem.acceptance-extended-once");
        }
        if (!procedure.awaits(c.id(), MESSAGE)) {
            throw new ConflictException("problem.not-under-review");
        }
        jdbc.sql("""
                insert into acceptance_extensions (case_id, requested_by, requested_at, reasons)
                values (:id, :by, :at, :reasons)""")
            .param("id", caseId).param("by", user.getUsername()).param("at", OffsetDateTime.now(clock))
            .param("reasons", request.reasons().strip()).update();
        audit.record(user.getUsername(), AdjudicationActions.ACCEPTANCE_EXTENSION_REQUESTED, caseId, request.reasons().strip());
        procedure.tell(caseId, MESSAGE, Map.of(), "problem.not-under-review");
    }

    enum Approval { APPROVE, REFUSE }

    record ApprovalForm(@NotNull(message = "{approval.decision.required}") Approval decision,
                        @Size(max = 5000, message = "{field.too-long}") String comments) {
    }

    /** The supervisor's decision; an approved extension moves the review's due date by 5 working days. */
    @Component
    static class ApprovalTask implements TaskForm<ApprovalForm> {

        private final JdbcClient jdbc;
        private final CaseClocks clocks;
        private final AuditTrail audit;
        private final Clock clock;

        ApprovalTask(JdbcClient jdbc, CaseClocks clocks, AuditTrail audit, Clock clock) {
            this.jdbc = jdbc;
            this.clocks = clocks;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "acceptance-extension-approval";
        }

        @Override
        public Class<ApprovalForm> valuesType() {
            return ApprovalForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, ApprovalForm form) {
            if (form.decision() == Approval.REFUSE && (form.comments() == null || form.comments().isBlank())) {
                throw InvalidInputException.of("comments", "approval.comments.required");
            }
            String reasons = jdbc.sql("select reasons from acceptance_extensions where case_id = :id")
                .param("id", task.caseId()).query(String.class).single();
            jdbc.sql("""
                    update acceptance_extensions set decision = :d, comments = :c, decided_by = :by, decided_at = :at
                    where case_id = :id""")
                .param("d", form.decision().name()).param("c", form.comments()).param("by", user.getUsername())
                .param("at", OffsetDateTime.now(clock)).param("id", task.caseId()).update();
            if (form.decision() == Approval.APPROVE) {
                clocks.extend(task.caseId(), AdjudicationPeriods.ACCEPTANCE, AdjudicationPeriods.ACCEPTANCE_EXTENSION,
                    user.getUsername(), "DEPARTMENT_HEAD", reasons);
            }
            audit.record(user.getUsername(), AdjudicationActions.ACCEPTANCE_EXTENSION_DECIDED, task.caseId(),
                form.decision().name());
            return Map.of();
        }
    }
}
