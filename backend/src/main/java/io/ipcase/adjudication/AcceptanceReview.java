package io.ipcase.adjudication;

import static io.ipcase.adjudication.AdjudicationPeriods.ACCEPTANCE;
import static io.ipcase.adjudication.AdjudicationPeriods.CASE_PERIOD;
import static io.ipcase.adjudication.AdjudicationPeriods.CASE_PERIOD_LENGTH;
import static io.ipcase.adjudication.AdjudicationPeriods.SERVICE;
import static io.ipcase.adjudication.AdjudicationPeriods.SERVICE_PERIOD;
import static io.ipcase.adjudication.AdjudicationPeriods.SUPPLEMENT;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import io.ipcase.adjudication.AcceptanceReviewForm.Admissibility;
import io.ipcase.audit.AuditActions;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockView;
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
import io.ipcase.engine.Procedure;

/**
 * The acceptance review (受理审查): accept, refuse with reasons, or send one supplement notice that
 * lists everything missing with a deadline (Order 81 art. 16); an unanswered notice ends in refusal.
 * Accepting appoints the panel, records the admissibility checks and starts the case period. Each
 * decision issues its notice to the requester in the same transaction, served electronically (they
 * filed online): 受理通知书, 不予受理通知书 with reasons and remedies, or 补正通知书.
 */
@Component
class AcceptanceReview implements TaskForm<AcceptanceReviewForm> {

    private final JdbcClient jdbc;
    private final Deadlines deadlines;
    private final CaseClocks clocks;
    private final Cases cases;
    private final Panels panels;
    private final AuditTrail audit;
    private final OfficialDocuments officialDocuments;
    private final Clock clock;

    AcceptanceReview(JdbcClient jdbc, Deadlines deadlines, CaseClocks clocks, Cases cases, Panels panels,
                     AuditTrail audit, OfficialDocuments officialDocuments, Clock clock) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.clocks = clocks;
        this.cases = cases;
        this.panels = panels;
        this.audit = audit;
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
        CaseRecord c = cases.findUnchecked(task.caseId()).orElseThrow();
        check(c, form);
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
        clocks.stop(task.caseId(), ACCEPTANCE, user.getUsername());

