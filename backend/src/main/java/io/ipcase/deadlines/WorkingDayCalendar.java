package io.ipcase.deadlines;

import java.time.LocalDate;

/**
 * The official calendar of rest days and working days (rules.md §6.2): each year's State
 * Council notice lists the weekdays that are holidays and the weekend days that are made
 * working days (调休). A year whose notice is not loaded yet counts on weekends alone,
 * provisionally: a deadline counted through it says so, and moves when the notice comes.
 */
public interface WorkingDayCalendar {

    /**
     * On the notice where its year is loaded (and an administrator's override on top);
     * Monday to Friday where it is not.
     */
    boolean isWorkingDay(LocalDate day);

    /** Whether the State Council notice of this year is loaded. */
    boolean holdsYear(int year);

    default boolean isRestDay(LocalDate day) {
        return !isWorkingDay(day);
    }

}
