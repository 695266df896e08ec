package io.ipcase.adjudication.answer;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.casework.Panels;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.Cases;
import io.ipcase.engine.Procedure;
import io.ipcase.inbox.steps.FieldKind;
import io.ipcase.inbox.steps.Input;
import io.ipcase.inbox.steps.ShownWhen;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.StepDescription;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.web.InvalidInputException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The department head's decision on a recusal request (Order 81 art. 25); a granted
 * request hands the member's tasks to the replacement, an officer of the office not yet
 * on the panel.
 */
@Step("recusal-decision")
class RecusalDecisionStep implements TaskStep<RecusalDecisionStep.Values> {

    enum Decision {

        GRANT, REJECT

    }

    record Values(@NotNull(message = "{decision.required}") Decision decision,
            @Input(FieldKind.SELECT) @ShownWhen(field = "decision", is = "GRANT") @NotBlank(
                    message = "{recusal.replacement.invalid}") @Size(max = 100) String replacement,
            @NotBlank(message = "{reasons.required}") @Size(max = 5000, message = "{field.too-long}") String reasons) {
    }

    private final JdbcClient jdbc;

    private final Panels panels;

    private final Cases cases;

    private final Procedure procedure;

    private final TaskService tasks;

    private final AuditTrail audit;

    private final Clock clock;

    RecusalDecisionStep(JdbcClient jdbc, Panels panels, Cases cases, Procedure procedure, TaskService tasks,
            AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.panels = panels;
        this.cases = cases;
        this.procedure = procedure;
        this.tasks = tasks;
        this.audit = audit;
        this.clock = clock;
    }

    /** The replacement is chosen among the office's officers who are not on the panel. */
    @Override
    public StepDescription describe(StepContext step, StepDescription form) {
        CaseRecord c = cases.findUnchecked(step.caseId()).orElseThrow();
        return form.withField("replacement",
                field -> field.withChoices(panels.choices(c.officeId())
                    .stream()
                    .filter(officer -> !panels.isMember(c.id(), officer.value()))
                    .toList()));
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        CaseRecord c = cases.findUnchecked(step.caseId()).orElseThrow();
        String officer = jdbc.sql("select officer from recusal_requests where case_id = :id and decision is null")
            .param("id", c.id())
            .query(String.class)
            .single();
        String replacement = values.decision() == Decision.GRANT ? values.replacement().strip() : null;
        if (replacement != null) {
            if (!panels.eligible(c.officeId()).contains(replacement) || panels.isMember(c.id(), replacement)) {
                throw InvalidInputException.of("replacement", "recusal.replacement.invalid");
            }
            replace(c, officer, replacement, step.username());
        }
        jdbc.sql("""
                update recusal_requests set decision = :d, replacement = :r, reasons = :reasons, decided_by = :by,
                    decided_at = :at where case_id = :id and decision is null""")
            .param("d", values.decision().name())
            .param("r", replacement)
            .param("reasons", values.reasons().strip())
            .param("by", step.username())
            .param("at", OffsetDateTime.now(clock))
            .param("id", c.id())
            .update();
        audit.record(step.username(), AdjudicationActions.RECUSAL_DECIDED, c.id(), values.decision().name());
        return Map.of();
    }

    private void replace(CaseRecord c, String leaving, String joining, String decidedBy) {
        panels.replace(c.id(), leaving, joining, decidedBy);
        String lead = panels.lead(c.id()).orElseThrow();
        procedure.set(c.processInstanceId(), Map.of("leadOfficer", lead, "panelMembers", panels.asCandidates(c.id())));
        for (Task open : procedure.openTasks(c.id())) {
            boolean offered = tasks.getIdentityLinksForTask(open.getId())
                .stream()
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
