package io.ipcase.deadlines;

public enum DayKind {

    /** a rest day: a holiday, or a holiday's weekday make-up */
    REST,
    /** a weekend day made a working day (调休) */
    WORK

}
