package io.ipcase.penalty;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ipcase.audit.AuditTrail;
import io.ipcase.inbox.InboxTask;
import io.ipcase.inbox.TaskForm;
import io.ipcase.security.AppUser;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One of the procedure's plainer steps: checks the values the step needs, records the step with
 * its audit record, and lets the step's own rule do the rest and give the model its variables.
 * All in the transaction that completes the task.
 */
class PenaltyStep implements TaskForm<StepValues> {

    /** What a step does once its values are checked and recorded. */
    @FunctionalInterface
    interface Rule {
        Map<String, Object> apply(AppUser user, InboxTask task, PenaltyCase pc, StepValues values);
    }

    /** What a step asks for. */
    record Needs(Set<String> outcomes, Set<String> commentsFor, boolean requireComments, boolean requireDate,
                 boolean requireAt, boolean requireReference, boolean requireMethod) {

        static Needs outcome(String... outcomes) {
            return new Needs(Set.of(outcomes), Set.of(), false, false, false, false, false);
        }

        static Needs none() {
            return new Needs(Set.of(), Set.of(), false, false, false, false, false);
        }

        /** Comments are required with these outcomes (reasons for a refusal, a return, an extension). */
        Needs commentsFor(String... outcomes) {
            return new Needs(this.outcomes, Set.of(outcomes), requireComments, requireDate, requireAt, requireReference,
                requireMethod);
        }

        Needs comments() {
            return new Needs(outcomes, commentsFor, true, requireDate, requireAt, requireReference, requireMethod);
        }

        Needs date() {
            return new Needs(outcomes, commentsFor, requireComments, true, requireAt, requireReference, requireMethod);
        }

        Needs at() {
            return new Needs(outcomes, commentsFor, requireComments, requireDate, true, requireReference, requireMethod);
        }

        Needs reference() {
            return new Needs(outcomes, commentsFor, requireComments, requireDate, requireAt, true, requireMethod);
        }

        /** A document's service: the day on the receipt and the method. */
        Needs service() {
            return new Needs(outcomes, commentsFor, requireComments, true, requireAt, requireReference, true);
        }
    }

    /** Who may do the step beyond the task's candidate group: anyone, one of the handlers, or not one of them. */
    enum Independence { ANY, HANDLER, NOT_A_HANDLER }

    private final String formKey;
    private final Needs needs;
    private final Independence independence;
    private final Rule rule;
    private final PenaltyCases cases;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    PenaltyStep(String formKey, Needs needs, Independence independence, Rule rule, PenaltyCases cases,
                JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.formKey = formKey;
        this.needs = needs;
        this.independence = independence;
        this.rule = rule;
        this.cases = cases;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String formKey() {
        return formKey;
    }

    @Override
    public Class<StepValues> valuesType() {
        return StepValues.class;
    }

    @Override
    public Map<String, Object> submit(AppUser user, InboxTask task, StepValues values) {
        PenaltyCase pc = cases.get(task.caseId());
        check(values, user, pc);
        Map<String, Object> variables = rule.apply(user, task, pc, values);
        jdbc.sql("""
                insert into penalty_steps (case_id, step, outcome, occurred_on, reference, comments, decided_by, decided_at)
                values (:case, :step, :outcome, :on, :ref, :comments, :by, :at)""")
            .param("case", pc.caseId()).param("step", formKey).param("outcome", values.outcome())
            .param("on", values.date() != null ? values.date()
                : values.at() != null ? values.at().atZoneSameInstant(clock.getZone()).toLocalDate() : null)
            .param("ref", values.method() != null ? values.method().name()
                + (values.referenceOrNull() == null ? "" : " " + values.referenceOrNull()) : values.referenceOrNull())
            .param("comments", values.commentsOrNull()).param("by", user.getUsername())
            .param("at", OffsetDateTime.now(clock))
            .update();
        audit.record(user.getUsername(), PenaltyAudit.STEP_DECIDED, pc.caseId(),
            formKey + (values.outcome() == null ? "" : " " + values.outcome()));
        return variables;
    }

    private void check(StepValues v, AppUser user, PenaltyCase pc) {
        List<Violation> violations = new ArrayList<>();
        if (!needs.outcomes().isEmpty()) {
            if (v.outcome() == null) {
                violations.add(Violation.keyed("outcome", "penalty.step.outcome.required"));
            } else if (!needs.outcomes().contains(v.outcome())) {
                violations.add(Violation.keyed("outcome", "field.invalid-value"));
            } else if (needs.commentsFor().contains(v.outcome()) && v.commentsOrNull() == null) {
                violations.add(Violation.keyed("comments", "penalty.step.comments.required"));
            }
        }
        if (needs.requireComments() && v.commentsOrNull() == null) {
            violations.add(Violation.keyed("comments", "penalty.step.comments.required"));
        }
        if (needs.requireDate() && v.date() == null) {
            violations.add(Violation.keyed("date", "penalty.step.date.required"));
        }
        if (v.date() != null && v.date().isAfter(java.time.LocalDate.now(clock))) {
            violations.add(Violation.keyed("date", "penalty.step.date.future"));
        }
        if (needs.requireAt() && v.at() == null) {
            violations.add(Violation.keyed("at", "penalty.step.date.required"));
        }
        if (needs.requireReference() && v.referenceOrNull() == null) {
            violations.add(Violation.keyed("reference", "penalty.step.reference.required"));
        }
        if (needs.requireMethod() && v.method() == null) {
            violations.add(Violation.keyed("method", "penalty.step.method.required"));
        }
        if (independence == Independence.NOT_A_HANDLER && pc.isHandler(user.getUsername())) {
            violations.add(Violation.keyed("outcome", "penalty.step.not-by-handler"));
        }
        if (independence == Independence.HANDLER && !pc.isHandler(user.getUsername())) {
            throw new io.ipcase.web.ConflictException("problem.penalty.not-a-handler");
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
