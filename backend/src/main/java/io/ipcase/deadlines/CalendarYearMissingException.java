package io.ipcase.deadlines;

import io.ipcase.web.ServiceUnavailableException;

/**
 * The holiday calendar has no entry for a year a period runs into; an administrator must
 * load it.
 */
public class CalendarYearMissingException extends ServiceUnavailableException {

    private final int year;

    public CalendarYearMissingException(int year) {
        super("The working-day calendar holds no rest days for " + year
                + "; load that year's official holiday notice before computing deadlines in it.",
                "problem.calendar-year-missing", year);
        this.year = year;
    }

    public int year() {
        return year;
    }

}
