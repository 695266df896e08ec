package io.ipcase.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Periods counted by rules.md §6.1 on the official 2024–2026 calendars. */
class DeadlinesTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Deadlines deadlines = new Deadlines(calendar(),
            Clock.fixed(Instant.parse("2026-09-20T02:00:00Z"), SHANGHAI));

    static WorkingDayCalendar calendar() {
        try (InputStream json = DeadlinesTests.class.getResourceAsStream("/deadlines/holidays-cn.json")) {
            return CalendarSnapshot.of(CalendarSnapshot.readNotices(json, new ObjectMapper(), "official"));
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void workingDayPeriodStartsTheDayAfterTheTrigger() {
        // Mon 2026-11-23 received → Tue…Mon: 24, 25, 26, 27, 30
        assertThat(deadlines.workingDays(LocalDate.of(2026, 11, 23), 5).lastDay())
            .isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void workingDayPeriodSkipsTheNationalDayHolidayAndCountsTheMadeUpSaturday() {
        // received Tue 2026-09-29: Wed 30 (1); 1–7 Oct rest; Thu 8 (2), Fri 9 (3), Sat 10
        // made a working day (4), Mon 12 (5)
        assertThat(deadlines.workingDays(LocalDate.of(2026, 9, 29), 5).lastDay()).isEqualTo(LocalDate.of(2026, 10, 12));
    }

    @Test
    void workingDayPeriodCountsTheSundayMadeAWorkingDay() {
        // received Fri 2026-09-18: Sun 20 Sep is a working day (调休)
        assertThat(deadlines.workingDays(LocalDate.of(2026, 9, 18), 1).lastDay()).isEqualTo(LocalDate.of(2026, 9, 20));
    }

    @Test
    void calendarDayPeriodEndingInTheNationalDayHolidayMovesToTheNextWorkingDay() {
        // 15 days from service on 2026-09-16 end on 1 Oct, a rest day; the holiday runs
        // to 7 Oct
        assertThat(deadlines.calendarDays(LocalDate.of(2026, 9, 16), 15).lastDay())
            .isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void calendarDayPeriodEndingOnAWeekendMovesToMonday() {
        // 15 days from Fri 2026-11-06 end on Sat 21 Nov → Mon 23 Nov
        assertThat(deadlines.calendarDays(LocalDate.of(2026, 11, 6), 15).lastDay())
            .isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void calendarDayPeriodEndingOnAMadeUpWorkingSaturdayStaysThere() {
        // 10 days from 2026-09-30 end on Sat 10 Oct, a working day
        assertThat(deadlines.calendarDays(LocalDate.of(2026, 9, 30), 10).lastDay())
            .isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void monthPeriodEndsOnTheCorrespondingDayOrTheMonthsLastDay() {
        // 1 month from 31 Oct → 30 Nov (there is no 31 Nov)
        assertThat(deadlines.months(LocalDate.of(2026, 10, 31), 1).lastDay()).isEqualTo(LocalDate.of(2026, 11, 30));
        // 3 months from 21 Aug → Sat 21 Nov → Mon 23 Nov
        assertThat(deadlines.months(LocalDate.of(2026, 8, 21), 3).lastDay()).isEqualTo(LocalDate.of(2026, 11, 23));
        // 3 months from 28 Nov 2025 → Sat 28 Feb 2026, made a working day: it stays
        assertThat(deadlines.months(LocalDate.of(2025, 11, 28), 3).lastDay()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void aPeriodRunsToMidnightOfItsLastDayInShanghai() {
        Deadline d = deadlines.workingDays(LocalDate.of(2026, 11, 23), 5);
        assertThat(d.dueAt()).isEqualTo(OffsetDateTime.parse("2026-11-30T23:59:59+08:00"));
        assertThat(d.expiresAt()).isEqualTo(OffsetDateTime.parse("2026-12-01T00:00:00+08:00"));
    }

    @Test
    void aPeriodCrossingIntoAYearWithoutItsNoticeIsCountedOnWeekendsAloneAndMarkedProvisional() {
        // Mon 28 Dec 2026 → Tue 29, Wed 30, Thu 31 (2026's notice), Fri 1 Jan, Mon 4 Jan
        // 2027: New Year's Day counts as a working day until the 2027 notice says
        // otherwise
        Deadline d = deadlines.workingDays(LocalDate.of(2026, 12, 28), 5);

        assertThat(d.lastDay()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(d.provisional()).isTrue();
    }

    @Test
    void aPeriodEndingWithinLoadedYearsIsNotProvisional() {
        assertThat(deadlines.workingDays(LocalDate.of(2026, 11, 23), 5).provisional()).isFalse();
        assertThat(deadlines.calendarDays(LocalDate.of(2026, 11, 23), 15).provisional()).isFalse();
    }

    @Test
    void aDateInThePastNeedsNoFutureCalendar() {
        // a recusal ground known in 2023, a year before the calendar's first notice:
        // counted
        // on weekends, marked provisional, never an error
        Deadline d = deadlines.calendarDays(LocalDate.of(2023, 3, 1), 15);

        assertThat(d.lastDay()).isEqualTo(LocalDate.of(2023, 3, 16));
        assertThat(d.provisional()).isTrue();
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterTheFirstUpToTheSecond() {
        // Fri 25 Sep 2026 is Mid-Autumn; Sun 20 Sep is a working day
        assertThat(deadlines.workingDaysBetween(LocalDate.of(2026, 9, 18), LocalDate.of(2026, 9, 25))).isEqualTo(5);
        assertThat(deadlines.workingDaysBetween(LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 18))).isEqualTo(-5);
    }

    @Test
    void todayIsTheDateInShanghai() {
        assertThat(deadlines.today()).isEqualTo(LocalDate.of(2026, 9, 20));
    }

}
