package io.ipcase.adjudication.withdrawal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.Cases;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.inbox.steps.FieldKind;
import io.ipcase.inbox.steps.Input;
import io.ipcase.inbox.steps.ShownWhen;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.StepDescription;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The panel decides on a request to withdraw the case (Order 81 art. 36), with its
 * reasons. On the respondent's time-bar defence (art. 19 ¶3) it records what it found of
 * the 3-year limit: when the requester knew of the infringement and the infringer, and
 * every suspension, interruption (a warning letter, say) and extension; the case is
 * withdrawn when, and only when, the limit so counted had run out on the day the request
 * was received.
 */
@Step("withdrawal-decision")
class WithdrawalDecisionStep implements TaskStep<WithdrawalDecisionStep.Values> {

    /** More than the longest run of rest days in a year (the Spring Festival's). */
    private static final int LONGEST_REST_DAYS = 15;

    enum Decision {

        WITHDRAW, CONTINUE

    }

    /**
     * {@code ground} is the ground the request names, shown for what it is; the request
     * decides it, not the form.
     */
    record Values(@NotNull(message = "{decision.required}") Decision decision,
            @NotBlank(message = "{reasons.required}") @Size(max = 5000, message = "{field.too-long}") String reasons,
            @Input(FieldKind.RADIO) WithdrawalGround ground, @ShownWhen(field = "ground", is = "TIME_BARRED") @NotNull(
                    message = "{withdrawal.time-bar.required}") @Valid TimeBarFinding timeBar) {
    }

    /** Art. 19: what the panel found of the limit. */
    record TimeBarFinding(
            @NotNull(message = "{review.known-on.required}") @PastOrPresent(
                    message = "{field.date.not-future}") LocalDate knownOn,
            @Size(max = 20, message = "{withdrawal.time-bar.too-many}") List<@Valid Event> events) {
    }

    record Event(@NotNull(message = "{withdrawal.time-bar.kind.required}") @Input(FieldKind.SELECT) TimeBar.Kind kind,
            @NotNull(message = "{withdrawal.time-bar.from.required}") @PastOrPresent(
                    message = "{field.date.not-future}") LocalDate from,
            LocalDate until, @NotBlank(message = "{withdrawal.time-bar.description.required}") @Size(max = 500,
                    message = "{field.too-long}") String description) {
    }

    private final JdbcClient jdbc;

    private final Cases cases;

    private final Deadlines deadlines;

    private final AuditTrail audit;

    private final Clock clock;

