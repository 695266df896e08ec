package io.ipcase.adjudication.acceptance;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.casework.Panels;
import io.ipcase.audit.AuditActions;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockView;
import io.ipcase.documents.Addressee;
import io.ipcase.documents.OfficialDocuments;
import io.ipcase.documents.ServiceMethod;
import io.ipcase.inbox.steps.FieldKind;
import io.ipcase.inbox.steps.Input;
import io.ipcase.inbox.steps.RequiredWhen;
import io.ipcase.inbox.steps.ShownWhen;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.StepDescription;
import io.ipcase.inbox.steps.StepDescription.Choice;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The acceptance review (受理审查): accept, refuse with reasons, or send one supplement
 * notice that lists everything missing with a deadline (Order 81 art. 16); an unanswered
 * notice ends in refusal. Accepting appoints the panel, records the admissibility checks
 * and starts the case period. Each decision issues its notice to the requester in the
 * same transaction, served electronically (they filed online): 受理通知书, 不予受理通知书 with
 * reasons and remedies, or 补正通知书.
 * <p>
 * A rich step: its hand-built form lays the three decisions out as three different forms
 * (the panel picker with its lead, the conditions of art. 12 as a checklist, the missing
 * items as a list), which the one step form cannot draw well. It reads the officers it
 * offers from this description.
 */
@Step("acceptance-review")
class AcceptanceReviewStep implements TaskStep<AcceptanceReviewStep.Values> {

    enum Decision {

        /** file the case (立案) */
        ACCEPT,
        /** refuse to file it, with reasons (不予受理) */
        REFUSE,
        /** ask for the missing material, once and in full, by a deadline (补正) */
        SUPPLEMENT

    }

    /**
     * The officer's acceptance decision on a request (Order 81 art. 16, 20): on
     * acceptance, the panel and the admissibility checks (art. 12, 19) and whether it is
     * a repeat infringement (art. 34).
     */
    record Values(@NotNull(message = "{review.decision.required}") Decision decision,
            @RequiredWhen(field = "decision", is = "REFUSE", message = "review.reasons.required") @Size(max = 5000,
                    message = "{field.too-long}") String reasons,
            @ShownWhen(field = "decision", is = "SUPPLEMENT") @NotEmpty(
                    message = "{review.missing-items.required}") @Size(max = 30,
                            message = "{review.missing-items.too-many}") List<@NotBlank(
                                    message = "{review.missing-items.blank}") @Size(max = 500,
                                            message = "{field.too-long}") String> missingItems,
            @ShownWhen(field = "decision", is = "SUPPLEMENT") @NotNull(
                    message = "{review.supplement-due.required}") @Future(
                            message = "{review.supplement-due.future}") LocalDate supplementDueDate,
            @ShownWhen(field = "decision", is = "ACCEPT") @Input(FieldKind.MULTISELECT) @Size(max = 15,
                    message = "{review.panel.too-large}") List<@NotBlank String> panelMembers,
            @ShownWhen(field = "decision", is = "ACCEPT") @Input(FieldKind.SELECT) @Size(max = 100) String leadOfficer,
            @ShownWhen(field = "decision", is = "ACCEPT") @NotNull(
                    message = "{review.admissibility.required}") @Valid Admissibility admissibility,
            @ShownWhen(field = "decision", is = "ACCEPT") Boolean repeatInfringement,
            @ShownWhen(field = "decision", is = "ACCEPT") @ShownWhen(field = "repeatInfringement",
                    is = "true") @NotBlank(message = "{review.earlier-decision.required}") @Size(max = 200,
                            message = "{field.too-long}") String earlierDecision) {
    }

    /**
     * Order 81 art. 12 (conditions of acceptance), the patent in force, and what art. 19
     * needs later: when the requester knew of the infringement and the infringer, and
     * whether the act continues. The 3-year limit is not a condition of acceptance: it is
     * the respondent's defence after acceptance (art. 19 ¶3).
     */
    record Admissibility(boolean standing, boolean definiteRespondent, boolean definiteClaims,
            boolean withinJurisdiction, boolean noSuitOrOtherAgreement, boolean patentInForce,
            @NotNull(message = "{review.known-on.required}") LocalDate infringementKnownOn,
            boolean continuingInfringement) {
    }

    private final JdbcClient jdbc;

    private final CaseClocks clocks;

    private final Cases cases;

    private final Panels panels;

    private final AuditTrail audit;

    private final OfficialDocuments officialDocuments;

    private final Clock clock;

    AcceptanceReviewStep(JdbcClient jdbc, CaseClocks clocks, Cases cases, Panels panels, AuditTrail audit,
            OfficialDocuments officialDocuments, Clock clock) {
        this.jdbc = jdbc;
        this.clocks = clocks;
        this.cases = cases;
        this.panels = panels;
        this.audit = audit;
        this.officialDocuments = officialDocuments;
        this.clock = clock;
    }

