package io.ipcase.adjudication.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.casework.CaseSteps;
import io.ipcase.audit.AuditTrail;
import io.ipcase.inbox.steps.FieldKind;
import io.ipcase.inbox.steps.Input;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * Order 81 art. 47: each measure's written record, signed by both sides or with the
 * refusal noted.
 */
@Step("investigation-record")
class InvestigationRecordStep implements TaskStep<InvestigationRecordStep.Values> {

    record Values(@Size(max = 20, message = "{investigation.too-many}") List<@Valid Entry> records) {
    }

    record Entry(
            @NotNull(
                    message = "{investigation.measure.required}") @Input(FieldKind.SELECT) InvestigationMeasure measure,
            @NotNull(message = "{investigation.date.required}") @PastOrPresent(
                    message = "{field.date.not-future}") LocalDate carriedOutOn,
            @NotBlank(message = "{investigation.place.required}") @Size(max = 300,
                    message = "{field.too-long}") String place,
            @NotBlank(message = "{investigation.findings.required}") @Size(max = 10000,
                    message = "{field.too-long}") String findings,
            Boolean signedByParties, @Size(max = 1000, message = "{field.too-long}") String refusalNote) {

        boolean signed() {
            return Boolean.TRUE.equals(signedByParties);
        }
    }

    private final CaseSteps steps;

    private final Evidence evidence;

    private final AuditTrail audit;

    InvestigationRecordStep(CaseSteps steps, Evidence evidence, AuditTrail audit) {
        this.steps = steps;
        this.evidence = evidence;
        this.audit = audit;
    }

    /**
     * The panel may close the evidence stage without a measure: the list starts empty.
     */
    @Override
    public Values initialValues(StepContext step) {
        return new Values(List.of());
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        steps.notSuspended(step.caseId());
        List<Entry> records = values.records() == null ? List.of() : values.records();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            Entry r = records.get(i);
            if (!r.signed() && (r.refusalNote() == null || r.refusalNote().isBlank())) {
                violations
                    .add(Violation.keyed("records[" + i + "].refusalNote", "investigation.refusal-note.required"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        evidence.recordInvestigations(step.caseId(), records, step.username());
        audit.record(step.username(), AdjudicationActions.INVESTIGATION_RECORDED, step.caseId(),
                String.valueOf(records.size()));
        return Map.of();
    }

}
