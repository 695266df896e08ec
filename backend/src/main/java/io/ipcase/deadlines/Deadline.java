package io.ipcase.deadlines;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;

/**
 * The last day of a legal period. A period runs to 24:00 of its last day (Civil Code art. 203), so
 * a task is due at the last second of that day and a timer that acts on the period's expiry fires
 * at the first instant after it.
 */
public record Deadline(LocalDate lastDay, ZoneId zone) {

    public OffsetDateTime dueAt() {
        return lastDay.plusDays(1).atStartOfDay(zone).minusSeconds(1).toOffsetDateTime();
    }

    public OffsetDateTime expiresAt() {
        return lastDay.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    }

    /** For task due dates in the models. */
    public Date dueDate() {
        return Date.from(dueAt().toInstant());
    }

    /** For timers in the models (timeDate). */
    public Date expiryDate() {
        return Date.from(expiresAt().toInstant());
    }
}