    /**
     * The panel and its lead are chosen among the officers of the case's office (art.
     * 20).
     */
    @Override
    public StepDescription describe(StepContext step, StepDescription form) {
        List<Choice> officers = panels.choices(cases.findUnchecked(step.caseId()).orElseThrow().officeId());
        return form.withField("panelMembers", field -> field.withChoices(officers))
            .withField("leadOfficer", field -> field.withChoices(officers));
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        CaseRecord c = cases.findUnchecked(step.caseId()).orElseThrow();
        check(c, values);
        String actor = step.username();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into acceptance_reviews (case_id, decision, reasons, decided_by, decided_at)
                values (:caseId, :decision, :reasons, :by, :at)""")
            .param("caseId", c.id())
            .param("decision", values.decision().name())
            .param("reasons", blankToNull(values.reasons()))
            .param("by", actor)
            .param("at", now)
            .update();
        audit.record(actor, AuditActions.ACCEPTANCE_DECIDED, c.id(), values.decision().name());
        clocks.stop(c.id(), ACCEPTANCE, actor);

        Map<String, Object> variables = new HashMap<>();
        variables.put("acceptanceDecision", values.decision().name());
        Addressee requester = requester(c);
        switch (values.decision()) {
            case SUPPLEMENT -> {
                variables.putAll(requestSupplement(actor, c, values, now));
                officialDocuments
                    .issue(c.id(), "supplement-notice",
                            Map.of("missingItems", values.missingItems().stream().map(String::strip).toList(),
                                    "dueDate", clocks.find(c.id(), SUPPLEMENT).orElseThrow().deadline().lastDay()),
                            requester, actor);
            }
            case ACCEPT -> {
                variables.putAll(accept(actor, c, values, now));
                officialDocuments.issue(c.id(), "acceptance-notice", Map.of(), requester, actor);
            }
            case REFUSE -> {
                List<String> reasons = values.reasons()
                    .strip()
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .toList();
                officialDocuments.issue(c.id(), "refusal-notice", Map.of("reasons", reasons), requester, actor);
            }
        }
        return variables;
    }

    private Map<String, Object> requestSupplement(String actor, CaseRecord c, Values values, OffsetDateTime now) {
        ClockView supplement = clocks.startUntil(c.id(), SUPPLEMENT, values.supplementDueDate(), actor);
        jdbc.sql("""
                insert into supplement_requests (case_id, missing_items, due_on, requested_by, requested_at)
                values (:caseId, :items, :due, :by, :at)""")
            .param("caseId", c.id())
            .param("items", String.join("\n", values.missingItems().stream().map(String::strip).toList()))
            .param("due", supplement.deadline().lastDay())
            .param("by", actor)
            .param("at", now)
            .update();
        audit.record(actor, AuditActions.SUPPLEMENT_REQUESTED, c.id(), supplement.deadline().lastDay().toString());
        return Map.of("supplementExpiresAt", supplement.deadline().expiryDate());
    }

    private Map<String, Object> accept(String actor, CaseRecord c, Values values, OffsetDateTime now) {
        Admissibility a = values.admissibility();
        boolean repeat = Boolean.TRUE.equals(values.repeatInfringement());
        jdbc.sql("""
                insert into admissibility_checks (case_id, standing, definite_respondent, definite_claims,
                    within_jurisdiction, no_suit_or_other_agreement, patent_in_force, infringement_known_on,
                    continuing_infringement, within_time_limit, repeat_infringement, earlier_decision, recorded_by,
                    recorded_at)
                values (:id, :standing, :respondent, :claims, :jurisdiction, :noSuit, :inForce, :knownOn, :continuing,
                    :withinLimit, :repeat, :earlier, :by, :at)""")
            .param("id", c.id())
            .param("standing", a.standing())
            .param("respondent", a.definiteRespondent())
            .param("claims", a.definiteClaims())
            .param("jurisdiction", a.withinJurisdiction())
            .param("noSuit", a.noSuitOrOtherAgreement())
            .param("inForce", a.patentInForce())
            .param("knownOn", a.infringementKnownOn())
            .param("continuing", a.continuingInfringement())
            .param("withinLimit", withinTimeLimit(c, a))
            .param("repeat", repeat)
            .param("earlier", repeat ? values.earlierDecision().strip() : null)
            .param("by", actor)
            .param("at", now)
            .update();
        String lead = lead(actor, values);
        panels.appoint(c.id(), values.panelMembers(), lead, actor);
        audit.record(actor, AdjudicationActions.PANEL_APPOINTED, c.id(), String.join(",", values.panelMembers()));

        LocalDate acceptedOn = now.atZoneSameInstant(clock.getZone()).toLocalDate();
        ClockView casePeriod = clocks.start(c.id(), CASE_PERIOD, CASE_PERIOD_LENGTH, acceptedOn, actor);
        Map<String, Object> variables = new HashMap<>(casePeriod.modelDates("casePeriod"));
        variables.put("casePeriodState", "RUNNING");
        variables.put("casePeriodWarned", false);
        variables.put("leadOfficer", lead);
        variables.put("panelMembers", String.join(",", values.panelMembers()));
        variables.put("repeatInfringement", repeat);
        if (!repeat) {
            // Order 81 art. 34: a repeat infringement is decided directly, without
            // another round of service
            ClockView service = clocks.start(c.id(), SERVICE, SERVICE_PERIOD, acceptedOn, actor);
            variables.put("serviceDueAt", service.deadline().dueDate());
        }
        return variables;
    }

    /**
     * Order 81 art. 19: within 3 years of knowing of the infringement and the infringer,
     * before any suspension, interruption or extension. Recorded for the panel, who hears
     * the respondent's defence on it; never a ground to refuse.
     */
    private static boolean withinTimeLimit(CaseRecord c, Admissibility a) {
        return !c.receivedOn().isAfter(a.infringementKnownOn().plusYears(3));
    }

    private static String lead(String actor, Values values) {
        if (values.leadOfficer() != null && !values.leadOfficer().isBlank()) {
            return values.leadOfficer().strip();
        }
        return values.panelMembers().contains(actor) ? actor : values.panelMembers().get(0);
    }

    /**
     * Notices of the acceptance review go to the requester, who filed online and is
     * served there.
     */
    private Addressee requester(CaseRecord c) {
        PartyRecord requester = cases.parties(c.id())
            .stream()
            .filter(p -> PartyRecord.REQUESTER.equals(p.role()))
            .findFirst()
            .orElseThrow();
        return Addressee.party(requester, ServiceMethod.ELECTRONIC);
    }

    /**
     * What only the case can tell: a second supplement notice, the panel, the conditions
     * of art. 12 and 19.
     */
    private void check(CaseRecord c, Values values) {
        List<Violation> violations = new ArrayList<>();
        if (values.decision() == Decision.SUPPLEMENT) {
            // Order 81 art. 16: everything missing is asked for at once
            boolean askedBefore = jdbc.sql("select count(*) from supplement_requests where case_id = :id")
                .param("id", c.id())
                .query(Integer.class)
                .single() > 0;
            if (askedBefore) {
                violations.add(Violation.keyed("decision", "review.supplement.once"));
            }
        }
        if (values.decision() == Decision.ACCEPT) {
            checkPanel(c, values, violations);
            checkAdmissibility(c, values.admissibility(), violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private void checkPanel(CaseRecord c, Values values, List<Violation> violations) {
        List<String> members = values.panelMembers() == null ? List.of() : values.panelMembers();
        if (members.size() < Panels.MIN_MEMBERS || members.size() % 2 == 0) {
            violations.add(Violation.keyed("panelMembers", "review.panel.odd"));
        }
        else if (new HashSet<>(members).size() != members.size()) {
            violations.add(Violation.keyed("panelMembers", "review.panel.duplicate"));
        }
        else if (!panels.eligible(c.officeId()).containsAll(members)) {
            violations.add(Violation.keyed("panelMembers", "review.panel.not-of-office"));
        }
        String lead = blankToNull(values.leadOfficer());
        if (lead != null && !members.contains(lead)) {
            violations.add(Violation.keyed("leadOfficer", "review.panel.lead-not-member"));
        }
    }

    /**
     * Order 81 art. 12: a request that fails any condition is refused, not accepted; so
     * is one on a patent no longer in force. A late request is accepted: the office does
     * not raise the 3-year limit of its own motion (art. 19 ¶2, ¶3).
     */
    private static void checkAdmissibility(CaseRecord c, Admissibility a, List<Violation> violations) {
        Map<String, Boolean> conditions = new LinkedHashMap<>();
        conditions.put("standing", a.standing());
        conditions.put("definiteRespondent", a.definiteRespondent());
        conditions.put("definiteClaims", a.definiteClaims());
        conditions.put("withinJurisdiction", a.withinJurisdiction());
        conditions.put("noSuitOrOtherAgreement", a.noSuitOrOtherAgreement());
        conditions.put("patentInForce", a.patentInForce());
        conditions.forEach((condition, met) -> {
            if (!met) {
                violations.add(Violation.keyed("admissibility." + condition, "review.admissibility.failed"));
            }
        });
        if (a.infringementKnownOn().isAfter(c.receivedOn())) {
            violations.add(Violation.keyed("admissibility.infringementKnownOn", "review.known-on.future"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
