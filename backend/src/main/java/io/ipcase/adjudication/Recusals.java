package io.ipcase.adjudication;

import static io.ipcase.adjudication.AdjudicationPeriods.RECUSAL_WORKING_DAYS;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.Cases;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.inbox.InboxTask;
import io.ipcase.inbox.TaskForm;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Order 81 art. 5: a party may ask that a member of the panel step aside, within 3 working days of
 * knowing the ground; the department head decides, and a replacement takes the seat.
 */
@Service
class Recusals {

    static final String MESSAGE = "RecusalRequested";

    private final CaseSteps steps;
    private final Panels panels;
    private final Deadlines deadlines;
    private final Procedure procedure;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Recusals(CaseSteps steps, Panels panels, Deadlines deadlines, Procedure procedure, JdbcClient jdbc, AuditTrail audit,
             Clock clock) {
        this.steps = steps;
        this.panels = panels;
        this.deadlines = deadlines;
        this.procedure = procedure;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    record Request(@NotBlank(message = "{recusal.officer.required}") String officer,
                   @NotBlank(message = "{recusal.grounds.required}") @Size(max = 5000, message = "{field.too-long}") String grounds,
                   @NotNull(message = "{recusal.known-on.required}") LocalDate groundKnownOn) {
    }

    @Transactional
    public void request(AppUser user, UUID caseId, Request request) {
        CaseRecord c = steps.adjudication(user, caseId);
        steps.party(user, c);
        List<Violation> violations = new ArrayList<>();
        if (!panels.isMember(caseId, request.officer())) {
            violations.add(Violation.keyed("officer", "recusal.officer.not-on-panel"));
        }
        LocalDate today = LocalDate.now(clock);
        if (request.groundKnownOn().isAfter(today)) {
            violations.add(Violation.keyed("groundKnownOn", "field.date.not-future"));
        } else if (today.isAfter(deadlines.workingDays(request.groundKnownOn(), RECUSAL_WORKING_DAYS).lastDay())) {
            violations.add(Violation.keyed("groundKnownOn", "recusal.too-late"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (jdbc.sql("select count(*) from recusal_requests where case_id = :id and decision is null")
            .param("id", caseId).query(Integer.class).single() > 0) {
            throw new ConflictException("problem.recusal-pending");
        }
        jdbc.sql("""
                insert into recusal_requests (case_id, requested_by, requested_at, officer, grounds, ground_known_on)
                values (:id, :by, :at, :officer, :grounds, :knownOn)""")
            .param("id", caseId).param("by", user.getUsername()).param("at", OffsetDateTime.now(clock))
            .param("officer", request.officer()).param("grounds", request.grounds().strip())
            .param("knownOn", request.groundKnownOn()).update();
        audit.record(user.getUsername(), AdjudicationActions.RECUSAL_REQUESTED, caseId, request.officer());
        procedure.tell(caseId, MESSAGE, Map.of(), "problem.not-in-handling");
    }

    enum Decision { GRANT, REJECT }

    record DecisionForm(@NotNull(message = "{decision.required}") Decision decision,
                        String replacement,
                        @NotBlank(message = "{reasons.required}") @Size(max = 5000, message = "{field.too-long}") String reasons) {
    }

    /** The department head's decision; a granted request hands the member's tasks to the replacement. */
    @Component
    static class DecisionTask implements TaskForm<DecisionForm> {

        private final JdbcClient jdbc;
        private final Panels panels;
        private final Cases cases;
        private final Procedure procedure;
        private final TaskService tasks;
        private final AuditTrail audit;
        private final Clock clock;

        DecisionTask(JdbcClient jdbc, Panels panels, Cases cases, Procedure procedure, TaskService tasks,
                     AuditTrail audit, Clock clock) {
            this.jdbc = jdbc;
            this.panels = panels;
            this.cases = cases;
            this.procedure = procedure;
            this.tasks = tasks;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "recusal-decision";
        }

        @Override
        public Class<DecisionForm> valuesType() {
            return DecisionForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, DecisionForm form) {
            CaseRecord c = cases.findUnchecked(task.caseId()).orElseThrow();
            String officer = jdbc.sql("select officer from recusal_requests where case_id = :id and decision is null")
                .param("id", c.id()).query(String.class).single();
            if (form.decision() == Decision.GRANT) {
                String replacement = form.replacement() == null ? "" : form.replacement().strip();
                if (!panels.eligible(c.officeId()).contains(replacement) || panels.isMember(c.id(), replacement)) {
                    throw InvalidInputException.of("replacement", "recusal.replacement.invalid");
                }
                replace(c, officer, replacement, user);
            }
            jdbc.sql("""
                    update recusal_requests set decision = :d, replacement = :r, reasons = :reasons, decided_by = :by,
                        decided_at = :at where case_id = :id and decision is null""")
                .param("d", form.decision().name()).param("r", form.decision() == Decision.GRANT ? form.replacement().strip() : null)
                .param("reasons", form.reasons().strip()).param("by", user.getUsername())
                .param("at", OffsetDateTime.now(clock)).param("id", c.id()).update();
            audit.record(user.getUsername(), AdjudicationActions.RECUSAL_DECIDED, c.id(), form.decision().name());
            return Map.of();
        }

        private void replace(CaseRecord c, String leaving, String joining, AppUser user) {
            panels.replace(c.id(), leaving, joining, user.getUsername());
            String lead = panels.lead(c.id()).orElseThrow();
            procedure.set(c.processInstanceId(), Map.of("leadOfficer", lead, "panelMembers", panels.asCandidates(c.id())));
            for (Task open : procedure.openTasks(c.id())) {
                boolean offered = tasks.getIdentityLinksForTask(open.getId()).stream()
                    .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && leaving.equals(l.getUserId()));
                if (offered) {
                    tasks.deleteCandidateUser(open.getId(), leaving);
                    tasks.addCandidateUser(open.getId(), joining);
                }
                if (leaving.equals(open.getAssignee())) {
                    tasks.setAssignee(open.getId(), joining);
                }
            }
        }
    }
}
