package io.ipcase.inbox;

import io.ipcase.deadlines.ClockRecalculated;
import io.ipcase.engine.Procedure;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A clock counted again on a changed calendar (a year's notice loaded over a provisional
 * count, a day corrected): the case's timers, task due dates and date variables move from
 * its old dates to its new ones, whatever procedure holds them.
 */
@Component
class ClockDatesFollower {

    private final Procedure procedure;

    ClockDatesFollower(Procedure procedure) {
        this.procedure = procedure;
    }

    @EventListener
    void onClockRecalculated(ClockRecalculated recalculated) {
        procedure.moveDates(recalculated.caseId(), recalculated.movedDates());
    }

}
