package io.ipcase.deadlines;

import java.util.UUID;

/**
 * A case clock started, paused, resumed, was extended or stopped. Published inside the
 * transaction of the change: a procedure whose model waits on the clock moves its timers
 * on hearing it.
 */
public record ClockChanged(UUID caseId, String key, ClockView clock) {
}
