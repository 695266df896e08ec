package io.ipcase.adjudication.decision;

import static io.ipcase.adjudication.AdjudicationPeriods.APPEAL_WINDOW;
import static io.ipcase.adjudication.AdjudicationPeriods.APPEAL_WINDOW_PERIOD;
import static io.ipcase.adjudication.AdjudicationPeriods.ENFORCEMENT;
import static io.ipcase.adjudication.AdjudicationPeriods.ENFORCEMENT_PERIOD;
import static io.ipcase.adjudication.AdjudicationPeriods.PUBLICATION;
import static io.ipcase.adjudication.AdjudicationPeriods.PUBLICATION_PERIOD;
import static io.ipcase.adjudication.casework.AdjudicationMessages.DECISION_SERVED;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.AdjudicationDocuments;
import io.ipcase.adjudication.DecisionOutcomes.Outcome;
import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockView;
import io.ipcase.documents.DocumentServed;
import io.ipcase.engine.Procedure;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision (Order 81 art. 25, 31–34, 83): drafted by the panel by majority
 * ({@link DecisionDraftStep}), approved by the supervisor or returned with comments
 * ({@link DecisionApprovalStep}), served on the parties, published within 20 working days
 * ({@link DecisionPublicationStep}). Its service on the respondent opens the 15-day
 * window in which a party may sue (Patent Law art. 65).
 */
@Service
public class Decisions {

    private final JdbcClient jdbc;

    private final CaseClocks clocks;

    private final Procedure procedure;

    private final AdjudicationDocuments documents;

    private final AuditTrail audit;

    private final Clock clock;

    Decisions(JdbcClient jdbc, CaseClocks clocks, Procedure procedure, AdjudicationDocuments documents,
            AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.clocks = clocks;
        this.procedure = procedure;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    record Approved(long id, Outcome outcome, LocalDate approvedOn) {
    }

    Optional<Approved> approved(UUID caseId) {
        return jdbc.sql("""
                select id, outcome, approved_at from adjudication_decisions where case_id = :id and approval = 'APPROVE'
                order by approved_at desc""")
            .param("id", caseId)
            .query((rs, i) -> new Approved(rs.getLong(1), Outcome.valueOf(rs.getString(2)),
                    rs.getObject(3, OffsetDateTime.class).atZoneSameInstant(clock.getZone()).toLocalDate()))
            .list()
            .stream()
            .findFirst();
    }

    /**
     * The latest draft as the supervisor decided on it: what it finds, and what the
     * decision orders.
     */
    record Draft(Outcome outcome, List<String> stopMeasures, String stopScope, String reasoning) {
    }

    /**
     * The supervisor approves the latest draft or returns it with comments (Order 81 art.
     * 25).
     */
    Draft decideOnDraft(UUID caseId, String approval, String comments, String decidedBy) {
        long draft = jdbc.sql("""
                select id from adjudication_decisions where case_id = :id and approval is null
                order by drafted_at desc""").param("id", caseId).query(Long.class).list().get(0);
        jdbc.sql(
                """
                        update adjudication_decisions set approval = :a, approval_comments = :c, approved_by = :by, approved_at = :at
                        where id = :id""")
            .param("a", approval)
            .param("c", comments)
            .param("by", decidedBy)
            .param("at", OffsetDateTime.now(clock))
            .param("id", draft)
            .update();
        return jdbc
            .sql("select outcome, stop_measures, stop_scope, reasoning from adjudication_decisions where id = :id")
            .param("id", draft)
            .query((rs, i) -> new Draft(Outcome.valueOf(rs.getString(1)),
                    rs.getString(2) == null || rs.getString(2).isEmpty() ? List.of()
                            : List.of(rs.getString(2).split(",")),
                    rs.getString(3), rs.getString(4)))
            .single();
    }

    /** The day the decision reached the respondent, once it has. */
    public LocalDate servedOn(UUID caseId) {
        return jdbc.sql("""
                select served_on from adjudication_decisions where case_id = :id and served_on is not null
                order by drafted_at desc""").param("id", caseId).query(LocalDate.class).list().get(0);
    }

    /**
     * The decision reached the respondent: the periods that run from its receipt begin.
     */
    @EventListener
    void onServed(DocumentServed served) {
        documents.whenServedOnRespondent(served, AdjudicationDocuments.DECISION, this::served);
    }

    /**
     * The decision reached the respondent on {@code servedOn}: the publication period
     * runs from the decision; after a finding of infringement, the 15-day window from
     * receipt, and the department's 3 months to ask the court for enforcement from the
     * window's end (Order 81 art. 80 ¶2).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void served(UUID caseId, LocalDate servedOn, String actor) {
        Approved decision = approved(caseId).orElseThrow();
        jdbc.sql("update adjudication_decisions set served_on = :on where id = :id")
            .param("on", servedOn)
            .param("id", decision.id())
            .update();
        ClockView publication = clocks.start(caseId, PUBLICATION, PUBLICATION_PERIOD, decision.approvedOn(), actor);
        Map<String, Object> variables = new HashMap<>();
        boolean found = decision.outcome() == Outcome.INFRINGEMENT_FOUND;
        variables.put("infringementFound", found);
        variables.put("publicationDueAt", publication.deadline().dueDate());
        if (found) {
            ClockView window = clocks.start(caseId, APPEAL_WINDOW, APPEAL_WINDOW_PERIOD, servedOn, actor);
            ClockView enforcement = clocks.start(caseId, ENFORCEMENT, ENFORCEMENT_PERIOD, window.deadline().lastDay(),
                    actor);
            variables.put("appealWindowExpiresAt", window.deadline().expiryDate());
            variables.put("enforcementApplicationDueAt", enforcement.deadline().dueDate());
        }
        audit.record(actor, AdjudicationActions.DECISION_SERVED, caseId, servedOn.toString());
        procedure.tell(caseId, DECISION_SERVED, variables, "problem.decision-not-awaiting-service");
    }

}
