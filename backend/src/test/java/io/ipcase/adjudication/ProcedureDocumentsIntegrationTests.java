package io.ipcase.adjudication;

import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OFFICER_YUZHONG;
import static io.ipcase.support.TestUsers.OTHER_COMPLAINANT;
import static io.ipcase.support.TestUsers.OTHER_RESPONDENT;
import static io.ipcase.support.TestUsers.RESPONDENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.IssuedDocuments;
import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The documents the steps of a case issue to every party, besides the answer notice, the
 * decision and the reminder: the hearing notice (Order 81 art. 26), the suspension and
 * resumption notices (art. 28) and the withdrawal decision (art. 30, 36). Each carries
 * the case's data, is listed to the parties and served on them, and no one else sees it.
 * Today is Mon 23 Nov 2026.
 */
class ProcedureDocumentsIntegrationTests extends PostgresIntegrationTests {

    static final LocalDate SERVED = LocalDate.of(2026, 11, 24);

    @Autowired
    CaseDrivers drivers;

    private CaseDriver served() {
        return drivers.file(this::as, CaseDriver.filing()).served(SERVED);
    }

    private void onlyThePartiesSee(CaseDriver c, JsonNode document) {
        String path = IssuedDocuments.contentPath(c.caseId, document);
        assertThat(as(OTHER_RESPONDENT).get(path).status()).isEqualTo(404);
        assertThat(as(OTHER_COMPLAINANT).get(path).status()).isEqualTo(404);
        assertThat(as(OFFICER_YUZHONG).get(path).status()).as("another office").isEqualTo(404);
        assertThat(IssuedDocuments.of(c.view(RESPONDENT), document.get("templateKey").asText()))
            .extracting(d -> d.get("id").asText())
            .contains(document.get("id").asText());
    }

    private static void addressedToEveryParty(JsonNode document, String title, String numberPattern) {
        assertThat(document.get("title").asText()).isEqualTo(title);
        assertThat(document.get("number").asText()).matches(numberPattern);
        assertThat(document.get("addresseeRole").asText()).isEqualTo("ALL_PARTIES");
        assertThat(document.get("serviceMethod").asText()).as("both parties use the portal").isEqualTo("ELECTRONIC");
    }

    @Test
    void hearingNoticeGivesEveryPartyTheTimeAndPlaceAndAReceiptLessThanThreeWorkingDaysAheadReschedules() {
        CaseDriver c = served().answerPeriodOver().evidencePlanned(LocalDate.of(2026, 12, 8)).evidenceClosed();
        c.done(OFFICER_YUBEI, "Task_ScheduleHearing", Map.of("hearingHeld", true, "room", "NORTHEAST", "startsAt",
                "2026-11-30T09:30:00+08:00", "publicHearing", true));

        JsonNode notice = IssuedDocuments.only(c.view(COMPLAINANT), AdjudicationDocuments.HEARING_NOTICE);
        addressedToEveryParty(notice, "口头审理通知书", "渝北知审字〔2026〕\\d+号");
        String text = IssuedDocuments.text(as(COMPLAINANT), c.caseId, notice);
        assertThat(text).contains(c.view(OFFICER_YUBEI).get("caseNumber").asText(), notice.get("number").asText(), "张伟",
                "重庆某贸易有限公司", "ZL202320123456.1", "一种折叠椅", "实用新型", "二〇二六年十一月三十日09:30", "渝东北三峡库区城镇群专利侵权纠纷口头审理庭", "公开进行",
                "第二十六条", "按撤回请求处理", "缺席审理", "重庆市渝北区知识产权局");
        onlyThePartiesSee(c, notice);

        // the requester opened it on Mon 23 Nov: 3 working days before Mon 30 Nov, the
        // hearing stands
        JsonNode requesterService = IssuedDocuments.only(c.view(OFFICER_YUBEI), AdjudicationDocuments.HEARING_NOTICE)
            .get("services")
            .get(0);
        assertThat(requesterService.get("partyRole").asText()).isEqualTo("REQUESTER");
        assertThat(requesterService.get("servedOn").asText()).isEqualTo("2026-11-23");
        assertThat(c.hasTask("Task_ScheduleHearing")).isFalse();

        // the respondent opens it on Thu 26 Nov: 27 Nov, 30 Nov, 1 Dec — after the
        // hearing day
        clock.set(Instant.parse("2026-11-26T02:00:00Z"));
        IssuedDocuments.text(as(RESPONDENT), c.caseId, notice);

        assertThat(c.hasTask("Task_ScheduleHearing")).isTrue();
        c.done(OFFICER_YUBEI, "Task_ScheduleHearing", Map.of("hearingHeld", true, "room", "ONLINE", "startsAt",
                "2026-12-03T14:00:00+08:00", "publicHearing", false, "closedReason", "涉及被请求人的商业秘密。"));
        JsonNode again = IssuedDocuments.of(c.view(RESPONDENT), AdjudicationDocuments.HEARING_NOTICE).get(1);
        assertThat(IssuedDocuments.text(as(RESPONDENT), c.caseId, again)).contains("二〇二六年十二月三日14:00", "网上口头审理", "不公开进行")
            .doesNotContain("口审理庭");
    }

