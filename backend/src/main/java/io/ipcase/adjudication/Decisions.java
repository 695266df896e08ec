package io.ipcase.adjudication;

import static io.ipcase.adjudication.AdjudicationPeriods.APPEAL_WINDOW;
import static io.ipcase.adjudication.AdjudicationPeriods.APPEAL_WINDOW_PERIOD;
import static io.ipcase.adjudication.AdjudicationPeriods.CASE_PERIOD;
import static io.ipcase.adjudication.AdjudicationPeriods.ENFORCEMENT;
import static io.ipcase.adjudication.AdjudicationPeriods.ENFORCEMENT_PERIOD;
import static io.ipcase.adjudication.AdjudicationPeriods.PUBLICATION;
import static io.ipcase.adjudication.AdjudicationPeriods.PUBLICATION_PERIOD;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockView;
import io.ipcase.inbox.InboxTask;
import io.ipcase.inbox.TaskForm;
import io.ipcase.security.AppUser;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import io.ipcase.engine.Procedure;

/**
 * The decision (Order 81 art. 25, 31–34, 83): drafted by the panel by majority, approved by the
 * supervisor or returned with comments, served on the parties, published within 20 working days.
 * Its service on the respondent opens the 15-day window in which a party may sue (Patent Law art. 65).
 */
@Service
public class Decisions {

    public enum Outcome { INFRINGEMENT_FOUND, NOT_FOUND }

    /** Order 81 art. 32: what the infringer is ordered to stop. */
    enum StopMeasure { MANUFACTURE, USE_OF_PROCESS, USE, SALE, OFFER_FOR_SALE, IMPORT, EXHIBITION, E_COMMERCE }

    /** Patent Law art. 67: the alleged infringer's prior-art defence. */
    enum PriorArtDefence { NOT_RAISED, UPHELD, REJECTED }

    private final CaseClocks clocks;
    private final Procedure procedure;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Decisions(CaseClocks clocks, Procedure procedure, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.clocks = clocks;
        this.procedure = procedure;
        this.jdbc = jdbc;
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
            .list().stream().findFirst();
    }

    /**
     * What the case's decision found, once approved and served; empty before. For the procedures
     * that follow an adjudication: the damages are mediated after a finding of infringement (Patent
     * Law art. 65), and an injunction linked to the case ends with its decision.
     */
    public Optional<Outcome> servedOutcome(UUID caseId) {
        return jdbc.sql("""
                select outcome from adjudication_decisions
                where case_id = :id and approval = 'APPROVE' and served_on is not null order by approved_at desc""")
            .param("id", caseId).query(String.class).list().stream().findFirst().map(Outcome::valueOf);
    }

