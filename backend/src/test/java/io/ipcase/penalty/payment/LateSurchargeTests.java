package io.ipcase.penalty.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.ipcase.penalty.payment.LateSurcharge.Due;
import io.ipcase.penalty.payment.LateSurcharge.Pause;
import io.ipcase.penalty.payment.LateSurcharge.Payment;
import org.junit.jupiter.api.Test;

/**
 * Admin. Penalty Law art. 72(1), 73 ¶3: 3 % of the fine a day, at most the fine, not
 * while challenged.
 */
class LateSurchargeTests {

    static final BigDecimal FINE = new BigDecimal("10000.00");

    /** served Wed 9 Dec 2026: 15 days to pay, the last on Thu 24 Dec */
    static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 24);
    static final List<Due> AT_ONCE = List.of(new Due(LAST_DAY, FINE));

    private static BigDecimal surcharge(LocalDate asOf, List<Payment> paid, List<Pause> pauses) {
        return LateSurcharge.asOf(FINE, AT_ONCE, paid, pauses, asOf);
    }

    @Test
    void nothingIsAddedUpToAndOnTheLastDayToPay() {
        assertThat(surcharge(LAST_DAY, List.of(), List.of())).isEqualByComparingTo("0.00");
    }

    @Test
    void onTheFirstDayLateThreePercentOfTheFineIsAdded() {
        assertThat(surcharge(LAST_DAY.plusDays(1), List.of(), List.of())).isEqualTo(new BigDecimal("300.00"));
    }

    @Test
    void onTheThirtyThirdDayLateItStandsAtNinetyNinePercent() {
        assertThat(surcharge(LAST_DAY.plusDays(33), List.of(), List.of())).isEqualTo(new BigDecimal("9900.00"));
    }

    @Test
    void onTheThirtyFourthDayLateItReachesTheFineAndStaysThere() {
        assertThat(surcharge(LAST_DAY.plusDays(34), List.of(), List.of())).isEqualTo(new BigDecimal("10000.00"));
        assertThat(surcharge(LAST_DAY.plusDays(200), List.of(), List.of())).isEqualTo(new BigDecimal("10000.00"));
    }

    @Test
    void daysOfAReconsiderationAreNotCounted() {
        // applied for on day 6 (Wed 30 Dec), decided on day 16 (Sat 9 Jan): 11 days left
        // out
        Pause reconsideration = new Pause(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 9));

        assertThat(surcharge(LocalDate.of(2027, 1, 14), List.of(), List.of(reconsideration)))
            .isEqualTo(new BigDecimal("3000.00"));
    }

    @Test
    void nothingIsAddedWhileAChallengeIsUndecided() {
        Pause lawsuit = new Pause(LAST_DAY.plusDays(3), null);

        assertThat(surcharge(LAST_DAY.plusDays(60), List.of(), List.of(lawsuit))).isEqualTo(new BigDecimal("600.00"));
    }

    @Test
    void payingTheFineStopsTheSurchargeFromTheNextDay() {
        Payment paid = new Payment(LAST_DAY.plusDays(2), FINE);

        assertThat(surcharge(LAST_DAY.plusDays(10), List.of(paid), List.of())).isEqualTo(new BigDecimal("600.00"));
    }

    @Test
    void withInstalmentsOnlyTheOverduePartIsCharged() {
        List<Due> instalments = List.of(new Due(LAST_DAY, new BigDecimal("4000.00")),
                new Due(LAST_DAY.plusDays(30), new BigDecimal("6000.00")));

        assertThat(LateSurcharge.asOf(FINE, instalments, List.of(), List.of(), LAST_DAY.plusDays(2)))
            .isEqualTo(new BigDecimal("240.00"));
    }

    @Test
    void aFineOfFenIsChargedToTheFen() {
        BigDecimal fine = new BigDecimal("333.33");

        assertThat(
                LateSurcharge.asOf(fine, List.of(new Due(LAST_DAY, fine)), List.of(), List.of(), LAST_DAY.plusDays(1)))
            .isEqualTo(new BigDecimal("10.00"));
    }

}