    WithdrawalDecisionStep(JdbcClient jdbc, Cases cases, Deadlines deadlines, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The request's ground; on a time-bar defence, the day of knowledge recorded at
     * acceptance.
     */
    @Override
    public Values initialValues(StepContext step) {
        WithdrawalGround ground = pendingGround(step.caseId()).orElse(null);
        TimeBarFinding timeBar = ground != WithdrawalGround.TIME_BARRED ? null
                : new TimeBarFinding(
                        jdbc.sql("select infringement_known_on from admissibility_checks where case_id = :id")
                            .param("id", step.caseId())
                            .query(LocalDate.class)
                            .optional()
                            .orElse(null),
                        List.of());
        return new Values(null, null, ground, timeBar);
    }

    /** The one ground offered is the request's. */
    @Override
    public StepDescription describe(StepContext step, StepDescription form) {
        Optional<WithdrawalGround> ground = pendingGround(step.caseId());
        return form.withField("ground",
                field -> field.withChoices(field.choices() == null ? null
                        : field.choices()
                            .stream()
                            .filter(choice -> ground.map(g -> g.name().equals(choice.value())).orElse(true))
                            .toList()));
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        WithdrawalGround ground = pendingGround(step.caseId()).orElse(WithdrawalGround.OTHER);
        TimeBarFinding finding = ground == WithdrawalGround.TIME_BARRED ? checkTimeBar(step.caseId(), values) : null;
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                update withdrawal_requests set decision = :d, reasons = :r, decided_by = :by, decided_at = :at
                where case_id = :id and decision is null""")
            .param("d", values.decision().name())
            .param("r", values.reasons().strip())
            .param("by", step.username())
            .param("at", now)
            .param("id", step.caseId())
            .update();
        if (finding != null) {
            recordTimeBar(step.caseId(), finding, step.username(), now);
        }
        audit.record(step.username(), AdjudicationActions.WITHDRAWAL_DECIDED, step.caseId(), values.decision().name());
        return Map.of("withdrawalDecision", values.decision().name(), "withdrawalGround", ground.name());
    }

    /**
     * Art. 19 ¶3: withdrawn when the limit had run out on the day the request was
     * received, the suspensions, interruptions and extensions found counted; otherwise
     * the case goes on.
     */
    private TimeBarFinding checkTimeBar(UUID caseId, Values values) {
        TimeBarFinding finding = values.timeBar();
        if (finding == null) {
            throw InvalidInputException.of("timeBar", "withdrawal.time-bar.required");
        }
        List<Violation> violations = new ArrayList<>();
        List<Event> events = finding.events() == null ? List.of() : finding.events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            boolean needsEnd = e.kind() != TimeBar.Kind.INTERRUPTION;
            if (needsEnd && (e.until() == null || e.until().isBefore(e.from()))) {
                violations.add(Violation.keyed("timeBar.events[" + i + "].until", "withdrawal.time-bar.until"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        CaseRecord c = cases.findUnchecked(caseId).orElseThrow();
        LocalDate lastDay = lastDay(finding, c.receivedOn());
        boolean runOut = c.receivedOn().isAfter(lastDay);
        if (values.decision() == Decision.WITHDRAW && !runOut) {
            throw InvalidInputException.of("decision", "withdrawal.time-bar.not-run-out", lastDay.toString());
        }
        if (values.decision() == Decision.CONTINUE && runOut) {
            throw InvalidInputException.of("decision", "withdrawal.time-bar.run-out", lastDay.toString());
        }
        return finding;
    }

    /**
     * The limit's last day, moved off a rest day (Civil Code art. 203) when that can
     * matter: when it falls shortly before the request was received. A last day long
     * before or after that needs no calendar (whose years are those of the State
     * Council's notices).
     */
    private LocalDate lastDay(TimeBarFinding finding, LocalDate receivedOn) {
        List<TimeBar.LimitEvent> events = finding.events() == null ? List.of()
                : finding.events().stream().map(e -> new TimeBar.LimitEvent(e.kind(), e.from(), e.until())).toList();
        LocalDate lastDay = new TimeBar(finding.knownOn(), events).lastDay();
        boolean rollingCanMatter = lastDay.isBefore(receivedOn)
                && !lastDay.isBefore(receivedOn.minusDays(LONGEST_REST_DAYS));
        return rollingCanMatter ? deadlines.endingOn(lastDay).lastDay() : lastDay;
    }

    private void recordTimeBar(UUID caseId, TimeBarFinding finding, String by, OffsetDateTime at) {
        CaseRecord c = cases.findUnchecked(caseId).orElseThrow();
        LocalDate lastDay = lastDay(finding, c.receivedOn());
        jdbc.sql("""
                insert into time_bar_findings (case_id, known_on, limit_last_day, request_received_on, run_out,
                    recorded_by, recorded_at)
                values (:id, :known, :last, :received, :runOut, :by, :at)""")
            .param("id", caseId)
            .param("known", finding.knownOn())
            .param("last", lastDay)
            .param("received", c.receivedOn())
            .param("runOut", c.receivedOn().isAfter(lastDay))
            .param("by", by)
            .param("at", at)
            .update();
        Long findingId = jdbc.sql("select max(id) from time_bar_findings where case_id = :id")
            .param("id", caseId)
            .query(Long.class)
            .single();
        for (Event e : finding.events() == null ? List.<Event>of() : finding.events()) {
            jdbc.sql("""
                    insert into time_bar_events (finding_id, kind, from_on, until_on, description)
                    values (:finding, :kind, :from, :until, :description)""")
                .param("finding", findingId)
                .param("kind", e.kind().name())
                .param("from", e.from())
                .param("until", e.kind() == TimeBar.Kind.INTERRUPTION ? null : e.until())
                .param("description", e.description().strip())
                .update();
        }
    }

    private Optional<WithdrawalGround> pendingGround(UUID caseId) {
        return jdbc.sql("""
                select ground from withdrawal_requests where case_id = :id and decision is null
                order by id desc limit 1""")
            .param("id", caseId)
            .query(String.class)
            .optional()
            .map(WithdrawalGround::valueOf);
    }

}
