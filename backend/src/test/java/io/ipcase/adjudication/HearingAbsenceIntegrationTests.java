package io.ipcase.adjudication;

import static io.ipcase.adjudication.CaseAcceptanceIntegrationTests.fields;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ipcase.support.Api;
import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Order 81 art. 26: only a party properly summoned (the hearing notice received 3 working
 * days ahead) who refuses to attend without good reason, or leaves without permission,
 * bears the consequence: the requester is deemed to withdraw, the respondent is decided
 * in absence. A party the notice did not reach, or absent for a reason the panel finds
 * good, means the hearing is rescheduled. The hearing is on Mon 30 Nov 2026; today is Mon
 * 23 Nov.
 */
class HearingAbsenceIntegrationTests extends PostgresIntegrationTests {

    @Autowired
    CaseDrivers drivers;

    private CaseDriver hearingDay(boolean noticeServed) {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing())
            .served(LocalDate.of(2026, 11, 24))
            .answerPeriodOver()
            .evidencePlanned(LocalDate.of(2026, 12, 8))
            .evidenceClosed();
        c.done(OFFICER_YUBEI, "Task_ScheduleHearing", Map.of("hearingHeld", true, "room", "NORTHEAST", "startsAt",
                "2026-11-30T09:30:00+08:00", "publicHearing", true));
        if (noticeServed) {
            c.hearingNoticeServed(LocalDate.of(2026, 11, 23));
        }
        c.runTimer("Event_HearingDay");
        return c;
    }

    private static Map<String, Object> record(String requester, String requesterExcuse, String respondent,
            String respondentExcuse, String finding) {
        Map<String, Object> values = new HashMap<>();
        values.put("requester", requester);
        values.put("requesterExcuse", requesterExcuse);
        values.put("respondent", respondent);
        values.put("respondentExcuse", respondentExcuse);
        values.put("absenceFinding", finding);
        values.put("minutes", "口头审理情况。");
        return values;
    }

    @Test
    void absentRequesterTheHearingNoticeNeverReachedIsNotDeemedToWithdrawAndTheHearingIsRescheduled() {
        CaseDriver c = hearingDay(false);

        c.done(OFFICER_YUBEI, "Task_RecordHearing", record("ABSENT", "NO_REASON_GIVEN", "PRESENT", null, null));

        assertThat(c.stage()).isNotEqualTo("WITHDRAWN");
        assertThat(c.hasTask("Task_ScheduleHearing")).isTrue();
        assertThat(c.view(OFFICER_YUBEI).get("hearing").get("status").asText()).isEqualTo("ADJOURNED");
    }

    @Test
    void absentRespondentTheHearingNoticeReachedTooLateIsNotDecidedInAbsence() {
        CaseDriver c = hearingDay(false);
        c.documentServed(AdjudicationDocuments.HEARING_NOTICE, "REQUESTER", LocalDate.of(2026, 11, 23));

        c.done(OFFICER_YUBEI, "Task_RecordHearing", record("PRESENT", null, "ABSENT", "NO_REASON_GIVEN", null));

        assertThat(c.hasTask("Task_DraftDecision")).isFalse();
        assertThat(c.hasTask("Task_ScheduleHearing")).isTrue();
    }

    @Test
    void requesterProperlySummonedAbsentWithoutGoodReasonIsDeemedToWithdraw() {
        CaseDriver c = hearingDay(true);

        Api.Response unexplained = c.complete(OFFICER_YUBEI, "Task_RecordHearing",
                record("ABSENT", "REASON_NOT_ACCEPTED", "PRESENT", null, null));
        assertThat(fields(unexplained)).as("the panel gives the grounds of its judgement")
            .containsExactly("absenceFinding");
        c.done(OFFICER_YUBEI, "Task_RecordHearing",
                record("ABSENT", "REASON_NOT_ACCEPTED", "PRESENT", null, "请求人称临时有事，未提供任何证明，理由不成立。"));

        assertThat(c.stage()).isEqualTo("WITHDRAWN");
    }

    @Test
    void absenceForAReasonThePanelFindsGoodMeansTheHearingIsRescheduled() {
        CaseDriver c = hearingDay(true);

        c.done(OFFICER_YUBEI, "Task_RecordHearing",
                record("PRESENT", null, "ABSENT", "GOOD_REASON", "被请求人的法定代表人因交通事故住院，提交了医院证明。"));

        assertThat(c.hasTask("Task_ScheduleHearing")).isTrue();
        assertThat(c.hasTask("Task_DraftDecision")).isFalse();
    }

    @Test
    void partyLeavingTheHearingWithoutPermissionBearsTheConsequenceOfAbsence() {
        CaseDriver c = hearingDay(true);

        c.done(OFFICER_YUBEI, "Task_RecordHearing", record("PRESENT", null, "LEFT_WITHOUT_PERMISSION", null, null));
        c.done(OFFICER_YUBEI, "Task_DraftDecision",
                Map.of("outcome", "INFRINGEMENT_FOUND", "stopMeasures", List.of("SALE"), "reasoning", "缺席审理查明事实。",
                        "priorArtDefence", "NOT_RAISED", "seriousDishonesty", false));

        assertThat(c.view(OFFICER_YUBEI).get("decision").get("decidedInAbsence").asBoolean()).isTrue();
    }

}
