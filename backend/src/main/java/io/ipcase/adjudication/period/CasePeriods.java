package io.ipcase.adjudication;

import static io.ipcase.adjudication.AdjudicationPeriods.CASE_PERIOD;
import static io.ipcase.adjudication.AdjudicationPeriods.HEAD_EXTENSION_MONTHS;
import static io.ipcase.adjudication.AdjudicationPeriods.HIGHER_EXTENSION_MONTHS;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.Cases;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockView;
import io.ipcase.deadlines.Period;
import io.ipcase.inbox.InboxTask;
import io.ipcase.inbox.TaskForm;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import io.ipcase.engine.Procedure;

/**
 * The case period (Order 81 art. 37): 3 months from acceptance; the panel may ask for more time,
 * which the department head grants once, up to a month, and the next-higher department once more,
 * up to two; each extension is recorded with its approver. The panel and the supervisor are warned
 * before it runs out, and the supervisor takes up a case whose period has run out.
 */
@Service
class CasePeriods {

    static final String MESSAGE = "CasePeriodExtensionRequested";

    enum Level { DEPARTMENT_HEAD, NEXT_HIGHER_DEPARTMENT }

    private final CaseSteps steps;
    private final Procedure procedure;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    CasePeriods(CaseSteps steps, Procedure procedure, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.steps = steps;
        this.procedure = procedure;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    record Request(@NotBlank(message = "{reasons.required}") @Size(max = 5000, message = "{field.too-long}") String reasons) {
    }

    @Transactional
    public void requestExtension(AppUser user, UUID caseId, Request request) {
        CaseRecord c = steps.adjudication(user, caseId);
        steps.panel(user, c);
        if (jdbc.sql("select count(*) from case_period_extensions where case_id = :id and decision is null")
            .param("id", caseId).query(Integer.class).single() > 0) {
            throw new ConflictException("problem.extension-pending");
        }
        if (approved(caseId, Level.NEXT_HIGHER_DEPARTMENT)) {
            throw new ConflictException("problem.no-further-extension");
        }
        if (!procedure.awaits(caseId, MESSAGE)) {
            throw new ConflictException("problem.not-in-handling");
        }
        jdbc.sql("""
                insert into case_period_extensions (case_id, requested_by, requested_at, reasons)
                values (:id, :by, :at, :reasons)""")
            .param("id", caseId).param("by", user.getUsername()).param("at", OffsetDateTime.now(clock))
            .param("reasons", request.reasons().strip()).update();
        audit.record(user.getUsername(), AdjudicationActions.CASE_PERIOD_EXTENSION_REQUESTED, caseId, null);
        procedure.tell(caseId, MESSAGE, Map.of(), "problem.not-in-handling");
    }

    boolean approved(UUID caseId, Level level) {
        return jdbc.sql("""
                select count(*) from case_period_extensions where case_id = :id and level = :level and decision = 'APPROVE'""")
            .param("id", caseId).param("level", level.name()).query(Integer.class).single() > 0;
    }

    enum Decision { APPROVE, REFUSE }

    record ApprovalForm(@NotNull(message = "{decision.required}") Decision decision, Level level, Integer months,
                        @Size(max = 200, message = "{field.too-long}") String approver,
                        @Size(max = 200, message = "{field.too-long}") String approvalRef,
                        @Size(max = 5000, message = "{field.too-long}") String comments) {
    }

    @Component
    static class ApprovalTask implements TaskForm<ApprovalForm> {

        private final CasePeriods periods;
        private final CaseClocks clocks;
        private final JdbcClient jdbc;
        private final AuditTrail audit;
        private final Clock clock;

        ApprovalTask(CasePeriods periods, CaseClocks clocks, JdbcClient jdbc, AuditTrail audit, Clock clock) {
            this.periods = periods;
            this.clocks = clocks;
            this.jdbc = jdbc;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "case-period-extension-approval";
        }

        @Override
        public Class<ApprovalForm> valuesType() {
            return ApprovalForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, ApprovalForm form) {
            UUID caseId = task.caseId();
            List<Violation> violations = new ArrayList<>();
            String approver = user.getUsername();
            if (form.decision() == Decision.APPROVE) {
                if (form.level() == null) {
                    violations.add(Violation.keyed("level", "extension.level.required"));
                } else if (form.level() == Level.DEPARTMENT_HEAD) {
                    if (periods.approved(caseId, Level.DEPARTMENT_HEAD)) {
                        violations.add(Violation.keyed("level", "extension.head.once"));
                    }
                    if (form.months() == null || form.months() < 1 || form.months() > HEAD_EXTENSION_MONTHS) {
                        violations.add(Violation.keyed("months", "extension.head.months"));
                    }
                } else {
                    if (!periods.approved(caseId, Level.DEPARTMENT_HEAD)) {
                        violations.add(Violation.keyed("level", "extension.higher.after-head"));
                    } else if (periods.approved(caseId, Level.NEXT_HIGHER_DEPARTMENT)) {
                        violations.add(Violation.keyed("level", "extension.higher.once"));
                    }
                    if (form.months() == null || form.months() < 1 || form.months() > HIGHER_EXTENSION_MONTHS) {
                        violations.add(Violation.keyed("months", "extension.higher.months"));
                    }
                    if (form.approver() == null || form.approver().isBlank()) {
                        violations.add(Violation.keyed("approver", "extension.higher.approver"));
                    }
                    if (form.approvalRef() == null || form.approvalRef().isBlank()) {
                        violations.add(Violation.keyed("approvalRef", "extension.higher.ref"));
                    }
                    approver = form.approver() == null ? approver : form.approver().strip();
                }
            } else if (form.comments() == null || form.comments().isBlank()) {
                violations.add(Violation.keyed("comments", "approval.comments.required"));
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            String reasons = jdbc.sql("select reasons from case_period_extensions where case_id = :id and decision is null")
                .param("id", caseId).query(String.class).single();
            jdbc.sql("""
                    update case_period_extensions set decision = :d, level = :level, months = :months, approver = :approver,
                        approval_ref = :ref, decided_by = :by, decided_at = :at where case_id = :id and decision is null""")
                .param("d", form.decision().name())
                .param("level", form.decision() == Decision.APPROVE ? form.level().name() : null)
                .param("months", form.decision() == Decision.APPROVE ? form.months() : null)
                .param("approver", form.decision() == Decision.APPROVE ? approver : null)
                .param("ref", form.approvalRef()).param("by", user.getUsername())
                .param("at", OffsetDateTime.now(clock)).param("id", caseId).update();
            if (form.decision() == Decision.APPROVE) {
                clocks.extend(caseId, CASE_PERIOD, Period.months(form.months()), approver, form.level().name(), reasons);
            }
            audit.record(user.getUsername(), AdjudicationActions.CASE_PERIOD_EXTENSION_DECIDED, caseId,
                form.decision() == Decision.APPROVE ? form.level() + " +" + form.months() : form.decision().name());
            return Map.of();
        }
    }

    record EscalationForm(@NotBlank(message = "{escalation.note.required}") @Size(max = 5000, message = "{field.too-long}") String note) {
    }

    /** The supervisor takes up a case whose period ran out: what happens next, on the record. */
    @Component
    static class EscalationTask implements TaskForm<EscalationForm> {

        private final AuditTrail audit;

        EscalationTask(AuditTrail audit) {
            this.audit = audit;
        }

        @Override
        public String formKey() {
            return "case-period-escalation";
        }

        @Override
        public Class<EscalationForm> valuesType() {
            return EscalationForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, EscalationForm form) {
            audit.record(user.getUsername(), AdjudicationActions.CASE_PERIOD_ESCALATION_REVIEWED, task.caseId(),
                form.note().strip());
            return Map.of();
        }
    }

    /** The model's warning before the period runs out: on the record, and told to whoever notifies people. */
    @Component("casePeriodWarning")
    static class Warning implements JavaDelegate {

        private final Cases cases;
        private final CaseClocks clocks;
        private final Panels panels;
        private final AuditTrail audit;
        private final ApplicationEventPublisher events;

        Warning(Cases cases, CaseClocks clocks, Panels panels, AuditTrail audit, ApplicationEventPublisher events) {
            this.cases = cases;
            this.clocks = clocks;
            this.panels = panels;
            this.audit = audit;
            this.events = events;
        }

        @Override
        public void execute(DelegateExecution execution) {
            UUID caseId = UUID.fromString(execution.getProcessBusinessKey());
            CaseRecord c = cases.findUnchecked(caseId).orElseThrow();
            ClockView period = clocks.find(caseId, CASE_PERIOD).orElseThrow();
            audit.record(Procedure.SYSTEM, AdjudicationActions.CASE_PERIOD_WARNING, caseId,
                period.deadline().lastDay().toString());
            events.publishEvent(new CasePeriodRunningOut(caseId, c.officeId(),
                panels.members(caseId).stream().map(Panels.Member::username).toList(), period.deadline().lastDay()));
        }
    }
}
