package io.ipcase.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.jspecify.annotations.NullMarked;

/**
 * When a legal period runs out. A period of days runs to 24:00 of its last day (Civil
 * Code art. 203): a task is due at the last second of that day and a timer that acts on
 * the expiry fires at the first instant after it. A period of hours runs out at its exact
 * instant.
 *
 * @param provisional the count went through a year whose State Council notice is not
 * loaded yet, on weekends alone: the date may move when the notice is loaded
 */
@NullMarked
public record Deadline(LocalDate lastDay, OffsetDateTime expiresAt, boolean provisional) {

    public static Deadline endOf(LocalDate lastDay, ZoneId zone) {
        return endOf(lastDay, zone, false);
    }

    public static Deadline endOf(LocalDate lastDay, ZoneId zone, boolean provisional) {
        return new Deadline(lastDay, lastDay.plusDays(1).atStartOfDay(zone).toOffsetDateTime(), provisional);
    }

    public static Deadline at(Instant expires, ZoneId zone) {
        OffsetDateTime at = expires.atZone(zone).toOffsetDateTime();
        return new Deadline(at.minusNanos(1).toLocalDate(), at, false);
    }

    public OffsetDateTime dueAt() {
        return expiresAt.minusSeconds(1);
    }

    /** For task due dates in the models. */
    public Date dueDate() {
        return Date.from(dueAt().toInstant());
    }

    /** For timers in the models (timeDate). */
    public Date expiryDate() {
        return Date.from(expiresAt.toInstant());
    }
}
