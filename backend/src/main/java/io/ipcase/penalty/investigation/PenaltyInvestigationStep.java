package io.ipcase.penalty.investigation;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.ClockView;
import io.ipcase.inbox.steps.ShownWhen;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.StepDescription;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.penalty.PenaltyAudit;
import io.ipcase.penalty.PenaltyCase;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyProcedure;
import io.ipcase.penalty.PenaltyStepLog;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The end of the investigation (调查终结), or a request to extend the case period. The
 * conclusion gives the facts the crime check weighs (illegal gains from the recorded
 * sales and fees, business volume, the patentee's loss, how many patents, a repeat
 * offence) and the handlers' proposal: a penalty; exemption for a minor act promptly
 * corrected (CNIPA 2015 Measures art. 31(2), Admin. Penalty Law art. 33); an order to
 * stop selling only for an innocent seller with a legitimate source (Implementing Rules
 * 2023 art. 101); or withdrawal when no violation is established. The generic form draws
 * it: the gains recorded so far head it.
 */
@Step("penalty-investigation")
class PenaltyInvestigationStep implements TaskStep<PenaltyInvestigationStep.Values> {

    enum Kind {

        CONCLUDED, EXTENSION_REQUESTED

    }

    enum Outcome {

        PENALTY, EXEMPT, STOP_SELLING, WITHDRAW

    }

    /**
     * @param step the investigation concluded, or more time asked for
     * @param report the investigation report (调查终结报告), or the reasons for an extension
     */
    record Values(@NotNull(message = "{penalty.investigation.step.required}") Kind step,
            @ShownWhen(field = "step",
                    is = "CONCLUDED") @NotNull(message = "{penalty.investigation.outcome.required}") Outcome outcome,
            @ShownWhen(field = "step", is = "CONCLUDED") @NotNull(
                    message = "{penalty.investigation.another-persons-patent.required}") Boolean anotherPersonsPatent,
            @ShownWhen(field = "step", is = "CONCLUDED") @PositiveOrZero(
                    message = "{penalty.gain.amount.invalid}") @Digits(integer = 12, fraction = 2,
                            message = "{penalty.gain.amount.invalid}") BigDecimal businessVolume,
            @ShownWhen(field = "step", is = "CONCLUDED") @PositiveOrZero(
                    message = "{penalty.gain.amount.invalid}") @Digits(integer = 12, fraction = 2,
                            message = "{penalty.gain.amount.invalid}") BigDecimal patenteeLoss,
            @ShownWhen(field = "step", is = "CONCLUDED") @NotNull(
                    message = "{penalty.investigation.patent-count.invalid}") @Min(value = 0,
                            message = "{penalty.investigation.patent-count.invalid}") Integer patentCount,
            @ShownWhen(field = "step", is = "CONCLUDED") Boolean repeatWithinTwoYears,
            @ShownWhen(field = "step", is = "CONCLUDED") Boolean otherSeriousCircumstances,
            @NotBlank(message = "{penalty.investigation.report.required}") @Size(max = 5000,
                    message = "{field.too-long}") String report) {
    }

    private final JdbcClient jdbc;

    private final PenaltyStepLog log;

    private final Investigation investigation;

    private final PenaltyClocks clocks;

    private final MessageSource messages;

    private final AuditTrail audit;

    private final Clock clock;

    PenaltyInvestigationStep(JdbcClient jdbc, PenaltyStepLog log, Investigation investigation, PenaltyClocks clocks,
            MessageSource messages, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.log = log;
        this.investigation = investigation;
        this.clocks = clocks;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Values initialValues(StepContext step) {
        BigDecimal none = BigDecimal.ZERO.setScale(2);
        return new Values(Kind.CONCLUDED, null, false, none, none, 0, false, false, null);
    }

    /** The gains recorded so far, which the conclusion weighs, head the form. */
    @Override
    public StepDescription describe(StepContext step, StepDescription form) {
        String gains = new DecimalFormat("#,##0.00").format(investigation.totalGains(step.caseId()));
        return new StepDescription(form.formKey(), messages.getMessage("penalty.investigation.gains",
                new Object[] { gains }, LocaleContextHolder.getLocale()), form.submitLabel(), form.fields(),
                form.initialValues());
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        PenaltyCase pc = log.byHandler(step);
        return values.step() == Kind.EXTENSION_REQUESTED ? requestExtension(step, pc, values)
                : conclude(step, pc, values);
    }

    private Map<String, Object> requestExtension(StepContext step, PenaltyCase pc, Values v) {
        boolean extended = clocks.find(pc.caseId(), PenaltyClocks.CASE_PERIOD).map(ClockView::extended).orElse(false);
        if (extended && pc.procedure() == PenaltyProcedure.CNIPA_2015) {
            throw new ConflictException("problem.penalty.case-period-extended");
        }
        audit.record(step.username(), PenaltyAudit.STEP_DECIDED, pc.caseId(),
                "penalty-investigation EXTENSION_REQUESTED " + v.report().strip());
        return Map.of("investigationStep", Kind.EXTENSION_REQUESTED.name());
    }

    private Map<String, Object> conclude(StepContext step, PenaltyCase pc, Values v) {
        if (investigation.measureCount(pc.caseId()) == 0) {
            throw InvalidInputException.of("outcome", "penalty.investigation.no-measure");
        }
        BigDecimal gains = investigation.totalGains(pc.caseId());
        BigDecimal volume = orZero(v.businessVolume());
        BigDecimal loss = orZero(v.patenteeLoss());
        boolean repeat = Boolean.TRUE.equals(v.repeatWithinTwoYears());
        boolean otherSerious = Boolean.TRUE.equals(v.otherSeriousCircumstances());
        jdbc.sql("""
                update penalty_cases set another_persons_patent = :another, business_volume = :volume,
                    patentee_loss = :loss, patent_count = :count, repeat_within_two_years = :repeat,
                    other_serious = :other, investigation_outcome = :outcome, investigation_report = :report,
                    concluded_at = :at
                where case_id = :c""")
            .param("another", v.anotherPersonsPatent())
            .param("volume", volume)
            .param("loss", loss)
            .param("count", v.patentCount())
            .param("repeat", repeat)
            .param("other", otherSerious)
            .param("outcome", v.outcome().name())
            .param("report", v.report().strip())
            .param("at", OffsetDateTime.now(clock))
            .param("c", pc.caseId())
            .update();
        audit.record(step.username(), PenaltyAudit.INVESTIGATION_CONCLUDED, pc.caseId(),
                v.outcome().name() + " " + gains.toPlainString());
        Map<String, Object> vars = new HashMap<>();
        vars.put("investigationStep", Kind.CONCLUDED.name());
        vars.put("investigationOutcome", v.outcome().name());
        vars.put("anotherPersonsPatent", v.anotherPersonsPatent());
        vars.put("illegalGains", gains);
        vars.put("businessVolume", volume);
        vars.put("patenteeLoss", loss);
        vars.put("patentCount", v.patentCount());
        vars.put("repeatWithinTwoYears", repeat);
        vars.put("otherSeriousCircumstances", otherSerious);
        return vars;
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2);
    }

}
