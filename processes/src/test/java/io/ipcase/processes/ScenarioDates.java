package io.ipcase.processes;

import java.time.OffsetDateTime;
import java.util.Date;

/**
 * Instants in Chongqing, written as the backend's case clocks compute them: a task falls
 * due at the last second of a period's last day, a timer fires at the first instant after
 * it.
 */
final class ScenarioDates {

    private ScenarioDates() {
    }

    /** A task's due date: 23:59:59 on the period's last day. */
    static Date dueOn(String isoDay) {
        return at(isoDay + "T23:59:59+08:00");
    }

    /** A timer's date: midnight after the period's last day. */
    static Date expiresAfter(String isoDay) {
        return Date.from(OffsetDateTime.parse(isoDay + "T00:00:00+08:00").plusDays(1).toInstant());
    }

    static Date at(String isoOffsetDateTime) {
        return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
    }

}