    @Test
    void suspensionAndResumptionNoticesTellEveryPartyTheGroundAndTheDays() {
        CaseDriver c = served();
        assertThat(as(COMPLAINANT)
            .postJson("/api/cases/" + c.caseId + "/suspension-requests",
                    Map.of("ground", "FORCE_MAJEURE", "details", "洪水致被请求人厂区停产。"))
            .status()).isEqualTo(201);
        c.done(OFFICER_YUBEI, "Task_DecideSuspension", Map.of("decision", "SUSPEND", "reasons", "被请求人因不可抗力不能参加处理。"));

        JsonNode suspension = IssuedDocuments.only(c.view(RESPONDENT), AdjudicationDocuments.SUSPENSION_NOTICE);
        addressedToEveryParty(suspension, "中止处理通知书", "渝北知中字〔2026〕\\d+号");
        assertThat(IssuedDocuments.text(as(RESPONDENT), c.caseId, suspension)).contains(
                c.view(OFFICER_YUBEI).get("caseNumber").asText(), "张伟", "重庆某贸易有限公司", "ZL202320123456.1", "不可抗拒的事由",
                "洪水致被请求人厂区停产。", "被请求人因不可抗力不能参加处理。", "第二十八条", "二〇二六年十一月二十三日起中止处理", "不计入案件办理期限");
        onlyThePartiesSee(c, suspension);

        clock.advance(Duration.ofDays(10));
        c.done(OFFICER_YUBEI, "Task_ResumeCase", Map.of("note", "洪水退去，被请求人已复工。"));

        JsonNode resumption = IssuedDocuments.only(c.view(COMPLAINANT), AdjudicationDocuments.RESUMPTION_NOTICE);
        addressedToEveryParty(resumption, "恢复处理通知书", "渝北知恢字〔2026〕\\d+号");
        assertThat(IssuedDocuments.text(as(COMPLAINANT), c.caseId, resumption)).contains("张伟", "重庆某贸易有限公司",
                "二〇二六年十一月二十三日决定中止处理", "洪水退去，被请求人已复工。", "二〇二六年十二月三日起恢复处理", "第三十七条第二款");
        onlyThePartiesSee(c, resumption);
    }

    @Test
    void refusedSuspensionIssuesNoNotice() {
        CaseDriver c = served();
        assertThat(as(OFFICER_YUBEI)
            .postJson("/api/cases/" + c.caseId + "/suspension-requests",
                    Map.of("ground", "OTHER", "details", "请求人申请等待另案结果。"))
            .status()).isEqualTo(201);
        c.done(OFFICER_YUBEI, "Task_DecideSuspension",
                Map.of("decision", "REFUSE", "refusalGround", "NO_NEED", "reasons", "另案结果不影响本案审理。"));

        assertThat(IssuedDocuments.of(c.view(OFFICER_YUBEI), AdjudicationDocuments.SUSPENSION_NOTICE)).isEmpty();
    }

    @Test
    void withdrawalDecisionClosesTheCaseWithTheGroundAndTheRemedies() {
        CaseDriver c = served();
        assertThat(
                as(COMPLAINANT).postJson("/api/cases/" + c.caseId + "/withdrawal-requests", Map.of("details", "双方已和解。"))
                    .status())
            .isEqualTo(201);
        c.done(OFFICER_YUBEI, "Task_DecideWithdrawal", Map.of("decision", "WITHDRAW", "reasons", "请求人自愿撤回请求，准许。"));

        assertThat(c.stage()).isEqualTo("WITHDRAWN");
        JsonNode decision = IssuedDocuments.only(c.view(RESPONDENT), AdjudicationDocuments.WITHDRAWAL_DECISION);
        addressedToEveryParty(decision, "撤销案件决定书", "渝北知撤字〔2026〕\\d+号");
        assertThat(IssuedDocuments.text(as(RESPONDENT), c.caseId, decision)).contains(
                c.view(OFFICER_YUBEI).get("caseNumber").asText(), "张伟", "重庆某贸易有限公司", "ZL202320123456.1", "一种折叠椅",
                "请求人申请撤回请求", "请求人自愿撤回请求，准许。", "第三十六条", "决定撤销本案", "申请行政复议", "提起行政诉讼");
        onlyThePartiesSee(c, decision);
    }

