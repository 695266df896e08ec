package io.ipcase.deadlines;

/**
 * A year's notice was loaded or a day corrected, inside the transaction that did it.
 *
 * @param before the calendar as it was, to tell which dates move
 */
public record CalendarChanged(CalendarSnapshot before, String actor, String what) {
}
