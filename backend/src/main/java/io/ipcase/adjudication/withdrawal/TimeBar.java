package io.ipcase.adjudication.withdrawal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The 3-year limit to ask for an adjudication (Order 81 art. 19 ¶1), counted from the day
 * the requester knew or should have known of the infringement and the infringer, with the
 * suspensions, interruptions and extensions the panel finds. The measures leave their
 * working to the civil rules; read here as the Civil Code's limitation (art. 194, 195,
 * 188 ¶2), which the Civil Procedure Law does not itself spell out:
 * <ul>
 * <li>a <b>suspension</b> (中止) counts when its obstacle arises within the last 6 months
 * of the period; the period then ends 6 months after the obstacle ends;</li>
 * <li>an <b>interruption</b> (中断: a demand such as a warning letter, the infringer's
 * acknowledgement, another proceeding) within the period starts it afresh from that
 * day;</li>
 * <li>an <b>extension</b> (延长) for special circumstances moves its end to the day
 * granted.</li>
 * </ul>
 * Events are applied in the order they happened; one after the period has run out revives
 * nothing.
 */
record TimeBar(LocalDate knownOn, List<LimitEvent> events) {

    static final int YEARS = 3;

    static final int SUSPENSION_WINDOW_MONTHS = 6;

    enum Kind {

        SUSPENSION, INTERRUPTION, EXTENSION

    }

    /** One event the panel found; {@code until} ends a suspension or an extension. */
    record LimitEvent(Kind kind, LocalDate from, LocalDate until) {
    }

    /** The period's last day, before it is moved off a rest day. */
    LocalDate lastDay() {
        LocalDate end = knownOn.plusYears(YEARS);
        for (LimitEvent e : events.stream().sorted(Comparator.comparing(LimitEvent::from)).toList()) {
            if (e.from().isAfter(end)) {
                continue;
            }
            end = switch (e.kind()) {
                case INTERRUPTION -> e.from().plusYears(YEARS);
                case SUSPENSION -> e.from().isBefore(end.minusMonths(SUSPENSION_WINDOW_MONTHS)) ? end
                        : max(end, e.until().plusMonths(SUSPENSION_WINDOW_MONTHS));
                case EXTENSION -> max(end, e.until());
            };
        }
        return end;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

}
