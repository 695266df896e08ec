package io.ipcase.injunction.steps;

import java.util.Optional;
import java.util.UUID;

import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockState;
import io.ipcase.deadlines.Deadline;
import org.springframework.stereotype.Component;

/**
 * An injunction's clocks, which the service, its events, its case page and its steps all
 * move or read.
 */
@Component
public class InjunctionClocks {

    /**
     * The expedited review, in hours from a complete application (setting reviewHours).
     */
    public static final String REVIEW = "injunction-review";

    /**
     * The applicant's supplement of an incomplete application, to a day the officer
     * fixes.
     */
    public static final String SUPPLEMENT = "injunction-supplement";

    /**
     * No adjudication request within the setting's days of the injunction's issue: it
     * lapses.
     */
    public static final String LAPSE = "injunction-lapse";

    /** The respondent's objection, decided within the setting's days of its receipt. */
    public static final String OBJECTION = "injunction-objection";

    private final CaseClocks clocks;

    InjunctionClocks(CaseClocks clocks) {
        this.clocks = clocks;
    }

    /** The clock's deadline while it runs. */
    public Optional<Deadline> running(UUID caseId, String key) {
        return clocks.find(caseId, key).filter(v -> v.state() == ClockState.RUNNING).map(v -> v.deadline());
    }

    /**
     * Stops the clock if it still runs: the injunction has been decided, refused or
     * lifted.
     */
    public void stop(UUID caseId, String key, String actor) {
        clocks.find(caseId, key)
            .filter(v -> v.state() != ClockState.STOPPED)
            .ifPresent(v -> clocks.stop(caseId, key, actor));
    }

}
