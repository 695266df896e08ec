package io.ipcase.penalty.filing;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Admin. Penalty Law art. 36: an act not discovered within 2 years is no longer
 * penalised; 5 years where it endangers life, health or financial security and harm
 * followed. The years run from the day of the act, or from the day a continuing or
 * repeated act ended; an act still going on has not begun its period.
 */
public final class Limitation {

    public static final int YEARS = 2;

    public static final int SAFETY_HARM_YEARS = 5;

    private Limitation() {
    }

    /**
     * The last day on which the act may still be discovered (the corresponding day, Civil
     * Code art. 202); null while the act goes on.
     */
    public static @Nullable LocalDate lastDay(@Nullable LocalDate actEndedOn, boolean continuing, boolean safetyHarm) {
        if (continuing || actEndedOn == null) {
            return null;
        }
        return actEndedOn.plusYears(safetyHarm ? SAFETY_HARM_YEARS : YEARS);
    }

}
