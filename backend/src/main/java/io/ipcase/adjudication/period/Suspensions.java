package io.ipcase.adjudication;

import static io.ipcase.adjudication.AdjudicationPeriods.CASE_PERIOD;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PatentType;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockState;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.inbox.InboxTask;
import io.ipcase.inbox.TaskForm;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
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
 * Suspension and resumption (Order 81 art. 28, 29): on the grounds of art. 28 the case must be
 * suspended; on those of art. 29 the department may refuse. The case period stops while the case
 * is suspended (art. 37 ¶2) and runs on when the panel resumes it.
 */
@Service
class Suspensions {

    static final String MESSAGE = "SuspensionRequested";

    /** The grounds of art. 28; an accepted invalidation request binds only for a utility model or design. */
    enum Ground {
        INVALIDATION_ACCEPTED, PARTY_DIED, CAPACITY_LOST, SUCCESSOR_UNDETERMINED, FORCE_MAJEURE,
        DEPENDS_ON_OTHER_CASE, LEGAL_QUESTION_REFERRED, OTHER
    }

    /** The grounds of art. 29 on which a suspension may be refused. */
    enum RefusalGround { INVENTION_PATENT, EVALUATION_REPORT_NO_DEFECT, INVALIDATION_REFILED, VALIDITY_UPHELD, NO_NEED }

    static Set<RefusalGround> refusable(Ground ground, PatentType patent) {
        return switch (ground) {
            case INVALIDATION_ACCEPTED -> patent == PatentType.INVENTION
                ? EnumSet.of(RefusalGround.INVENTION_PATENT, RefusalGround.INVALIDATION_REFILED, RefusalGround.VALIDITY_UPHELD)
                : EnumSet.of(RefusalGround.EVALUATION_REPORT_NO_DEFECT, RefusalGround.INVALIDATION_REFILED,
                    RefusalGround.VALIDITY_UPHELD);
            case OTHER -> EnumSet.of(RefusalGround.NO_NEED);
            default -> EnumSet.noneOf(RefusalGround.class);
        };
    }

