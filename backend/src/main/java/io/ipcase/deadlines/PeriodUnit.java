package io.ipcase.deadlines;

public enum PeriodUnit {

    /** "N个工作日": official working days */
    WORKING_DAYS,
    /** "N日": calendar days, the last moved off a rest day */
    CALENDAR_DAYS,
    /** "N个月": to the corresponding day, the last moved off a rest day */
    MONTHS,
    /** "N小时": exact hours from an instant */
    HOURS,
    /** a last day someone fixed (a supplement deadline) */
    FIXED_DATE

}
