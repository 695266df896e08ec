package io.ipcase.cases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Check digits of the identifiers a filing names its parties by. */
public final class IdentityNumbers {

    private static final int[] RESIDENT_ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

    private static final String RESIDENT_ID_CHECKS = "10X98765432";

    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
        .withResolverStyle(ResolverStyle.STRICT);

    private static final String CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] CREDIT_CODE_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

    private IdentityNumbers() {
    }

    /**
     * A resident identity card number (GB 11643-1999): 17 digits with a valid birth date,
     * then a check.
     */
    public static boolean isResidentId(String id) {
        if (id == null || !id.matches("\\d{17}[0-9Xx]")) {
            return false;
        }
        try {
            LocalDate birth = LocalDate.parse(id.substring(6, 14), BIRTH_DATE);
            if (birth.isAfter(LocalDate.now()) || birth.getYear() < 1900) {
                return false;
            }
        }
        catch (DateTimeParseException e) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * RESIDENT_ID_WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == RESIDENT_ID_CHECKS.charAt(sum % 11);
    }

    /**
     * A unified social credit code (GB 32100-2015): 17 characters of its alphabet, then a
     * check.
     */
    public static boolean isUnifiedSocialCreditCode(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        String upper = code.toUpperCase();
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CREDIT_CODE_CHARS.indexOf(upper.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * CREDIT_CODE_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return upper.charAt(17) == CREDIT_CODE_CHARS.charAt(check);
    }

}
