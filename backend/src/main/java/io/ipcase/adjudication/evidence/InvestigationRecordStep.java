package io.ipcase.adjudication.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.CaseSteps;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/** Order 81 art. 47: each measure's written record, signed by both sides or with the refusal noted. */
@Step("investigation-record")
class InvestigationRecordStep implements TaskStep<InvestigationRecordStep.Values> {

    record Values(@Size(max = 20, message = "{investigation.too-many}") List<@Valid Entry> records) {
    }

    record Entry(@NotNull(message = "{investigation.measure.required}") @Input(FieldKind.SELECT) InvestigationMeasure measure,
                 @NotNull(message = "{investigation.date.required}") @PastOrPresent(message = "{field.date.not-future}")
                 LocalDate carriedOutOn,
                 @NotBlank(message = "{investigation.place.required}") @Size(max = 300, message = "{field.too-long}") String place,
                 @NotBlank(message = "{investigation.findings.required}") @Size(max = 10000, message = "{field.too-long}")
                 String findings,
                 Boolean signedByParties,
                 @Size(max = 1000, message = "{field.too-long}") String refusalNote) {

        boolean signed() {
            return Boolean.TRUE.equals(signedByParties);
        }
    }

    private final CaseSteps steps;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    InvestigationRecordStep(CaseSteps steps, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.steps = steps;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

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
                violations.add(Violation.keyed("records[" + i + "].refusalNote", "investigation.refusal-note.required"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Entry r : records) {
            jdbc.sql("""
                    insert into investigation_records (case_id, measure, carried_out_on, place, findings,
                        signed_by_parties, refusal_note, recorded_by, recorded_at)
                    values (:id, :measure, :on, :place, :findings, :signed, :refusal, :by, :at)""")
                .param("id", step.caseId()).param("measure", r.measure().name()).param("on", r.carriedOutOn())
                .param("place", r.place().strip()).param("findings", r.findings().strip())
                .param("signed", r.signed()).param("refusal", r.refusalNote())
                .param("by", step.username()).param("at", now).update();
        }
        audit.record(step.username(), AdjudicationActions.INVESTIGATION_RECORDED, step.caseId(),
            String.valueOf(records.size()));
        return Map.of();
    }
}
