package io.ipcase.adjudication.decision;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.DecisionOutcomes.Outcome;
import io.ipcase.adjudication.casework.CaseSteps;
import io.ipcase.audit.AuditTrail;
import io.ipcase.inbox.steps.ShownWhen;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The panel drafts the decision by majority, a member's dissent on the record (Order 81
 * art. 25): a finding of infringement names the acts to be stopped (art. 31, 32); upheld
 * prior art is no infringement (Patent Law art. 67); a repeat infringer may be listed for
 * serious dishonesty (art. 34).
 */
@Step("decision-draft")
class DecisionDraftStep implements TaskStep<DecisionDraftStep.Values> {

    /** Order 81 art. 32: what the infringer is ordered to stop. */
    enum StopMeasure {

        MANUFACTURE, USE_OF_PROCESS, USE, SALE, OFFER_FOR_SALE, IMPORT, EXHIBITION, E_COMMERCE

    }

    /** Patent Law art. 67: the alleged infringer's prior-art defence. */
    enum PriorArtDefence {

        NOT_RAISED, UPHELD, REJECTED

    }

    /** An act outside those of art. 32 reads as null, and is refused. */
    record Values(@NotNull(message = "{decision.outcome.required}") Outcome outcome,
            // art. 31: a finding of infringement names the acts to be stopped
            @ShownWhen(field = "outcome", is = "INFRINGEMENT_FOUND") @NotEmpty(
                    message = "{decision.stop-measures.required}") @JsonFormat(
                            with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) Set<StopMeasure> stopMeasures,
            @ShownWhen(field = "outcome", is = "INFRINGEMENT_FOUND") @Size(max = 5000,
                    message = "{field.too-long}") String stopScope,
            @NotBlank(message = "{decision.reasoning.required}") @Size(max = 20000,
                    message = "{field.too-long}") String reasoning,
            @NotNull(message = "{decision.prior-art.required}") PriorArtDefence priorArtDefence,
            @Size(max = 5000, message = "{field.too-long}") String dissent,
            @ShownWhen(field = "outcome", is = "INFRINGEMENT_FOUND") boolean seriousDishonesty) {
    }

    private final CaseSteps steps;

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final Clock clock;

    DecisionDraftStep(CaseSteps steps, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.steps = steps;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Values initialValues(StepContext step) {
        return new Values(null, Set.of(), null, null, PriorArtDefence.NOT_RAISED, null, false);
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        UUID caseId = step.caseId();
        steps.notSuspended(caseId);
        boolean found = values.outcome() == Outcome.INFRINGEMENT_FOUND;
        Set<StopMeasure> measures = values.stopMeasures() == null ? Set.of() : values.stopMeasures();
        List<Violation> violations = new ArrayList<>();
        if (measures.stream().anyMatch(Objects::isNull)) {
            violations.add(Violation.keyed("stopMeasures", "field.invalid-value"));
        }
        if (found && values.priorArtDefence() == PriorArtDefence.UPHELD) {
            // Patent Law art. 67: prior art is no infringement
            violations.add(Violation.keyed("priorArtDefence", "decision.prior-art.upheld-means-no-infringement"));
        }
        boolean repeat = jdbc
            .sql("select coalesce(max(case when repeat_infringement then 1 else 0 end), 0) "
                    + "from admissibility_checks where case_id = :id")
            .param("id", caseId)
            .query(Integer.class)
            .single() == 1;
        if (values.seriousDishonesty() && !repeat) {
            // art. 34: the serious-dishonesty list is for repeat infringers
            violations.add(Violation.keyed("seriousDishonesty", "decision.serious-dishonesty.repeat-only"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        boolean inAbsence = jdbc.sql("""
                select count(*) from hearings where case_id = :id and status = 'HELD' and respondent_present = false""")
            .param("id", caseId)
            .query(Integer.class)
            .single() > 0;
        jdbc.sql("""
                insert into adjudication_decisions (case_id, outcome, stop_measures, stop_scope, reasoning,
                    prior_art_defence, decided_in_absence, dissent, serious_dishonesty, drafted_by, drafted_at)
                values (:id, :outcome, :measures, :scope, :reasoning, :priorArt, :absence, :dissent, :dishonesty,
                    :by, :at)""")
            .param("id", caseId)
            .param("outcome", values.outcome().name())
            .param("measures", found ? String.join(",", measures.stream().sorted().map(Enum::name).toList()) : null)
            .param("scope", values.stopScope())
            .param("reasoning", values.reasoning().strip())
            .param("priorArt", values.priorArtDefence().name())
            .param("absence", inAbsence)
            .param("dissent", values.dissent())
            .param("dishonesty", values.seriousDishonesty())
            .param("by", step.username())
            .param("at", OffsetDateTime.now(clock))
            .update();
        audit.record(step.username(), AdjudicationActions.DECISION_DRAFTED, caseId, values.outcome().name());
        return Map.of();
    }

}
