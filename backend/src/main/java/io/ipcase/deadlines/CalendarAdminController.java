package io.ipcase.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.ipcase.security.AppUser;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar for administrators: load a year's notice when the State
 * Council publishes it, and override a day where the office's practice differs.
 */
@RestController
class CalendarAdminController {

    private final CalendarStore calendar;

    CalendarAdminController(CalendarStore calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/api/admin/calendar")
    List<CalendarStore.YearInfo> years() {
        return calendar.years();
    }

    @GetMapping("/api/admin/calendar/{year}")
    List<CalendarStore.DayEntry> days(@PathVariable int year) {
        return calendar.days(year);
    }

    @PutMapping("/api/admin/calendar/{year}")
    ResponseEntity<Void> loadYear(@AuthenticationPrincipal AppUser user, @PathVariable int year,
            @Valid @RequestBody YearNoticeRequest notice) {
        List<Violation> violations = new ArrayList<>();
        check("rest", year, notice.rest(), true, violations);
        check("work", year, notice.work(), false, violations);
        Set<LocalDate> both = new HashSet<>(notice.rest());
        both.retainAll(notice.work());
        if (!both.isEmpty()) {
            violations.add(Violation.keyed("work", "calendar.day.both", both.iterator().next()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        calendar.loadYear(new CalendarSnapshot.YearNotice(year, notice.source().strip(), Set.copyOf(notice.rest()),
                Set.copyOf(notice.work())), user.getUsername());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/admin/calendar/days/{day}")
    ResponseEntity<Void> override(@AuthenticationPrincipal AppUser user, @PathVariable LocalDate day,
            @Valid @RequestBody DayOverride override) {
        calendar.override(day, override.kind(), override.note() == null ? null : override.note().strip(),
                user.getUsername());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/admin/calendar/days/{day}")
    ResponseEntity<Void> clear(@AuthenticationPrincipal AppUser user, @PathVariable LocalDate day) {
        calendar.clearOverride(day, user.getUsername());
        return ResponseEntity.noContent().build();
    }

    /**
     * The notice lists weekdays that rest and weekend days that work, each day once;
     * anything else is a typing slip.
     */
    private static void check(String field, int year, List<LocalDate> days, boolean rest, List<Violation> violations) {
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate d = days.get(i);
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!seen.add(d)) {
                // each day of the year once
                violations.add(Violation.keyed(field + "[" + i + "]", "calendar.day.twice", d));
            }
            else if (d.getYear() != year) {
                violations.add(Violation.keyed(field + "[" + i + "]", "calendar.day.other-year", d, year));
            }
            else if (rest == weekend) {
                violations.add(Violation.keyed(field + "[" + i + "]",
                        rest ? "calendar.rest-day.weekend" : "calendar.work-day.weekday", d));
            }
        }
    }

    record YearNoticeRequest(@NotBlank(message = "{calendar.source.required}") @Size(max = 200) String source,
            @NotNull List<@NotNull LocalDate> rest, @NotNull List<@NotNull LocalDate> work) {
    }

    record DayOverride(@NotNull(message = "{calendar.kind.required}") DayKind kind, @Size(max = 200) String note) {
    }

}
