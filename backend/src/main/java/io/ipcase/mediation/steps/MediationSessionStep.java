package io.ipcase.mediation.steps;

import java.util.Map;

import io.ipcase.audit.AuditTrail;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.web.InvalidInputException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Order 81 art. 67: the requester absent without good reason is deemed to withdraw; the
 * respondent absent means no agreement. An in-case mediation without agreement ends here
 * and gives the adjudication back (art. 35); one of its own is closed by the model (art.
 * 69).
 */
@Step("mediation-session")
class MediationSessionStep implements TaskStep<MediationSessionStep.Values> {

    record Values(boolean requesterPresent, boolean respondentPresent, boolean agreed,
            @NotBlank(message = "{mediation.session.notes.required}") @Size(max = 10000,
                    message = "{field.too-long}") String notes) {
    }

    private final OpenMediations mediations;

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    MediationSessionStep(OpenMediations mediations, JdbcClient jdbc, AuditTrail audit) {
        this.mediations = mediations;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Most sessions are held with both sides there. */
    @Override
    public Values initialValues(StepContext step) {
        return new Values(true, true, false, null);
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        OpenMediations.Current m = mediations.require(step.caseId());
        String outcome;
        if (!values.requesterPresent()) {
            outcome = "REQUESTER_ABSENT";
        }
        else if (!values.respondentPresent()) {
            outcome = "RESPONDENT_ABSENT";
        }
        else {
            outcome = values.agreed() ? "AGREEMENT" : "FAILED";
        }
        if (values.agreed() && !"AGREEMENT".equals(outcome)) {
            throw InvalidInputException.of("agreed", "mediation.session.agreement-needs-both");
        }
        jdbc.sql("update mediations set outcome = :o, session_notes = :n where id = :id")
            .param("o", outcome)
            .param("n", values.notes().strip())
            .param("id", m.id())
            .update();
        audit.record(step.username(), MediationActions.MEDIATION_SESSION_HELD, step.caseId(), outcome);
        if (!"AGREEMENT".equals(outcome) && m.inCase()) {
            // back to the adjudication, which goes on promptly (art. 35)
            mediations.close(step.caseId(), m.id(), outcome, step.username());
            mediations.resumeCasePeriod(step.caseId(), step.username());
        }
        return Map.of("mediationOutcome", outcome);
    }

}
