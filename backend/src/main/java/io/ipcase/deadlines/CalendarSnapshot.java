package io.ipcase.deadlines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The calendar at one moment: the years loaded and the days that differ from a plain
 * week.
 */
public final class CalendarSnapshot implements WorkingDayCalendar {

    private final Set<Integer> years;

    private final Map<LocalDate, DayKind> exceptions;

    public CalendarSnapshot(Set<Integer> years, Map<LocalDate, DayKind> exceptions) {
        this.years = Set.copyOf(years);
        this.exceptions = Map.copyOf(exceptions);
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        DayKind kind = exceptions.get(day);
        if (kind != null) {
            return kind == DayKind.WORK;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    @Override
    public boolean holdsYear(int year) {
        return years.contains(year);
    }

    public Set<Integer> years() {
        return years;
    }

    /** A year's notice as published: its rest days and its working weekend days. */
    public record YearNotice(int year, String source, Set<LocalDate> rest, Set<LocalDate> work) {
    }

    /**
     * Reads notices in the form of holidays-cn.json: {"2026": {"rest": [...], "work":
     * [...]}}.
     */
    public static Map<Integer, YearNotice> readNotices(InputStream json, ObjectMapper mapper, String defaultSource) {
        try {
            JsonNode root = mapper.readTree(json);
            Map<Integer, YearNotice> notices = new LinkedHashMap<>();
            root.fields().forEachRemaining(entry -> {
                int year = Integer.parseInt(entry.getKey());
                JsonNode node = entry.getValue();
                notices.put(year, new YearNotice(year, node.path("source").asText(defaultSource),
                        dates(node.path("rest")), dates(node.path("work"))));
            });
            return notices;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the holiday calendar", e);
        }
    }

    /** A snapshot holding exactly the given notices, for tests and tools. */
    public static CalendarSnapshot of(Map<Integer, YearNotice> notices) {
        Map<LocalDate, DayKind> exceptions = new HashMap<>();
        notices.values().forEach(n -> {
            n.rest().forEach(d -> exceptions.put(d, DayKind.REST));
            n.work().forEach(d -> exceptions.put(d, DayKind.WORK));
        });
        return new CalendarSnapshot(notices.keySet(), exceptions);
    }

    private static Set<LocalDate> dates(JsonNode array) {
        Set<LocalDate> dates = new TreeSet<>();
        array.forEach(d -> dates.add(LocalDate.parse(d.asText())));
        return dates;
    }

}
