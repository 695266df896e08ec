package io.ipcase.deadlines;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the notices shipped with the application for every year the database does not
 * hold yet. The demo profile also gets a provisional next year, marked as such, so its
 * cases can run past New Year; production waits for an administrator to load the real
 * notice.
 */
@Component
@Order(-10)
class CalendarSeeding implements ApplicationRunner {

    static final String OFFICIAL = "deadlines/holidays-cn.json";
    static final String PROVISIONAL = "deadlines/provisional-2027.json";

    private final CalendarStore calendar;

    private final ObjectMapper mapper;

    private final boolean demo;

    CalendarSeeding(CalendarStore calendar, ObjectMapper mapper, @Value("${ipcase.demo-data:false}") boolean demo) {
        this.calendar = calendar;
        this.mapper = mapper;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        load(OFFICIAL, "国务院办公厅关于部分节假日安排的通知 (State Council General Office notice)");
        if (demo) {
            load(PROVISIONAL, "provisional");
        }
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
