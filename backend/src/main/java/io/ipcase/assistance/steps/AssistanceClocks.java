package io.ipcase.assistance.steps;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockState;
import io.ipcase.deadlines.ClockView;
import io.ipcase.deadlines.Period;
import org.springframework.stereotype.Component;

/**
 * An assistance request's clocks, all in working days (rules.md §6.3), with the settings'
 * lengths.
 */
@Component
public class AssistanceClocks {

    /** The review, in working days from the application or the supplement's arrival. */
    public static final String REVIEW = "assistance-review";

    /**
     * The supplement, in working days from its notice; late, the application is deemed
     * withdrawn.
     */
    public static final String SUPPLEMENT = "assistance-supplement";

    /** The appeal of a refusal, in working days from its notice. */
    public static final String APPEAL = "assistance-appeal";

    /** The applicant's rating, in working days from the assistance's delivery. */
    public static final String FEEDBACK = "assistance-feedback";

    private final CaseClocks clocks;

    private final Clock clock;

    AssistanceClocks(CaseClocks clocks, Clock clock) {
        this.clocks = clocks;
        this.clock = clock;
    }

    /** Starts one of the request's clocks from today, for the model's date. */
    public ClockView start(UUID caseId, String key, int workingDays, String actor) {
        return clocks.start(caseId, key, Period.workingDays(workingDays), LocalDate.now(clock), actor);
    }

    public void stop(UUID caseId, String key, String actor) {
        clocks.find(caseId, key)
            .filter(v -> v.state() != ClockState.STOPPED)
            .ifPresent(v -> clocks.stop(caseId, key, actor));
    }

    /** The last day of a clock that runs, or null. */
    public LocalDate lastDay(UUID caseId, String key) {
        return clocks.find(caseId, key)
            .filter(v -> v.state() == ClockState.RUNNING)
            .map(v -> v.deadline().lastDay())
            .orElse(null);
    }

}
