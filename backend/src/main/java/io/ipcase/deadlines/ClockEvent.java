package io.ipcase.deadlines;

import java.time.Instant;

/** What happened to a clock: START, PAUSE, RESUME, EXTEND or STOP, by whom, and why. */
public record ClockEvent(String type, Instant at, String actor, String reason, Period extension,
                         String approverLevel) {
}
