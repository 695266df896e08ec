package io.ipcase.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;

/**
 * Administrators and supervisors are warned in time that next year's State Council notice
 * is missing (rules.md §6.2: the notice comes each year, usually in November).
 */
class CalendarWarningTests {

    private static final MonthDay FIRST_OF_OCTOBER = MonthDay.of(10, 1);

    private static final IntPredicate HOLDS_2026 = Set.of(2026)::contains;

    @Test
    void aMissingNoticeOfNextYearIsAWarningFromTheFirstOfOctober() {
        assertThat(CalendarStatusController.warns(LocalDate.of(2026, 9, 30), HOLDS_2026, FIRST_OF_OCTOBER)).isFalse();
        assertThat(CalendarStatusController.warns(LocalDate.of(2026, 10, 1), HOLDS_2026, FIRST_OF_OCTOBER)).isTrue();
        assertThat(CalendarStatusController.warns(LocalDate.of(2026, 12, 31), HOLDS_2026, FIRST_OF_OCTOBER)).isTrue();
    }

    @Test
    void theWarningStopsOnceNextYearsNoticeIsLoaded() {
        assertThat(CalendarStatusController.warns(LocalDate.of(2026, 10, 1), Set.of(2026, 2027)::contains,
                FIRST_OF_OCTOBER))
            .isFalse();
    }

    @Test
    void theDayTheWarningStartsIsASetting() {
        assertThat(CalendarStatusController.warns(LocalDate.of(2026, 9, 15), HOLDS_2026, MonthDay.of(9, 1))).isTrue();
    }

    @Test
    void aMissingNoticeOfThisYearIsAlwaysAWarning() {
        assertThat(CalendarStatusController.warns(LocalDate.of(2027, 1, 4), HOLDS_2026, FIRST_OF_OCTOBER)).isTrue();
    }

}
