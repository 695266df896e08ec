package io.ipcase.penalty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.ClockView;
import io.ipcase.inbox.InboxTask;
import io.ipcase.inbox.TaskForm;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The end of the investigation (调查终结), or a request to extend the case period. The conclusion
 * gives the facts the crime check weighs (illegal gains from the recorded sales and fees, business
 * volume, the patentee's loss, how many patents, a repeat offence) and the handlers' proposal:
 * a penalty; exemption for a minor act promptly corrected (CNIPA 2015 Measures art. 31(2), Admin.
 * Penalty Law art. 33); an order to stop selling only for an innocent seller with a legitimate
 * source (Implementing Rules 2023 art. 101); or withdrawal when no violation is established.
 */
@Component("penaltyInvestigationForm")
class InvestigationForm implements TaskForm<InvestigationForm.Values> {

    private final JdbcClient jdbc;
    private final PenaltyCases cases;
    private final Investigation investigation;
    private final PenaltyClocks clocks;
    private final AuditTrail audit;
    private final Clock clock;

    InvestigationForm(JdbcClient jdbc, PenaltyCases cases, Investigation investigation, PenaltyClocks clocks,
                      AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.investigation = investigation;
        this.clocks = clocks;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String formKey() {
        return "penalty-investigation";
    }

    @Override
    public Class<Values> valuesType() {
        return Values.class;
    }

    @Override
    public Map<String, Object> submit(AppUser user, InboxTask task, Values v) {
        PenaltyCase pc = cases.get(task.caseId());
        if (!pc.isHandler(user.getUsername())) {
            throw new ConflictException("problem.penalty.not-a-handler");
        }
        return v.step() == Step.EXTENSION_REQUESTED ? requestExtension(user, pc, v) : conclude(user, pc, v);
    }

    private Map<String, Object> requestExtension(AppUser user, PenaltyCase pc, Values v) {
        if (v.report() == null || v.report().isBlank()) {
            throw InvalidInputException.of("report", "penalty.investigation.extension-reasons.required");
        }
        boolean extended = clocks.find(pc.caseId(), PenaltyClocks.CASE_PERIOD).map(ClockView::extended).orElse(false);
        if (extended && pc.procedure() == PenaltyProcedure.CNIPA_2015) {
            throw new ConflictException("problem.penalty.case-period-extended");
        }
        audit.record(user.getUsername(), PenaltyAudit.STEP_DECIDED, pc.caseId(),
            "penalty-investigation EXTENSION_REQUESTED " + v.report().strip());
        return Map.of("investigationStep", Step.EXTENSION_REQUESTED.name());
    }

    private Map<String, Object> conclude(AppUser user, PenaltyCase pc, Values v) {
        List<Violation> violations = new ArrayList<>();
        if (v.outcome() == null) {
            violations.add(Violation.keyed("outcome", "penalty.investigation.outcome.required"));
        }
        if (v.report() == null || v.report().isBlank()) {
            violations.add(Violation.keyed("report", "penalty.investigation.report.required"));
        }
        if (v.anotherPersonsPatent() == null) {
            violations.add(Violation.keyed("anotherPersonsPatent", "penalty.investigation.another-persons-patent.required"));
        }
        money("businessVolume", v.businessVolume(), violations);
        money("patenteeLoss", v.patenteeLoss(), violations);
        if (v.patentCount() == null || v.patentCount() < 0) {
            violations.add(Violation.keyed("patentCount", "penalty.investigation.patent-count.invalid"));
        }
        if (investigation.measureCount(pc.caseId()) == 0) {
            violations.add(Violation.keyed("outcome", "penalty.investigation.no-measure"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
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
            .param("another", v.anotherPersonsPatent()).param("volume", volume).param("loss", loss)
            .param("count", v.patentCount()).param("repeat", repeat).param("other", otherSerious)
            .param("outcome", v.outcome().name()).param("report", v.report().strip())
            .param("at", OffsetDateTime.now(clock)).param("c", pc.caseId()).update();
        audit.record(user.getUsername(), PenaltyAudit.INVESTIGATION_CONCLUDED, pc.caseId(),
            v.outcome().name() + " " + gains.toPlainString());
        Map<String, Object> vars = new HashMap<>();
        vars.put("investigationStep", Step.CONCLUDED.name());
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

    private static void money(String field, BigDecimal amount, List<Violation> violations) {
        if (amount != null && (amount.signum() < 0 || amount.scale() > 2)) {
            violations.add(Violation.keyed(field, "penalty.gain.amount.invalid"));
        }
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2);
    }

    enum Step { CONCLUDED, EXTENSION_REQUESTED }

    enum Outcome { PENALTY, EXEMPT, STOP_SELLING, WITHDRAW }

    /**
     * @param report the investigation report (调查终结报告), or the reasons for an extension
     */
    record Values(
        @NotNull(message = "{penalty.investigation.step.required}") Step step,
        Outcome outcome,
        @Size(max = 5000, message = "{field.too-long}") String report,
        Boolean anotherPersonsPatent,
        BigDecimal businessVolume,
        BigDecimal patenteeLoss,
        Integer patentCount,
        Boolean repeatWithinTwoYears,
        Boolean otherSeriousCircumstances) {
    }
}
