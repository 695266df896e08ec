package io.ipcase.cases;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CNIPA application numbers, which a granted patent carries behind "ZL": since 2003
 * twelve digits (year, kind, serial), before it eight (two-digit year, kind, serial),
 * then a dot and a check character: the digits weighted 2, 3, 4 … 9, 2, 3, 4, 5 in turn,
 * summed, modulo 11; 10 is "X".
 */
public final class PatentNumbers {

    private static final Pattern FORMAT = Pattern.compile("(?:ZL)?(\\d{12}|\\d{8})\\.([0-9X])");

    private static final int[] WEIGHTS = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };

    private PatentNumbers() {
    }

    /**
     * The number as "ZL" + digits + "." + check, or empty when it is malformed or its
     * check fails.
     */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = raw.replaceAll("[\\s·]", "").toUpperCase();
        Matcher m = FORMAT.matcher(compact);
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(1);
        char check = m.group(2).charAt(0);
        if (checkCharacter(digits) != check) {
            return Optional.empty();
        }
        return Optional.of("ZL" + digits + "." + check);
    }

    /** The kind digit: the fifth of twelve digits, the third of eight. */
    public static char kindDigit(String normalised) {
        String digits = normalised.substring(2, normalised.indexOf('.'));
        return digits.length() == 12 ? digits.charAt(4) : digits.charAt(2);
    }

    static char checkCharacter(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int r = sum % 11;
        return r == 10 ? 'X' : (char) ('0' + r);
    }

}
