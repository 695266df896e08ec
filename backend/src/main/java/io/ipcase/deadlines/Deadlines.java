package io.ipcase.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Service;

/**
 * Legal periods counted by rules.md §6.1: the day of the triggering event is not counted;
 * a calendar-day or month period whose last day is a rest day ends on the next working
 * day; a working-day period counts official working days only.
 */
@Service
public class Deadlines {

    private final WorkingDayCalendar calendar;

    private final Clock clock;

    private final ZoneId zone;

    /** Counts on the given calendar: the store's, or a snapshot of it as it was. */
    public Deadlines(WorkingDayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** "N个工作日" counted from the day after {@code trigger}. */
    public Deadline workingDays(LocalDate trigger, int days) {
        LocalDate day = trigger;
        int counted = 0;
        boolean provisional = false;
        while (counted < days) {
            day = day.plusDays(1);
            provisional |= !calendar.holdsYear(day.getYear());
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return Deadline.endOf(day, zone, provisional);
    }

    /**
     * "N日": calendar days from the day after {@code trigger}, the last day moved off a
     * rest day.
     */
    public Deadline calendarDays(LocalDate trigger, int days) {
        return endingOn(trigger.plusDays(days));
    }

    /**
     * "N个月": the corresponding day of the last month, or its last day (Civil Code art.
     * 202).
     */
    public Deadline months(LocalDate trigger, int months) {
        return endingOn(trigger.plusMonths(months));
    }

    /**
     * A period whose last day is known (fixed by someone, or computed): moved off a rest
     * day like any other.
     */
    public Deadline endingOn(LocalDate lastDay) {
        LocalDate d = lastDay;
        boolean provisional = !calendar.holdsYear(d.getYear());
        while (calendar.isRestDay(d)) {
            d = d.plusDays(1);
            provisional |= !calendar.holdsYear(d.getYear());
        }
        return Deadline.endOf(d, zone, provisional);
    }

    /**
     * The working days after {@code from} up to and including {@code to}; negative when
     * {@code to} is earlier.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    public boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZoneId zone() {
        return zone;
    }

}
