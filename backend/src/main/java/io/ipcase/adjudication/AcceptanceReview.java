package io.ipcase.adjudication;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ipcase.audit.AuditActions;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.Deadline;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.documents.Addressee;
import io.ipcase.documents.OfficialDocuments;
import io.ipcase.documents.ServiceMethod;
import io.ipcase.inbox.InboxTask;
import io.ipcase.inbox.TaskForm;
import io.ipcase.security.AppUser;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The acceptance review (受理审查): accept, refuse with reasons, or send one supplement notice that
 * lists everything missing with a deadline (Order 81 art. 16); an unanswered notice ends in refusal.
 * Each decision issues its notice to the requester in the same transaction, served electronically
 * (they filed online): 受理通知书, 不予受理通知书 with reasons and remedies, or 补正通知书.
 */
@Component
class AcceptanceReview implements TaskForm<AcceptanceReviewForm> {

    private final JdbcClient jdbc;
    private final Deadlines deadlines;
    private final CaseClocks clocks;
    private final AuditTrail audit;
    private final Cases cases;
    private final OfficialDocuments officialDocuments;
    private final Clock clock;

    AcceptanceReview(JdbcClient jdbc, Deadlines deadlines, CaseClocks clocks, AuditTrail audit, Cases cases,
                     OfficialDocuments officialDocuments, Clock clock) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.clocks = clocks;
        this.audit = audit;
        this.cases = cases;
        this.officialDocuments = officialDocuments;
        this.clock = clock;
    }

    @Override
    public String formKey() {
        return "acceptance-review";
    }

    @Override
    public Class<AcceptanceReviewForm> valuesType() {
        return AcceptanceReviewForm.class;
    }

    @Override
    public Map<String, Object> submit(AppUser user, InboxTask task, AcceptanceReviewForm form) {
        check(form);
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into acceptance_reviews (case_id, decision, reasons, decided_by, decided_at)
                values (:caseId, :decision, :reasons, :by, :at)""")
            .param("caseId", task.caseId())
            .param("decision", form.decision().name())
            .param("reasons", blankToNull(form.reasons()))
            .param("by", user.getUsername())
            .param("at", now)
            .update();
        audit.record(user.getUsername(), AuditActions.ACCEPTANCE_DECIDED, task.caseId(), form.decision().name());
        clocks.stop(task.caseId(), AdjudicationClocks.ACCEPTANCE, user.getUsername());

        Map<String, Object> variables = new HashMap<>();
        variables.put("acceptanceDecision", form.decision().name());
        Addressee requester = requester(task);
        if (form.decision() == AcceptanceDecision.ACCEPT) {
            officialDocuments.issue(task.caseId(), "acceptance-notice", Map.of(), requester, user.getUsername());
        }
        if (form.decision() == AcceptanceDecision.REFUSE) {
            List<String> reasons = form.reasons().strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            officialDocuments.issue(task.caseId(), "refusal-notice", Map.of("reasons", reasons), requester,
                user.getUsername());
        }
        if (form.decision() == AcceptanceDecision.SUPPLEMENT) {
            Deadline deadline = clocks.startUntil(task.caseId(), AdjudicationClocks.SUPPLEMENT,
                form.supplementDueDate(), user.getUsername()).deadline();
            jdbc.sql("""
                    insert into supplement_requests (case_id, missing_items, due_on, requested_by, requested_at)
                    values (:caseId, :items, :due, :by, :at)""")
                .param("caseId", task.caseId())
                .param("items", String.join("\n", form.missingItems().stream().map(String::strip).toList()))
                .param("due", deadline.lastDay())
                .param("by", user.getUsername())
                .param("at", now)
                .update();
            audit.record(user.getUsername(), AuditActions.SUPPLEMENT_REQUESTED, task.caseId(),
                deadline.lastDay().toString());
            variables.put("supplementExpiresAt", deadline.expiryDate());
            officialDocuments.issue(task.caseId(), "supplement-notice", Map.of(
                "missingItems", form.missingItems().stream().map(String::strip).toList(),
                "dueDate", deadline.lastDay()), requester, user.getUsername());
        }
        return variables;
    }

    /** Notices of the acceptance review go to the requester, who filed online and is served there. */
    private Addressee requester(InboxTask task) {
        PartyRecord requester = cases.parties(task.caseId()).stream()
            .filter(p -> PartyRecord.REQUESTER.equals(p.role())).findFirst().orElseThrow();
        return Addressee.party(requester, ServiceMethod.ELECTRONIC);
    }

    private void check(AcceptanceReviewForm form) {
        List<Violation> violations = new ArrayList<>();
        switch (form.decision()) {
            case REFUSE -> {
                if (blankToNull(form.reasons()) == null) {
                    violations.add(Violation.keyed("reasons", "review.reasons.required"));
                }
            }
            case SUPPLEMENT -> {
                if (form.missingItems() == null || form.missingItems().isEmpty()) {
                    violations.add(Violation.keyed("missingItems", "review.missing-items.required"));
                }
                if (form.supplementDueDate() == null) {
                    violations.add(Violation.keyed("supplementDueDate", "review.supplement-due.required"));
                } else if (!form.supplementDueDate().isAfter(deadlines.today())) {
                    violations.add(Violation.keyed("supplementDueDate", "review.supplement-due.future"));
                }
            }
            case ACCEPT -> {
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
