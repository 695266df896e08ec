package io.ipcase.deadlines;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the notices shipped with the application for every year the database does not
 * hold yet. A later year waits for an administrator to load its notice; until then its
 * days count provisionally, on weekends alone (WorkingDayCalendar).
 */
@Component
@Order(-10)
class CalendarSeeding implements ApplicationRunner {

    static final String OFFICIAL = "deadlines/holidays-cn.json";

    private final CalendarStore calendar;

    private final ObjectMapper mapper;

    CalendarSeeding(CalendarStore calendar, ObjectMapper mapper) {
        this.calendar = calendar;
        this.mapper = mapper;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        load(OFFICIAL, "国务院办公厅关于部分节假日安排的通知 (State Council General Office notice)");
        calendar.reload();
    }

    private void load(String resource, String defaultSource) throws IOException {
        Set<Integer> known = new HashSet<>();
        calendar.years().forEach(y -> known.add(y.year()));
        Map<Integer, CalendarSnapshot.YearNotice> notices;
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            notices = CalendarSnapshot.readNotices(in, mapper, defaultSource);
        }
        notices.values().stream().filter(n -> !known.contains(n.year())).forEach(n -> calendar.loadYear(n, "system"));
    }

}
