package io.ipcase.deadlines;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A change of the calendar moved a running clock's dates (published after its
 * {@link ClockChanged}, in the same transaction): whatever holds the old dates (timers,
 * due dates, process variables) moves to the new ones.
 */
public record ClockRecalculated(UUID caseId, String key, ClockView before, ClockView after) {

    /** Each date a model may hold from the clock as it was, to the date it becomes. */
    public Map<Date, Date> movedDates() {
        Map<Date, Date> moves = new HashMap<>();
        moves.put(before.deadline().dueDate(), after.deadline().dueDate());
        moves.put(before.deadline().expiryDate(), after.deadline().expiryDate());
        if (before.warningAt() != null && after.warningAt() != null) {
            moves.put(Date.from(before.warningAt()), Date.from(after.warningAt()));
        }
        moves.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        return moves;
    }

}
