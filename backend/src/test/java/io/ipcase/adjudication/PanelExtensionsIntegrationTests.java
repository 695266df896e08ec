package io.ipcase.adjudication;

import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import io.ipcase.deadlines.CaseClocks;
import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The panel grants a party more time until a day it fixes (Order 81 art. 22 for the
 * answer, art. 54 for evidence): the period then ends on that day, moved off a rest day
 * if it is one, whether or not the original period had rolled off a weekend (CPL art. 85
 * ¶3). Today is Mon 23 Nov 2026.
 */
class PanelExtensionsIntegrationTests extends PostgresIntegrationTests {

    /** A Friday: the 15-day answer period's last day is Sat 12 Dec, rolled to Mon 14. */
    static final LocalDate FRIDAY_RECEIPT = LocalDate.of(2026, 11, 27);

    @Autowired
    CaseDrivers drivers;

    @Autowired
    CaseClocks clocks;

    @Test
    void answerExtensionGrantedAfterAPeriodRolledOffAWeekendEndsOnTheDayGranted() {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing()).served(FRIDAY_RECEIPT);
        assertThat(clocks.find(c.caseId, "answer").orElseThrow().deadline().lastDay())
            .isEqualTo(LocalDate.of(2026, 12, 14));

        extendAnswer(c, "2026-12-15");

        assertThat(clocks.find(c.caseId, "answer").orElseThrow().deadline().lastDay())
            .isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(c.timer("Event_AnswerPeriodExpired").getDuedate().toInstant())
            .isEqualTo(OffsetDateTime.parse("2026-12-16T00:00:00+08:00").toInstant());
    }

    @Test
    void answerExtensionToARestDayEndsOnTheNextWorkingDay() {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing()).served(FRIDAY_RECEIPT);

        extendAnswer(c, "2026-12-19");

        assertThat(clocks.find(c.caseId, "answer").orElseThrow().deadline().lastDay())
            .isEqualTo(LocalDate.of(2026, 12, 21));
    }

    @Test
    void evidenceExtensionGrantedAfterAPeriodRolledOffAWeekendEndsOnTheDayGranted() {
        // received Mon 23 Nov, 19 days: Sat 12 Dec, rolled to Mon 14 Dec
        CaseDriver c = drivers.file(this::as, CaseDriver.filing())
            .served(LocalDate.of(2026, 11, 23))
            .answerPeriodOver()
            .evidencePlanned(LocalDate.of(2026, 12, 12));
        assertThat(clocks.find(c.caseId, "evidence").orElseThrow().deadline().lastDay())
            .isEqualTo(LocalDate.of(2026, 12, 14));

        assertThat(as(OFFICER_YUBEI)
            .postJson("/api/cases/" + c.caseId + "/evidence-period/extensions",
                    Map.of("newLastDay", "2026-12-15", "applicant", "RESPONDENT", "reasons", "需要从外地调取购货凭证。"))
            .status()).isEqualTo(201);

        assertThat(clocks.find(c.caseId, "evidence").orElseThrow().deadline().lastDay())
            .isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(c.timer("Event_EvidencePeriodExpired").getDuedate().toInstant())
            .isEqualTo(OffsetDateTime.parse("2026-12-16T00:00:00+08:00").toInstant());
    }

    private void extendAnswer(CaseDriver c, String newLastDay) {
        assertThat(as(OFFICER_YUBEI)
            .postJson("/api/cases/" + c.caseId + "/answer-period/extensions",
                    Map.of("newLastDay", newLastDay, "reasons", "被请求人需要从外地调取证据。"))
            .status()).isEqualTo(201);
    }

}
