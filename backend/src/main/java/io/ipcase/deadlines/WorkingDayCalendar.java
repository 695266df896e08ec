package io.ipcase.deadlines;

import java.time.LocalDate;

/**
 * The official calendar of rest days and working days (rules.md §6.2): each year's State
 * Council notice lists the weekdays that are holidays and the weekend days that are made
 * working days (调休). A year the calendar does not hold is an error, never "no holidays".
 */
public interface WorkingDayCalendar {

    /**
     * @throws CalendarYearMissingException if the day's year has not been loaded
     */
    boolean isWorkingDay(LocalDate day);

    default boolean isRestDay(LocalDate day) {
        return !isWorkingDay(day);
    }

}
