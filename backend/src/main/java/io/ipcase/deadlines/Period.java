package io.ipcase.deadlines;

import org.jspecify.annotations.NullMarked;

/** A legal period's length in its own unit. */
@NullMarked
public record Period(PeriodUnit unit, int amount) {

    public Period {
        if (amount < 0) {
            throw new IllegalArgumentException("a period cannot be negative: " + amount);
        }
    }

    public static Period workingDays(int n) {
        return new Period(PeriodUnit.WORKING_DAYS, n);
    }

    public static Period calendarDays(int n) {
        return new Period(PeriodUnit.CALENDAR_DAYS, n);
    }

    public static Period months(int n) {
        return new Period(PeriodUnit.MONTHS, n);
    }

    public static Period hours(int n) {
        return new Period(PeriodUnit.HOURS, n);
    }
}