    private final CaseSteps steps;
    private final Procedure procedure;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Suspensions(CaseSteps steps, Procedure procedure, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.steps = steps;
        this.procedure = procedure;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    record Request(@NotNull(message = "{suspension.ground.required}") Ground ground,
                   @NotBlank(message = "{suspension.details.required}") @Size(max = 5000, message = "{field.too-long}") String details) {
    }

    /** A party's application, or the panel's own motion. */
    @Transactional
    public void request(AppUser user, UUID caseId, Request request) {
        CaseRecord c = steps.adjudication(user, caseId);
        if (user.isStaff()) {
            steps.panel(user, c);
        } else {
            steps.party(user, c);
        }
        if (steps.suspended(caseId)) {
            throw new ConflictException("problem.case-suspended");
        }
        if (jdbc.sql("select count(*) from suspensions where case_id = :id and decision is null").param("id", caseId)
            .query(Integer.class).single() > 0) {
            throw new ConflictException("problem.suspension-pending");
        }
        if (!procedure.awaits(caseId, MESSAGE)) {
            throw new ConflictException("problem.not-in-handling");
        }
        jdbc.sql("""
                insert into suspensions (case_id, ground, details, requested_by, requested_at)
                values (:id, :ground, :details, :by, :at)""")
            .param("id", caseId).param("ground", request.ground().name()).param("details", request.details().strip())
            .param("by", user.getUsername()).param("at", OffsetDateTime.now(clock)).update();
        audit.record(user.getUsername(), AdjudicationActions.SUSPENSION_REQUESTED, caseId, request.ground().name());
        procedure.tell(caseId, MESSAGE, Map.of(), "problem.not-in-handling");
    }

    enum Decision { SUSPEND, REFUSE }

    record DecisionForm(@NotNull(message = "{decision.required}") Decision decision, RefusalGround refusalGround,
                        @NotBlank(message = "{reasons.required}") @Size(max = 5000, message = "{field.too-long}") String reasons) {
    }

    @Component
    static class DecisionTask implements TaskForm<DecisionForm> {

        private final Cases cases;
        private final CaseClocks clocks;
        private final Deadlines deadlines;
        private final AdjudicationSettings settings;
        private final JdbcClient jdbc;
        private final AuditTrail audit;
        private final Clock clock;
        private final AdjudicationDocuments documents;

        DecisionTask(Cases cases, CaseClocks clocks, Deadlines deadlines, AdjudicationSettings settings, JdbcClient jdbc,
                     AuditTrail audit, Clock clock, AdjudicationDocuments documents) {
            this.documents = documents;
            this.cases = cases;
            this.clocks = clocks;
            this.deadlines = deadlines;
            this.settings = settings;
            this.jdbc = jdbc;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "suspension-decision";
        }

        @Override
        public Class<DecisionForm> valuesType() {
            return DecisionForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, DecisionForm form) {
            CaseRecord c = cases.findUnchecked(task.caseId()).orElseThrow();
            Ground ground = Ground.valueOf(jdbc.sql("select ground from suspensions where case_id = :id and decision is null")
                .param("id", c.id()).query(String.class).single());
            String details = jdbc.sql("select details from suspensions where case_id = :id and decision is null")
                .param("id", c.id()).query(String.class).single();
            if (form.decision() == Decision.REFUSE) {
                Set<RefusalGround> allowed = refusable(ground, c.patentType());
                if (allowed.isEmpty()) {
                    throw InvalidInputException.of("decision", "suspension.mandatory");
                }
                if (form.refusalGround() == null || !allowed.contains(form.refusalGround())) {
                    throw InvalidInputException.of("refusalGround", "suspension.refusal-ground.invalid");
                }
            }
            jdbc.sql("""
                    update suspensions set decision = :d, refusal_ground = :rg, reasons = :r, decided_by = :by, decided_at = :at
                    where case_id = :id and decision is null""")
                .param("d", form.decision().name())
                .param("rg", form.decision() == Decision.REFUSE ? form.refusalGround().name() : null)
                .param("r", form.reasons().strip()).param("by", user.getUsername())
                .param("at", OffsetDateTime.now(clock)).param("id", c.id()).update();
            audit.record(user.getUsername(), AdjudicationActions.SUSPENSION_DECIDED, c.id(), form.decision().name());
            if (form.decision() == Decision.SUSPEND
                && clocks.find(c.id(), CASE_PERIOD).map(p -> p.state() == ClockState.RUNNING).orElse(false)) {
                // art. 37 ¶2: the suspended time does not count toward the case period
                clocks.pause(c.id(), CASE_PERIOD, "SUSPENSION", user.getUsername());
            }
            if (form.decision() == Decision.SUSPEND) {
                documents.issueSuspensionNotice(c.id(), ground.name(), details, form.reasons().strip(), user.getUsername());
            }
            return Map.of("suspensionDecision", form.decision().name(),
                "suspensionReviewDueAt",
                deadlines.calendarDays(LocalDate.now(clock), settings.suspensionReviewDays()).dueDate());
        }
    }

    record ResumptionForm(@NotBlank(message = "{suspension.resumption.required}") @Size(max = 5000, message = "{field.too-long}") String note) {
    }

    /** Art. 28: resume once the cause has ended; the case period runs on. */
    @Component
    static class ResumptionTask implements TaskForm<ResumptionForm> {

        private final CaseClocks clocks;
        private final JdbcClient jdbc;
        private final AuditTrail audit;
        private final Clock clock;
        private final AdjudicationDocuments documents;

        ResumptionTask(CaseClocks clocks, JdbcClient jdbc, AuditTrail audit, Clock clock, AdjudicationDocuments documents) {
            this.documents = documents;
            this.clocks = clocks;
            this.jdbc = jdbc;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "resumption";
        }

        @Override
        public Class<ResumptionForm> valuesType() {
            return ResumptionForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, ResumptionForm form) {
            Optional<OffsetDateTime> suspendedAt = jdbc.sql("""
                    select decided_at from suspensions
                    where case_id = :id and decision = 'SUSPEND' and resumed_at is null""")
                .param("id", task.caseId()).query(OffsetDateTime.class).optional();
            int resumed = jdbc.sql("""
                    update suspensions set resumed_by = :by, resumed_at = :at
                    where case_id = :id and decision = 'SUSPEND' and resumed_at is null""")
                .param("by", user.getUsername()).param("at", OffsetDateTime.now(clock)).param("id", task.caseId())
                .update();
            if (resumed == 0) {
                throw new ConflictException("problem.not-suspended");
            }
            if (clocks.find(task.caseId(), CASE_PERIOD).map(p -> p.state() == ClockState.PAUSED).orElse(false)) {
                clocks.resume(task.caseId(), CASE_PERIOD, user.getUsername());
            }
            audit.record(user.getUsername(), AdjudicationActions.CASE_RESUMED, task.caseId(), form.note().strip());
            documents.issueResumptionNotice(task.caseId(),
                suspendedAt.orElseThrow().atZoneSameInstant(clock.getZone()).toLocalDate(), form.note().strip(),
                user.getUsername());
            return Map.of();
        }
    }
}
