package io.ipcase.penalty.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The late-payment surcharge (加处罚款): 3 % of the fine for each day it is overdue, never
 * more than the fine (Admin. Penalty Law art. 72(1); Admin. Compulsion Law art. 45 ¶2),
 * and not counted while a reconsideration or a lawsuit runs (art. 73 ¶3). A day counts
 * when, at its start, part of the fine whose last day to pay has passed is still unpaid;
 * payments settle the fine first. With instalments the law is silent on the base: the
 * overdue unpaid part is charged, which for a fine due at once is the whole fine.
 */
final class LateSurcharge {

    static final BigDecimal DAILY_RATE = new BigDecimal("0.03");

    private LateSurcharge() {
    }

    /**
     * @param fine the fine (not the confiscated gains, which bear no surcharge)
     * @param schedule the fine's parts by their last day to pay, summing to the fine
     * @param paid payments made, applied to the fine first
     * @param pauses reconsiderations and lawsuits: their days do not count, the last one
     * open while undecided
     * @param asOf the day to count to, inclusive
     */
    static BigDecimal asOf(BigDecimal fine, List<Due> schedule, List<Payment> paid, List<Pause> pauses,
            LocalDate asOf) {
        if (fine.signum() == 0 || schedule.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        LocalDate first = schedule.stream().map(Due::lastDay).min(Comparator.naturalOrder()).orElseThrow().plusDays(1);
        BigDecimal total = BigDecimal.ZERO;
        for (LocalDate day = first; !day.isAfter(asOf); day = day.plusDays(1)) {
            if (paused(day, pauses)) {
                continue;
            }
            LocalDate d = day;
            BigDecimal overdue = schedule.stream()
                .filter(s -> s.lastDay().isBefore(d))
                .map(Due::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal paidBefore = paid.stream()
                .filter(p -> p.paidOn().isBefore(d))
                .map(Payment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .min(fine);
            BigDecimal unpaid = overdue.subtract(paidBefore);
            if (unpaid.signum() <= 0) {
                continue;
            }
            total = total.add(unpaid.multiply(DAILY_RATE));
            if (total.compareTo(fine) >= 0) {
                return fine.setScale(2);
            }
        }
        return total.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static boolean paused(LocalDate day, List<Pause> pauses) {
        return pauses.stream().anyMatch(p -> !day.isBefore(p.from()) && (p.to() == null || !day.isAfter(p.to())));
    }

    record Due(LocalDate lastDay, BigDecimal amount) {
    }

    record Payment(LocalDate paidOn, BigDecimal amount) {
    }

    record Pause(LocalDate from, LocalDate to) {
    }

}
