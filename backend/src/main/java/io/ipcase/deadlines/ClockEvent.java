package io.ipcase.deadlines;

import java.time.Instant;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** What happened to a clock: START, PAUSE, RESUME, EXTEND or STOP, by whom, and why. */
@NullMarked
public record ClockEvent(String type, Instant at, @Nullable String actor, @Nullable String reason,
        @Nullable Period extension, @Nullable String approverLevel) {
}
