package io.ipcase.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseDatesTests {

    @ParameterizedTest
    @CsvSource({ "2026-11-23, 二〇二六年十一月二十三日", "2026-01-01, 二〇二六年一月一日", "2030-10-10, 二〇三〇年十月十日",
            "2027-12-31, 二〇二七年十二月三十一日", "2026-02-20, 二〇二六年二月二十日", "2026-03-19, 二〇二六年三月十九日", "2026-05-30, 二〇二六年五月三十日" })
    void officialDocumentsWriteDatesInChineseNumerals(LocalDate date, String words) {
        assertThat(ChineseDates.format(date)).isEqualTo(words);
    }

}
