package io.ipcase.deadlines;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A change of the calendar moves the running clocks counted over the days it changed: a
 * deadline counted provisionally into a year whose notice was missing, or over a
 * corrected day, is counted again, in the same transaction.
 */
@Component
class CalendarRecalculation {

    private final CaseClocks clocks;

    CalendarRecalculation(CaseClocks clocks) {
        this.clocks = clocks;
    }

    @EventListener
    void onCalendarChanged(CalendarChanged changed) {
        clocks.recalculate(changed.before(), changed.actor(), changed.what());
    }

}
