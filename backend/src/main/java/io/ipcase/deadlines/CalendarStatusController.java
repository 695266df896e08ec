package io.ipcase.deadlines;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.function.IntPredicate;

import io.ipcase.security.AppUser;
import io.ipcase.security.Role;
import io.ipcase.web.ForbiddenException;
import org.jspecify.annotations.NullMarked;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whether next year's State Council notice is loaded, for administrators (who load it)
 * and supervisors (whose deadlines run into it): from a set day of the year on
 * ({@code ipcase.calendar.warn-from}, 1 October by default, as the notice usually comes
 * out in November) its absence is a warning.
 */
@RestController
class CalendarStatusController {

    private final CalendarStore calendar;

    private final CaseClocks clocks;

    private final Deadlines deadlines;

    private final MonthDay warnFrom;

    CalendarStatusController(CalendarStore calendar, CaseClocks clocks, Deadlines deadlines,
            @Value("${ipcase.calendar.warn-from:10-01}") String warnFrom) {
        this.calendar = calendar;
        this.clocks = clocks;
        this.deadlines = deadlines;
        this.warnFrom = MonthDay.parse("--" + warnFrom);
    }

    @GetMapping("/api/calendar/status")
    CalendarStatus status(@AuthenticationPrincipal AppUser user) {
        if (!user.has(Role.ADMIN) && !user.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("problem.calendar-status-forbidden");
        }
        LocalDate today = deadlines.today();
        int next = today.getYear() + 1;
        boolean nextYear = calendar.holdsYear(next);
        LocalDate warnOn = warnFrom.atYear(today.getYear());
        boolean warning = warns(today, calendar::holdsYear, warnFrom);
        List<Integer> years = calendar.years().stream().map(CalendarStore.YearInfo::year).toList();
        return new CalendarStatus(today, next, nextYear, warnOn, warning, years, clocks.provisionalCount());
    }

    /**
     * This year's notice missing is always a warning; next year's, from the set day of
     * this year on.
     */
    static boolean warns(LocalDate today, IntPredicate holdsYear, MonthDay warnFrom) {
        return !holdsYear.test(today.getYear())
                || (!holdsYear.test(today.getYear() + 1) && !today.isBefore(warnFrom.atYear(today.getYear())));
    }

    /**
     * @param nextYear the year after today's
     * @param nextYearLoaded whether its notice is loaded
     * @param warnFrom the day from which a missing notice is a warning, this year
     * @param warning the notice of this year, or from warnFrom on of next year, is
     * missing
     * @param yearsLoaded the years whose notice is loaded
     * @param provisionalClocks running clocks whose deadline is counted provisionally
     */
    @NullMarked
    record CalendarStatus(LocalDate today, int nextYear, boolean nextYearLoaded, LocalDate warnFrom, boolean warning,
            List<Integer> yearsLoaded, long provisionalClocks) {
    }

}
