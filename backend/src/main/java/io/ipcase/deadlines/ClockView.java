package io.ipcase.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A case's named legal period ("acceptance", "answer", "case-period" …) as it stands: its
 * deadline with every pause and extension applied, when to warn, and how it stands today.
 *
 * @param trigger the recorded event the period runs from (null for hours)
 * @param pausedDays the excluded days so far, in the period's unit (hours for HOURS)
 * @param workingDaysLeft working days after today up to the last day; negative once
 * overdue
 * @param calendarDaysLeft calendar days from today to the last day; negative once overdue
 */
@NullMarked
public record ClockView(UUID caseId, String key, Period period, @Nullable LocalDate trigger, Instant startedAt,
        Deadline deadline, ClockState state, int pausedDays, List<ClockEvent> events, @Nullable Instant warningAt,
        ClockStatus status, @Nullable Integer workingDaysLeft, @Nullable Integer calendarDaysLeft) {

    public boolean extended() {
        return events.stream().anyMatch(e -> "EXTEND".equals(e.type()));
    }

    /**
     * The dates a model reads from this clock: {@code <name>DueAt},
     * {@code <name>ExpiresAt}, {@code <name>WarningAt}.
     */
    public Map<String, Object> modelDates(String name) {
        Map<String, Object> dates = new HashMap<>();
        dates.put(name + "DueAt", deadline.dueDate());
        dates.put(name + "ExpiresAt", deadline.expiryDate());
        if (warningAt != null) {
            dates.put(name + "WarningAt", Date.from(warningAt));
        }
        return dates;
    }
}
