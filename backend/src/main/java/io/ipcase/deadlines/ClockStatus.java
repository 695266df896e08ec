package io.ipcase.deadlines;

/**
 * How a clock stands for supervisors; a stopped clock keeps the status it stopped with.
 */
public enum ClockStatus {

    ON_TRACK,
    /**
     * past the warning point: a share of the period gone, or inside its last working days
     * (settings)
     */
    DUE_SOON, OVERDUE

}