    @ParameterizedTest
    @CsvSource({ "INADMISSIBLE, 本案立案后发现不符合受理条件", "REQUESTER_GONE, 请求人死亡或者注销，没有继承人或者权利义务承受人",
            "RESPONDENT_GONE, 被请求人死亡或者注销，没有遗产，也没有应当承担义务的人" })
    void thePanelWithdrawsACaseFoundInadmissibleOrWhoseRequesterOrRespondentIsGone(String ground, String words) {
        // Order 81 art. 36(1), (3), (4): the panel withdraws the case of its own motion
        CaseDriver c = served();
        String path = "/api/cases/" + c.caseId + "/withdrawal-requests";
        assertThat(as(OFFICER_YUBEI).postJson(path, Map.of("ground", ground, "details", "合议组依职权提出。")).status())
            .isEqualTo(201);
        c.done(OFFICER_YUBEI, "Task_DecideWithdrawal", Map.of("decision", "WITHDRAW", "reasons", "依法撤销案件。"));

        assertThat(c.stage()).isEqualTo("WITHDRAWN");
        JsonNode decision = IssuedDocuments.only(c.view(COMPLAINANT), AdjudicationDocuments.WITHDRAWAL_DECISION);
        assertThat(IssuedDocuments.text(as(COMPLAINANT), c.caseId, decision)).contains(words, "第三十六条", "决定撤销本案");
    }

    @Test
    void claimsStillUnclearAfterTheDepartmentExplainedLeadToTheCasesWithdrawal() {
        // Order 81 art. 36 ¶2: the requester, told to say which claims are infringed,
        // still
        // does not
        CaseDriver c = served();
        String path = "/api/cases/" + c.caseId + "/withdrawal-requests";
        assertThat(
                as(OFFICER_YUBEI).postJson(path, Map.of("details", "x")).json().get("errors").findValuesAsText("field"))
            .as("the panel names its ground")
            .containsExactly("ground");
        assertThat(as(OFFICER_YUBEI)
            .postJson(path, Map.of("ground", "CLAIMS_UNCLEAR", "details", "经两次书面告知，请求人仍未明确被侵犯的权利要求。"))
            .status()).isEqualTo(201);
        c.done(OFFICER_YUBEI, "Task_DecideWithdrawal", Map.of("decision", "WITHDRAW", "reasons", "请求人未明确请求事项。"));

        assertThat(c.stage()).isEqualTo("WITHDRAWN");
        JsonNode decision = IssuedDocuments.only(c.view(RESPONDENT), AdjudicationDocuments.WITHDRAWAL_DECISION);
        assertThat(IssuedDocuments.text(as(RESPONDENT), c.caseId, decision)).contains("经告知后，请求人仍未明确其请求事项。",
                "请求人未明确请求事项。", "决定撤销本案");
    }

    @Test
    void requesterAbsentFromTheHearingGetsAWithdrawalDecisionSayingSo() {
        CaseDriver c = served().answerPeriodOver().evidencePlanned(LocalDate.of(2026, 12, 8)).evidenceClosed();
        c.done(OFFICER_YUBEI, "Task_ScheduleHearing", Map.of("hearingHeld", true, "room", "CENTRAL_URBAN", "startsAt",
                "2026-11-30T09:30:00+08:00", "publicHearing", true));
        c.hearingNoticeServed(LocalDate.of(2026, 11, 23));
        c.runTimer("Event_HearingDay");
        c.done(OFFICER_YUBEI, "Task_RecordHearing", Map.of("requester", "ABSENT", "requesterExcuse", "NO_REASON_GIVEN",
                "respondent", "PRESENT", "minutes", "请求人经合法传唤无正当理由未到庭。"));

        JsonNode decision = IssuedDocuments.only(c.view(COMPLAINANT), AdjudicationDocuments.WITHDRAWAL_DECISION);
        assertThat(IssuedDocuments.text(as(COMPLAINANT), c.caseId, decision)).contains("无正当理由拒不参加口头审理", "按撤回请求处理",
                "决定撤销本案");
    }

}
