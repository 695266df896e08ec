package io.ipcase.injunction.steps;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.documents.Addressee;
import io.ipcase.documents.OfficialDocuments;
import io.ipcase.documents.ServiceMethod;
import io.ipcase.inbox.steps.FieldKind;
import io.ipcase.inbox.steps.Input;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The injunction lifted (解除禁令决定书, to both parties), for the reason its procedure recorded: an
 * objection sustained, the patent invalidated, no infringement found, or no adjudication request.
 */
@Step("injunction-lifting")
class InjunctionLiftingStep implements TaskStep<InjunctionLiftingStep.Values> {

    record Values(@Input(FieldKind.SELECT)
                  @NotNull(message = "{injunction.lifting.service-method.required}") ServiceMethod serviceMethod,
                  @Size(max = 5000, message = "{field.too-long}") String note) {
    }

    private final InjunctionClocks clocks;
    private final OfficialDocuments documents;
    private final RuntimeService runtime;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    InjunctionLiftingStep(InjunctionClocks clocks, OfficialDocuments documents, RuntimeService runtime, JdbcClient jdbc,
                          AuditTrail audit, Clock clock) {
        this.clocks = clocks;
        this.documents = documents;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        UUID caseId = step.caseId();
        String reason = (String) runtime.getVariable(step.task().processInstanceId(), "liftReason");
        jdbc.sql("update injunctions set lift_reason = :r, lifted_by = :by, lifted_at = :at where case_id = :id")
            .param("r", reason).param("by", step.username()).param("at", OffsetDateTime.now(clock))
            .param("id", caseId).update();
        clocks.stop(caseId, InjunctionClocks.LAPSE, step.username());
        clocks.stop(caseId, InjunctionClocks.OBJECTION, step.username());
        Map<String, Object> model = new HashMap<>();
        model.put("reason", reason);
        model.put("note", values.note() == null || values.note().isBlank() ? null : values.note().strip());
        documents.issue(caseId, "lifting-decision", model, Addressee.allParties(values.serviceMethod()), step.username());
        audit.record(step.username(), InjunctionActions.INJUNCTION_LIFTED, caseId, reason);
        return Map.of();
    }
}
