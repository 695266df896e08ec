package io.ipcase.penalty.report;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * The code a reporter follows a report by: 12 characters of an alphabet without
 * look-alikes (no 0/O, 1/I/L, U), 60 random bits, written in groups of four
 * (K7QM-3XPD-9WTC).
 */
final class TrackingCodes {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static final int LENGTH = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The code as stored, from what a person typed (any case, with or without dashes and
     * spaces).
     */
    static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("[\\s-]", "").toUpperCase();
        if (compact.length() != LENGTH || !compact.chars().allMatch(ch -> ALPHABET.indexOf(ch) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8));
    }

}