        Map<String, Object> variables = new HashMap<>();
        variables.put("acceptanceDecision", form.decision().name());
        Addressee requester = requester(task);
        switch (form.decision()) {
            case SUPPLEMENT -> {
                variables.putAll(requestSupplement(user, c, form, now));
                officialDocuments.issue(task.caseId(), "supplement-notice", Map.of(
                    "missingItems", form.missingItems().stream().map(String::strip).toList(),
                    "dueDate", clocks.find(c.id(), SUPPLEMENT).orElseThrow().deadline().lastDay()),
                    requester, user.getUsername());
            }
            case ACCEPT -> {
                variables.putAll(accept(user, c, form, now));
                officialDocuments.issue(task.caseId(), "acceptance-notice", Map.of(), requester, user.getUsername());
            }
            case REFUSE -> {
                List<String> reasons = form.reasons().strip().lines().map(String::strip).filter(l -> !l.isEmpty())
                    .toList();
                officialDocuments.issue(task.caseId(), "refusal-notice", Map.of("reasons", reasons), requester,
                    user.getUsername());
            }
        }
        return variables;
    }

    private Map<String, Object> requestSupplement(AppUser user, CaseRecord c, AcceptanceReviewForm form,
                                                  OffsetDateTime now) {
        ClockView supplement = clocks.startUntil(c.id(), SUPPLEMENT, form.supplementDueDate(), user.getUsername());
        jdbc.sql("""
                insert into supplement_requests (case_id, missing_items, due_on, requested_by, requested_at)
                values (:caseId, :items, :due, :by, :at)""")
            .param("caseId", c.id())
            .param("items", String.join("\n", form.missingItems().stream().map(String::strip).toList()))
            .param("due", supplement.deadline().lastDay())
            .param("by", user.getUsername())
            .param("at", now)
            .update();
        audit.record(user.getUsername(), AuditActions.SUPPLEMENT_REQUESTED, c.id(),
            supplement.deadline().lastDay().toString());
        return Map.of("supplementExpiresAt", supplement.deadline().expiryDate());
    }

    private Map<String, Object> accept(AppUser user, CaseRecord c, AcceptanceReviewForm form, OffsetDateTime now) {
        Admissibility a = form.admissibility();
        boolean repeat = Boolean.TRUE.equals(form.repeatInfringement());
        jdbc.sql("""
                insert into admissibility_checks (case_id, standing, definite_respondent, definite_claims,
                    within_jurisdiction, no_suit_or_other_agreement, infringement_known_on, continuing_infringement,
                    within_time_limit, repeat_infringement, earlier_decision, recorded_by, recorded_at)
                values (:id, :standing, :respondent, :claims, :jurisdiction, :noSuit, :knownOn, :continuing,
                    :withinLimit, :repeat, :earlier, :by, :at)""")
            .param("id", c.id())
            .param("standing", a.standing())
            .param("respondent", a.definiteRespondent())
            .param("claims", a.definiteClaims())
            .param("jurisdiction", a.withinJurisdiction())
            .param("noSuit", a.noSuitOrOtherAgreement())
            .param("knownOn", a.infringementKnownOn())
            .param("continuing", a.continuingInfringement())
            .param("withinLimit", withinTimeLimit(c, a))
            .param("repeat", repeat)
            .param("earlier", repeat ? form.earlierDecision().strip() : null)
            .param("by", user.getUsername())
            .param("at", now)
            .update();
        String lead = lead(user, form);
        panels.appoint(c.id(), form.panelMembers(), lead, user.getUsername());
        audit.record(user.getUsername(), AdjudicationActions.PANEL_APPOINTED, c.id(), String.join(",", form.panelMembers()));

        LocalDate acceptedOn = now.atZoneSameInstant(clock.getZone()).toLocalDate();
        ClockView casePeriod = clocks.start(c.id(), CASE_PERIOD, CASE_PERIOD_LENGTH, acceptedOn, user.getUsername());
        Map<String, Object> variables = new HashMap<>(casePeriod.modelDates("casePeriod"));
        variables.put("casePeriodState", "RUNNING");
        variables.put("casePeriodWarned", false);
        variables.put("leadOfficer", lead);
        variables.put("panelMembers", String.join(",", form.panelMembers()));
        variables.put("repeatInfringement", repeat);
        if (!repeat) {
            // Order 81 art. 34: a repeat infringement is decided directly, without another round of service
            ClockView service = clocks.start(c.id(), SERVICE, SERVICE_PERIOD, acceptedOn, user.getUsername());
            variables.put("serviceDueAt", service.deadline().dueDate());
        }
        return variables;
    }

    /** Order 81 art. 19: within 3 years of knowing of the infringement and the infringer. */
    private static boolean withinTimeLimit(CaseRecord c, Admissibility a) {
        return !c.receivedOn().isAfter(a.infringementKnownOn().plusYears(3));
    }

    private static String lead(AppUser user, AcceptanceReviewForm form) {
        if (form.leadOfficer() != null && !form.leadOfficer().isBlank()) {
            return form.leadOfficer().strip();
        }
        return form.panelMembers().contains(user.getUsername()) ? user.getUsername() : form.panelMembers().get(0);
    }

    /** Notices of the acceptance review go to the requester, who filed online and is served there. */
    private Addressee requester(InboxTask task) {
        PartyRecord requester = cases.parties(task.caseId()).stream()
            .filter(p -> PartyRecord.REQUESTER.equals(p.role())).findFirst().orElseThrow();
        return Addressee.party(requester, ServiceMethod.ELECTRONIC);
    }

    private void check(CaseRecord c, AcceptanceReviewForm form) {
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
                // Order 81 art. 16: everything missing is asked for at once
                boolean askedBefore = jdbc.sql("select count(*) from supplement_requests where case_id = :id")
                    .param("id", c.id()).query(Integer.class).single() > 0;
                if (askedBefore) {
                    violations.add(Violation.keyed("decision", "review.supplement.once"));
                }
            }
            case ACCEPT -> checkAcceptance(c, form, violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private void checkAcceptance(CaseRecord c, AcceptanceReviewForm form, List<Violation> violations) {
        List<String> members = form.panelMembers() == null ? List.of() : form.panelMembers();
        if (members.size() < Panels.MIN_MEMBERS || members.size() % 2 == 0) {
            violations.add(Violation.keyed("panelMembers", "review.panel.odd"));
        } else if (new HashSet<>(members).size() != members.size()) {
            violations.add(Violation.keyed("panelMembers", "review.panel.duplicate"));
        } else if (!panels.eligible(c.officeId()).containsAll(members)) {
            violations.add(Violation.keyed("panelMembers", "review.panel.not-of-office"));
        }
        if (form.leadOfficer() != null && !form.leadOfficer().isBlank() && !members.contains(form.leadOfficer().strip())) {
            violations.add(Violation.keyed("leadOfficer", "review.panel.lead-not-member"));
        }
        Admissibility a = form.admissibility();
        if (a == null) {
            violations.add(Violation.keyed("admissibility", "review.admissibility.required"));
        } else {
            // Order 81 art. 12: a request that fails any condition is refused, not accepted
            if (!a.standing()) {
                violations.add(Violation.keyed("admissibility.standing", "review.admissibility.failed"));
            }
            if (!a.definiteRespondent()) {
                violations.add(Violation.keyed("admissibility.definiteRespondent", "review.admissibility.failed"));
            }
            if (!a.definiteClaims()) {
                violations.add(Violation.keyed("admissibility.definiteClaims", "review.admissibility.failed"));
            }
            if (!a.withinJurisdiction()) {
                violations.add(Violation.keyed("admissibility.withinJurisdiction", "review.admissibility.failed"));
            }
            if (!a.noSuitOrOtherAgreement()) {
                violations.add(Violation.keyed("admissibility.noSuitOrOtherAgreement", "review.admissibility.failed"));
            }
            if (a.infringementKnownOn() == null) {
                violations.add(Violation.keyed("admissibility.infringementKnownOn", "review.known-on.required"));
            } else if (a.infringementKnownOn().isAfter(c.receivedOn())) {
                violations.add(Violation.keyed("admissibility.infringementKnownOn", "review.known-on.future"));
            } else if (!withinTimeLimit(c, a) && !a.continuingInfringement()) {
                // Order 81 art. 19: late, and the act does not continue
                violations.add(Violation.keyed("admissibility.infringementKnownOn", "review.time-limit.passed"));
            }
        }
        if (Boolean.TRUE.equals(form.repeatInfringement()) && blankToNull(form.earlierDecision()) == null) {
            violations.add(Violation.keyed("earlierDecision", "review.earlier-decision.required"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
