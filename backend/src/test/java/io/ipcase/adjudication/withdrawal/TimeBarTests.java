package io.ipcase.adjudication.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import io.ipcase.adjudication.withdrawal.TimeBar.Kind;
import io.ipcase.adjudication.withdrawal.TimeBar.LimitEvent;
import org.junit.jupiter.api.Test;

/**
 * Order 81 art. 19: the 3-year limit from the day of knowledge, with its suspension,
 * interruption and extension by the civil rules (Civil Code art. 188, 194, 195).
 */
class TimeBarTests {

    static final LocalDate KNOWN_ON = LocalDate.of(2022, 5, 10);

    private static LocalDate lastDay(LimitEvent... events) {
        return new TimeBar(KNOWN_ON, List.of(events)).lastDay();
    }

    @Test
    void limitIsThreeYearsFromTheDayOfKnowledge() {
        assertThat(lastDay()).isEqualTo(LocalDate.of(2025, 5, 10));
    }

    @Test
    void interruptionSuchAsAWarningLetterStartsTheThreeYearsAfresh() {
        assertThat(lastDay(new LimitEvent(Kind.INTERRUPTION, LocalDate.of(2024, 3, 1), null)))
            .isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void suspensionInTheLastSixMonthsEndsTheLimitSixMonthsAfterTheObstacleEnds() {
        assertThat(lastDay(new LimitEvent(Kind.SUSPENSION, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1))))
            .isEqualTo(LocalDate.of(2025, 8, 1));
    }

    @Test
    void obstacleBeforeTheLastSixMonthsDoesNotSuspendTheLimit() {
        assertThat(lastDay(new LimitEvent(Kind.SUSPENSION, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1))))
            .isEqualTo(LocalDate.of(2025, 5, 10));
    }

    @Test
    void extensionMovesTheEndToTheDayGranted() {
        assertThat(lastDay(new LimitEvent(Kind.EXTENSION, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 12, 31))))
            .isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void nothingAfterTheLimitRanOutRevivesIt() {
        assertThat(lastDay(new LimitEvent(Kind.INTERRUPTION, LocalDate.of(2025, 6, 1), null)))
            .isEqualTo(LocalDate.of(2025, 5, 10));
    }

    @Test
    void eventsCountInTheOrderTheyHappened() {
        // a letter in 2024 restarts the limit to 2027; an obstacle in its last 6 months
        // (2027) that ended on 1 Feb 2027 carries it to 1 Aug 2027
        assertThat(lastDay(new LimitEvent(Kind.SUSPENSION, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1)),
                new LimitEvent(Kind.INTERRUPTION, LocalDate.of(2024, 3, 1), null)))
            .isEqualTo(LocalDate.of(2027, 8, 1));
    }

}
