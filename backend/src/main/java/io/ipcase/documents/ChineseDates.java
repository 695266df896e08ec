package io.ipcase.documents;

import java.time.LocalDate;

/**
 * Dates as official documents write them: 二〇二六年十一月二十三日, the year digit by digit with 〇
 * for zero, month and day as numbers in words. Templates reach it as
 * {@code ${cn.date(someDay)}}.
 */
public final class ChineseDates {

    private static final String DIGITS = "〇一二三四五六七八九";

    ChineseDates() {
    }

    /** For templates, whose expressions call no static methods. */
    public String date(LocalDate date) {
        return format(date);
    }

    public static String format(LocalDate date) {
        StringBuilder text = new StringBuilder();
        for (char digit : String.valueOf(date.getYear()).toCharArray()) {
            text.append(DIGITS.charAt(digit - '0'));
        }
        return text.append('年')
            .append(number(date.getMonthValue()))
            .append('月')
            .append(number(date.getDayOfMonth()))
            .append('日')
            .toString();
    }

    /** 1–31 in words: 十, 十一, 二十, 二十一, 三十一. */
    private static String number(int n) {
        int tens = n / 10;
        int units = n % 10;
        StringBuilder text = new StringBuilder();
        if (tens > 1) {
            text.append(DIGITS.charAt(tens));
        }
        if (tens > 0) {
            text.append('十');
        }
        if (units > 0) {
            text.append(DIGITS.charAt(units));
        }
        return text.toString();
    }

}
