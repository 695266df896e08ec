package io.ipcase.assistance.steps;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.ipcase.assistance.AssistancePool;
import io.ipcase.assistance.TechnicalField;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.Cases;
import io.ipcase.inbox.steps.FieldKind;
import io.ipcase.inbox.steps.Input;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.StepDescription;
import io.ipcase.inbox.steps.StepDescription.Choice;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.web.InvalidInputException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An active expert or workstation of the request's district, from the pool, those of its field first. */
@Step("assistance-assignment")
class AssistanceAssignmentStep implements TaskStep<AssistanceAssignmentStep.Values> {

    record Values(@Input(FieldKind.SELECT) @NotNull(message = "{assistance.assignment.member.required}") Long poolMemberId,
                  @Size(max = 2000, message = "{field.too-long}") String note) {
    }

    private final Cases cases;
    private final AssistancePool pool;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    AssistanceAssignmentStep(Cases cases, AssistancePool pool, MessageSource messages, JdbcClient jdbc,
                             AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.pool = pool;
        this.messages = messages;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The members offered: "name (expert, mechanical)". */
    @Override
    public StepDescription describe(StepContext step, StepDescription form) {
        CaseRecord c = cases.findUnchecked(step.caseId()).orElseThrow();
        String field = jdbc.sql("select field from assistance_requests where case_id = :id").param("id", c.id())
            .query(String.class).single();
        return form.withField("poolMemberId", f -> f.withChoices(pool.activeIn(c.officeId(), TechnicalField.valueOf(field))
            .stream()
            .map(m -> new Choice(String.valueOf(m.id()), m.name() + "（" + word("assistance.member-kind." + m.kind())
                + "，" + word("assistance.technical-field." + m.field()) + "）"))
            .toList()));
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        UUID caseId = step.caseId();
        CaseRecord c = cases.findUnchecked(caseId).orElseThrow();
        AssistancePool.Member member = pool.find(values.poolMemberId())
            .filter(m -> m.active() && m.district().equals(c.officeId()))
            .orElseThrow(() -> InvalidInputException.of("poolMemberId", "assistance.assignment.member.unavailable"));
        jdbc.sql("""
                update assistance_requests set pool_member_id = :m, assigned_by = :by, assigned_at = :at
                where case_id = :id""")
            .param("m", member.id()).param("by", step.username()).param("at", OffsetDateTime.now(clock))
            .param("id", caseId).update();
        String note = values.note() == null || values.note().isBlank() ? "" : ": " + values.note().strip();
        audit.record(step.username(), AssistanceActions.ASSISTANCE_ASSIGNED, caseId,
            member.kind() + " " + member.name() + note);
        return Map.of();
    }

    private String word(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
