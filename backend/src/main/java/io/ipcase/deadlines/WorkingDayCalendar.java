package io.ipcase.deadlines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The official calendar of rest days and working days (rules.md §6.2): each year's State Council
 * notice lists the weekdays that are holidays and the weekend days that are made working days
 * (调休). A year the calendar does not hold is an error, never "no holidays".
 */
public class WorkingDayCalendar {

    private final Map<Integer, Set<LocalDate>> restDays = new HashMap<>();
    private final Map<Integer, Set<LocalDate>> workDays = new HashMap<>();

    public static WorkingDayCalendar fromJson(InputStream json, ObjectMapper mapper) {
        try {
            JsonNode root = mapper.readTree(json);
            WorkingDayCalendar calendar = new WorkingDayCalendar();
            root.fields().forEachRemaining(year -> {
                int y = Integer.parseInt(year.getKey());
                calendar.restDays.put(y, dates(year.getValue().path("rest")));
                calendar.workDays.put(y, dates(year.getValue().path("work")));
            });
            return calendar;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the holiday calendar", e);
        }
    }

    private static Set<LocalDate> dates(JsonNode array) {
        Set<LocalDate> dates = new HashSet<>();
        array.forEach(d -> dates.add(LocalDate.parse(d.asText())));
        return dates;
    }

    public boolean isWorkingDay(LocalDate day) {
        int year = day.getYear();
        if (!restDays.containsKey(year)) {
            throw new CalendarYearMissingException(year);
        }
        if (restDays.get(year).contains(day)) {
            return false;
        }
        if (workDays.get(year).contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    public boolean isRestDay(LocalDate day) {
        return !isWorkingDay(day);
    }
}
