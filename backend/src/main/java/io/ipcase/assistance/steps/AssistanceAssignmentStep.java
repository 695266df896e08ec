package io.ipcase.assistance.steps;

import java.util.Map;
import java.util.UUID;

import io.ipcase.assistance.AssistancePool;
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

/**
 * An active expert or workstation of the request's district, from the pool, those of its
 * field first.
 */
@Step("assistance-assignment")
class AssistanceAssignmentStep implements TaskStep<AssistanceAssignmentStep.Values> {

    record Values(
            @Input(FieldKind.SELECT) @NotNull(message = "{assistance.assignment.member.required}") Long poolMemberId,
            @Size(max = 2000, message = "{field.too-long}") String note) {
    }

    private final AssistanceRequests requests;

    private final AssistancePool pool;

    private final Cases cases;

    private final MessageSource messages;

    private final AuditTrail audit;

    AssistanceAssignmentStep(AssistanceRequests requests, AssistancePool pool, Cases cases, MessageSource messages,
            AuditTrail audit) {
        this.requests = requests;
        this.pool = pool;
        this.cases = cases;
        this.messages = messages;
        this.audit = audit;
    }

    /** The members offered: "name (expert, mechanical)". */
    @Override
    public StepDescription describe(StepContext step, StepDescription form) {
        CaseRecord c = cases.findUnchecked(step.caseId()).orElseThrow();
        return form.withField("poolMemberId",
                f -> f.withChoices(pool.activeIn(c.officeId(), requests.field(c.id()))
                    .stream()
                    .map(m -> new Choice(String.valueOf(m.id()),
                            m.name() + "（" + word("assistance.member-kind." + m.kind()) + "，"
                                    + word("assistance.technical-field." + m.field()) + "）"))
                    .toList()));
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        UUID caseId = step.caseId();
        CaseRecord c = cases.findUnchecked(caseId).orElseThrow();
        AssistancePool.Member member = pool.find(values.poolMemberId())
            .filter(m -> m.active() && m.district().equals(c.officeId()))
            .orElseThrow(() -> InvalidInputException.of("poolMemberId", "assistance.assignment.member.unavailable"));
        requests.assigned(caseId, member.id(), step.username());
        String note = values.note() == null || values.note().isBlank() ? "" : ": " + values.note().strip();
        audit.record(step.username(), AssistanceActions.ASSISTANCE_ASSIGNED, caseId,
                member.kind() + " " + member.name() + note);
        return Map.of();
    }

    private String word(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

}