    /**
     * The decision reached the respondent on {@code servedOn}: the publication period runs from the
     * decision; after a finding of infringement, the 15-day window from receipt, and the department's
     * 3 months to ask the court for enforcement from the window's end (Order 81 art. 80 ¶2).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void served(UUID caseId, LocalDate servedOn, String actor) {
        Approved decision = approved(caseId).orElseThrow();
        jdbc.sql("update adjudication_decisions set served_on = :on where id = :id")
            .param("on", servedOn).param("id", decision.id()).update();
        ClockView publication = clocks.start(caseId, PUBLICATION, PUBLICATION_PERIOD, decision.approvedOn(), actor);
        Map<String, Object> variables = new HashMap<>();
        boolean found = decision.outcome() == Outcome.INFRINGEMENT_FOUND;
        variables.put("infringementFound", found);
        variables.put("publicationDueAt", publication.deadline().dueDate());
        if (found) {
            ClockView window = clocks.start(caseId, APPEAL_WINDOW, APPEAL_WINDOW_PERIOD, servedOn, actor);
            ClockView enforcement = clocks.start(caseId, ENFORCEMENT, ENFORCEMENT_PERIOD, window.deadline().lastDay(), actor);
            variables.put("appealWindowExpiresAt", window.deadline().expiryDate());
            variables.put("enforcementApplicationDueAt", enforcement.deadline().dueDate());
        }
        audit.record(actor, AdjudicationActions.DECISION_SERVED, caseId, servedOn.toString());
        procedure.tell(caseId, "DecisionServed", variables, "problem.decision-not-awaiting-service");
    }

    // ------------------------------------------------------------------ the panel's and the supervisor's tasks

    record DraftForm(@NotNull(message = "{decision.outcome.required}") Outcome outcome,
                     List<String> stopMeasures,
                     @Size(max = 5000, message = "{field.too-long}") String stopScope,
                     @NotBlank(message = "{decision.reasoning.required}") @Size(max = 20000, message = "{field.too-long}") String reasoning,
                     @NotNull(message = "{decision.prior-art.required}") PriorArtDefence priorArtDefence,
                     @Size(max = 5000, message = "{field.too-long}") String dissent,
                     boolean seriousDishonesty) {
    }

    @Component
    static class DraftTask implements TaskForm<DraftForm> {

        private final CaseSteps steps;
        private final JdbcClient jdbc;
        private final AuditTrail audit;
        private final Clock clock;

        DraftTask(CaseSteps steps, JdbcClient jdbc, AuditTrail audit, Clock clock) {
            this.steps = steps;
            this.jdbc = jdbc;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "decision-draft";
        }

        @Override
        public Class<DraftForm> valuesType() {
            return DraftForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, DraftForm form) {
            UUID caseId = task.caseId();
            steps.notSuspended(caseId);
            List<Violation> violations = new ArrayList<>();
            Set<StopMeasure> measures = new LinkedHashSet<>();
            for (String name : form.stopMeasures() == null ? List.<String>of() : form.stopMeasures()) {
                try {
                    measures.add(StopMeasure.valueOf(name));
                } catch (IllegalArgumentException e) {
                    violations.add(Violation.keyed("stopMeasures", "field.invalid-value"));
                }
            }
            boolean found = form.outcome() == Outcome.INFRINGEMENT_FOUND;
            if (found && measures.isEmpty()) {
                // art. 31: a finding of infringement names the acts to be stopped
                violations.add(Violation.keyed("stopMeasures", "decision.stop-measures.required"));
            }
            if (found && form.priorArtDefence() == PriorArtDefence.UPHELD) {
                // Patent Law art. 67: prior art is no infringement
                violations.add(Violation.keyed("priorArtDefence", "decision.prior-art.upheld-means-no-infringement"));
            }
            boolean repeat = jdbc.sql("select coalesce(max(case when repeat_infringement then 1 else 0 end), 0) "
                    + "from admissibility_checks where case_id = :id")
                .param("id", caseId).query(Integer.class).single() == 1;
            if (form.seriousDishonesty() && !(repeat && found)) {
                // art. 34: the serious-dishonesty list is for repeat infringers
                violations.add(Violation.keyed("seriousDishonesty", "decision.serious-dishonesty.repeat-only"));
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            boolean inAbsence = jdbc.sql("""
                    select count(*) from hearings where case_id = :id and status = 'HELD' and respondent_present = false""")
                .param("id", caseId).query(Integer.class).single() > 0;
            jdbc.sql("""
                    insert into adjudication_decisions (case_id, outcome, stop_measures, stop_scope, reasoning,
                        prior_art_defence, decided_in_absence, dissent, serious_dishonesty, drafted_by, drafted_at)
                    values (:id, :outcome, :measures, :scope, :reasoning, :priorArt, :absence, :dissent, :dishonesty,
                        :by, :at)""")
                .param("id", caseId).param("outcome", form.outcome().name())
                .param("measures", found ? String.join(",", measures.stream().map(Enum::name).toList()) : null)
                .param("scope", found ? form.stopScope() : null).param("reasoning", form.reasoning().strip())
                .param("priorArt", form.priorArtDefence().name()).param("absence", inAbsence)
                .param("dissent", form.dissent()).param("dishonesty", form.seriousDishonesty())
                .param("by", user.getUsername()).param("at", OffsetDateTime.now(clock)).update();
            audit.record(user.getUsername(), AdjudicationActions.DECISION_DRAFTED, caseId, form.outcome().name());
            return Map.of();
        }
    }

    record PublicationForm(@NotNull(message = "{publication.date.required}") LocalDate publishedOn,
                           @NotBlank(message = "{publication.url.required}") @Size(max = 500, message = "{field.too-long}") String url) {
    }

    /** Art. 83: published on the government website within 20 working days, secrets and privacy removed. */
    @Component
    static class PublicationTask implements TaskForm<PublicationForm> {

        private final CaseClocks clocks;
        private final JdbcClient jdbc;
        private final AuditTrail audit;
        private final Clock clock;

        PublicationTask(CaseClocks clocks, JdbcClient jdbc, AuditTrail audit, Clock clock) {
            this.clocks = clocks;
            this.jdbc = jdbc;
            this.audit = audit;
            this.clock = clock;
        }

        @Override
        public String formKey() {
            return "decision-publication";
        }

        @Override
        public Class<PublicationForm> valuesType() {
            return PublicationForm.class;
        }

        @Override
        public Map<String, Object> submit(AppUser user, InboxTask task, PublicationForm form) {
            if (form.publishedOn().isAfter(LocalDate.now(clock))) {
                throw InvalidInputException.of("publishedOn", "field.date.not-future");
            }
            if (!form.url().strip().matches("https?://\\S+")) {
                throw InvalidInputException.of("url", "publication.url.invalid");
            }
            jdbc.sql("""
                    update adjudication_decisions set published_on = :on, publication_url = :url
                    where case_id = :id and approval = 'APPROVE'""")
                .param("on", form.publishedOn()).param("url", form.url().strip()).param("id", task.caseId()).update();
            clocks.stop(task.caseId(), PUBLICATION, user.getUsername());
            audit.record(user.getUsername(), AdjudicationActions.DECISION_PUBLISHED, task.caseId(), form.url().strip());
            return Map.of();
        }
    }
}
