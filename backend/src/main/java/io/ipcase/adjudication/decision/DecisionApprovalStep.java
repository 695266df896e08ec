package io.ipcase.adjudication.decision;

import static io.ipcase.adjudication.AdjudicationPeriods.CASE_PERIOD;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.AdjudicationDocuments;
import io.ipcase.adjudication.DecisionOutcomes.Outcome;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.inbox.steps.ShownWhen;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The supervisor approves the draft, which ends the case period, or returns it with comments. */
@Step("decision-approval")
class DecisionApprovalStep implements TaskStep<DecisionApprovalStep.Values> {

    enum Approval { APPROVE, RETURN }

    record Values(@NotNull(message = "{approval.decision.required}") Approval decision,
                  @ShownWhen(field = "decision", is = "RETURN")
                  @NotBlank(message = "{approval.comments.required}") @Size(max = 5000, message = "{field.too-long}")
                  String comments) {
    }

    private final CaseClocks clocks;
    private final Cases cases;
    private final AdjudicationDocuments documents;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    DecisionApprovalStep(CaseClocks clocks, Cases cases, AdjudicationDocuments documents, JdbcClient jdbc,
                         AuditTrail audit, Clock clock) {
        this.clocks = clocks;
        this.cases = cases;
        this.documents = documents;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        UUID caseId = step.caseId();
        long draft = jdbc.sql("""
                select id from adjudication_decisions where case_id = :id and approval is null
                order by drafted_at desc""").param("id", caseId).query(Long.class).list().get(0);
        jdbc.sql("""
                update adjudication_decisions set approval = :a, approval_comments = :c, approved_by = :by, approved_at = :at
                where id = :id""")
            .param("a", values.decision().name()).param("c", values.comments()).param("by", step.username())
            .param("at", OffsetDateTime.now(clock)).param("id", draft).update();
        Map<String, Object> variables = new HashMap<>();
        variables.put("decisionApproval", values.decision().name());
        if (values.decision() == Approval.APPROVE) {
            clocks.stop(caseId, CASE_PERIOD, step.username());
            // the decision is issued to both parties; a repeat infringer may see its case only now
            cases.markAddressed(caseId, PartyRecord.RESPONDENT, OffsetDateTime.now(clock));
            String outcome = jdbc.sql("select outcome from adjudication_decisions where id = :id").param("id", draft)
                .query(String.class).single();
            boolean found = Outcome.INFRINGEMENT_FOUND.name().equals(outcome);
            variables.put("infringementFound", found);
            audit.record(step.username(), AdjudicationActions.DECISION_APPROVED, caseId, outcome);
            issue(caseId, draft, found, step.username());
        } else {
            audit.record(step.username(), AdjudicationActions.DECISION_RETURNED, caseId, values.comments().strip());
        }
        return variables;
    }

    /** The approved draft goes out as the decision (行政裁决书), served on each party. */
    private void issue(UUID caseId, long draft, boolean found, String actor) {
        Map<String, Object> row = jdbc.sql(
                "select stop_measures, stop_scope, reasoning from adjudication_decisions where id = :id")
            .param("id", draft).query().singleRow();
        String measures = (String) row.get("stop_measures");
        documents.issueDecision(caseId, found,
            measures == null || measures.isEmpty() ? List.of() : List.of(measures.split(",")),
            (String) row.get("stop_scope"), (String) row.get("reasoning"), actor);
    }
}
