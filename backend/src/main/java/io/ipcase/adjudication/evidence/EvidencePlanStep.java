package io.ipcase.adjudication.evidence;

import static io.ipcase.adjudication.AdjudicationPeriods.EVIDENCE;
import static io.ipcase.adjudication.AdjudicationPeriods.EVIDENCE_MINIMUM_DAYS;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.casework.CaseSteps;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PatentType;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockView;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.deadlines.Period;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.StepDescription;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The panel sets the evidence period, at least 15 days from the notice's receipt (Order
 * 81 art. 54), the investigation measures a dispute allows (Patent Law art. 69 ¶2), and
 * whether the requester is to file the patent's evaluation report (art. 66 ¶2, for a
 * utility model or a design only).
 */
@Step("evidence-plan")
class EvidencePlanStep implements TaskStep<EvidencePlanStep.Values> {

    /**
     * A measure outside the three reads as null, so that it is refused with the law's
     * reason.
     */
    record Values(@NotNull(message = "{evidence.last-day.required}") LocalDate evidenceLastDay,
            @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) Set<InvestigationMeasure> measures,
            boolean evaluationReportRequired, @Size(max = 5000, message = "{field.too-long}") String notes) {
    }

    private final Cases cases;

    private final CaseSteps steps;

    private final Deadlines deadlines;

    private final CaseClocks clocks;

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final Clock clock;

    EvidencePlanStep(Cases cases, CaseSteps steps, Deadlines deadlines, CaseClocks clocks, JdbcClient jdbc,
            AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.steps = steps;
        this.deadlines = deadlines;
        this.clocks = clocks;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Values initialValues(StepContext step) {
        return new Values(null, Set.of(), false, null);
    }

    @Override
    public StepDescription describe(StepContext step, StepDescription form) {
        return form.withField("evidenceLastDay", field -> field.withNotBefore(earliestLastDay()));
    }

    /**
     * Art. 54: at least 15 days from the notice's receipt, which is today at the
     * earliest.
     */
    private LocalDate earliestLastDay() {
        return deadlines.calendarDays(LocalDate.now(clock), EVIDENCE_MINIMUM_DAYS).lastDay();
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        steps.notSuspended(step.caseId());
        CaseRecord c = cases.findUnchecked(step.caseId()).orElseThrow();
        Set<InvestigationMeasure> measures = values.measures() == null ? Set.of() : values.measures();
        List<Violation> violations = new ArrayList<>();
        LocalDate earliest = earliestLastDay();
        if (values.evidenceLastDay().isBefore(earliest)) {
            violations.add(Violation.keyed("evidenceLastDay", "evidence.period.too-short", earliest.toString()));
        }
        if (measures.stream().anyMatch(Objects::isNull)) {
            violations.add(Violation.keyed("measures", "evidence.measures.not-allowed"));
        }
        if (values.evaluationReportRequired() && c.patentType() == PatentType.INVENTION) {
            // Patent Law art. 66 ¶2: only for a utility model or a design
            violations.add(Violation.keyed("evaluationReportRequired", "evidence.evaluation-report.not-invention"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        jdbc.sql("""
                insert into evidence_plans (case_id, evidence_last_day, measures, evaluation_report_required, notes,
                    planned_by, planned_at) values (:id, :last, :measures, :report, :notes, :by, :at)""")
            .param("id", c.id())
            .param("last", values.evidenceLastDay())
            .param("measures", String.join(",", measures.stream().sorted().map(Enum::name).toList()))
            .param("report", values.evaluationReportRequired())
            .param("notes", values.notes())
            .param("by", step.username())
            .param("at", OffsetDateTime.now(clock))
            .update();
        // counted in calendar days from today, so that a party's extension lengthens it
        // (art. 54)
        LocalDate today = LocalDate.now(clock);
        ClockView evidence = clocks.start(c.id(), EVIDENCE,
                Period.calendarDays((int) ChronoUnit.DAYS.between(today, values.evidenceLastDay())), today,
                step.username());
        audit.record(step.username(), AdjudicationActions.EVIDENCE_PLANNED, c.id(),
                evidence.deadline().lastDay().toString());
        Map<String, Object> variables = new HashMap<>(evidence.modelDates("evidence"));
        variables.put("evaluationReportRequired", values.evaluationReportRequired());
        return variables;
    }

}
