package io.ipcase.adjudication;

import static io.ipcase.adjudication.CaseAcceptanceIntegrationTests.fields;
import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.RESPONDENT;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.Api;
import io.ipcase.support.IssuedDocuments;
import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The decision and what follows it (Order 81 art. 31–34, 80, 83; Patent Law art. 65, 67;
 * Administrative Compulsion Law art. 54, 58, 69). Repeat infringements go straight to the
 * decision, which keeps these tests short; today is Mon 23 Nov 2026.
 */
class DecisionAndEnforcementIntegrationTests extends PostgresIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Autowired
    CaseDrivers drivers;

    private CaseDriver drafting() {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing());
        Map<String, Object> values = CaseDriver.acceptance();
        values.put("repeatInfringement", true);
        values.put("earlierDecision", "渝北知裁〔2025〕3号");
        c.done(OFFICER_YUBEI, "Task_ReviewAcceptance", values);
        return c;
    }

    private static Map<String, Object> draft(String outcome) {
        return new HashMap<>(Map.of("outcome", outcome, "reasoning", "被控侵权产品落入权利要求1的保护范围。", "priorArtDefence",
                "NOT_RAISED", "seriousDishonesty", false));
    }

    @Test
    void findingOfInfringementNamesTheActsToStopAndUpheldPriorArtMeansNoInfringement() {
        CaseDriver c = drafting();

        assertThat(fields(c.complete(OFFICER_YUBEI, "Task_DraftDecision", draft("INFRINGEMENT_FOUND"))))
            .containsExactly("stopMeasures");
        Map<String, Object> priorArt = draft("INFRINGEMENT_FOUND");
        priorArt.put("stopMeasures", List.of("SALE"));
        priorArt.put("priorArtDefence", "UPHELD");
        assertThat(fields(c.complete(OFFICER_YUBEI, "Task_DraftDecision", priorArt)))
            .containsExactly("priorArtDefence");

        Map<String, Object> repeat = draft("INFRINGEMENT_FOUND");
        repeat.put("stopMeasures", List.of("MANUFACTURE", "SALE"));
        repeat.put("seriousDishonesty", true);
        c.done(OFFICER_YUBEI, "Task_DraftDecision", repeat);
        assertThat(c.view(OFFICER_YUBEI).get("decision").get("seriousDishonesty").asBoolean()).isTrue();
    }

    @Test
    void theDecisionNamesThePartiesTheActsToStopAndTheFifteenDaysToSue() {
        // Order 81 art. 31: parties, reasons, the acts to be stopped, and the route and
        // time limit for a lawsuit (Patent Law art. 65)
        CaseDriver c = drafting();
        Map<String, Object> values = draft("INFRINGEMENT_FOUND");
        values.put("stopMeasures", List.of("MANUFACTURE", "SALE"));
        values.put("stopScope", "并销毁专用于制造侵权产品的模具。");
        c.done(OFFICER_YUBEI, "Task_DraftDecision", values);
        c.done(SUPERVISOR_YUBEI, "Task_ApproveDecision", Map.of("decision", "APPROVE"));

        JsonNode decision = IssuedDocuments.only(c.view(RESPONDENT), AdjudicationDocuments.DECISION);
        assertThat(decision.get("title").asText()).isEqualTo("行政裁决书");
        assertThat(decision.get("addresseeRole").asText()).isEqualTo("ALL_PARTIES");
        assertThat(IssuedDocuments.text(as(RESPONDENT), c.caseId, decision)).contains(
                c.view(OFFICER_YUBEI).get("caseNumber").asText(), "请求人：张伟", "被请求人：重庆某贸易有限公司", "ZL202320123456.1",
                "被控侵权产品落入权利要求1的保护范围。", "责令被请求人立即停止下列侵权行为：制造、销售侵权产品。", "并销毁专用于制造侵权产品的模具。", "可以自收到本裁决书之日起十五日内",
                "向人民法院起诉");
    }

    @Test
    void aDecisionFindingNoInfringementDismissesTheRequest() {
        // Order 81 art. 31: no infringement found, the request is dismissed
        CaseDriver c = drafting();
        c.done(OFFICER_YUBEI, "Task_DraftDecision", draft("NOT_FOUND"));
        c.done(SUPERVISOR_YUBEI, "Task_ApproveDecision", Map.of("decision", "APPROVE"));

        JsonNode decision = IssuedDocuments.only(c.view(COMPLAINANT), AdjudicationDocuments.DECISION);
        assertThat(IssuedDocuments.text(as(COMPLAINANT), c.caseId, decision)).contains("驳回请求人的请求", "十五日内")
            .doesNotContain("停止下列侵权行为");
    }

    @Test
    void aDissentingMemberIsOnTheRecordOfTheDeliberationWhichThePartiesDoNotRead() {
        // Order 81 art. 25: the panel decides by majority, a dissent is recorded
        CaseDriver c = drafting();
        Map<String, Object> values = draft("NOT_FOUND");
        values.put("dissent", "合议组成员李强认为被控侵权产品落入权利要求1的保护范围。");
        c.done(OFFICER_YUBEI, "Task_DraftDecision", values);
        c.done(SUPERVISOR_YUBEI, "Task_ApproveDecision", Map.of("decision", "APPROVE"));

        assertThat(c.view(OFFICER_YUBEI).get("decision").get("dissent").asText())
            .isEqualTo("合议组成员李强认为被控侵权产品落入权利要求1的保护范围。");
        assertThat(c.view(COMPLAINANT).get("decision").get("outcome").asText()).isEqualTo("NOT_FOUND");
        assertThat(c.view(COMPLAINANT).get("decision").has("dissent")).isFalse();
    }

    @Test
    void onlyARepeatInfringerIsPlacedOnTheSeriousDishonestyList() {
        // Order 81 art. 34: the list is for the repeat infringer of art. 34, not for a
        // first finding
        CaseDriver c = drivers.file(this::as, CaseDriver.filing())
            .served(LocalDate.of(2026, 11, 24))
            .answerPeriodOver()
            .evidencePlanned(LocalDate.of(2026, 12, 8))
            .evidenceClosed();
        c.done(OFFICER_YUBEI, "Task_ScheduleHearing", Map.of("hearingHeld", false));
        Map<String, Object> values = draft("INFRINGEMENT_FOUND");
        values.put("stopMeasures", List.of("SALE"));
        values.put("seriousDishonesty", true);

        assertThat(fields(c.complete(OFFICER_YUBEI, "Task_DraftDecision", values)))
            .containsExactly("seriousDishonesty");
        values.put("seriousDishonesty", false);
        c.done(OFFICER_YUBEI, "Task_DraftDecision", values);
        assertThat(c.view(OFFICER_YUBEI).get("decision").get("seriousDishonesty").asBoolean()).isFalse();
    }

    @Test
    void supervisorReturnsTheDraftWithCommentsThatOnlyStaffRead() {
        CaseDriver c = drafting();
        c.done(OFFICER_YUBEI, "Task_DraftDecision", draft("NOT_FOUND"));

        assertThat(fields(c.complete(SUPERVISOR_YUBEI, "Task_ApproveDecision", Map.of("decision", "RETURN"))))
            .containsExactly("comments");
        c.done(SUPERVISOR_YUBEI, "Task_ApproveDecision", Map.of("decision", "RETURN", "comments", "请补充比对分析。"));

        assertThat(c.hasTask("Task_DraftDecision")).isTrue();
        assertThat(c.view(OFFICER_YUBEI).get("decision").get("approvalComments").asText()).isEqualTo("请补充比对分析。");
        assertThat(c.view(COMPLAINANT).has("decision")).as("not approved yet").isFalse();
    }

    @Test
    void approvalEndsTheCasePeriodAndServiceOpensTheFifteenDayWindowAndTheTwentyDayPublication() {
        CaseDriver c = drafting().decided(true, LocalDate.of(2026, 11, 24));

        JsonNode staff = c.view(OFFICER_YUBEI);
        assertThat(staff.get("casePeriod").get("period").get("state").asText()).isEqualTo("STOPPED");
        // served Tue 24 Nov: 15 days → Wed 9 Dec
        assertThat(staff.get("appealWindow").get("period").get("lastDay").asText()).isEqualTo("2026-12-09");
        // approved Mon 23 Nov: published within 20 working days → Mon 21 Dec
        assertThat(c.task("Task_PublishDecision").get("dueAt").asText()).isEqualTo("2026-12-21T23:59:59+08:00");
        assertThat(c.timer("Event_AppealWindowExpired").getDuedate().toInstant())
            .isEqualTo(OffsetDateTime.parse("2026-12-10T00:00:00+08:00").toInstant());
        assertThat(staff.get("stage").asText()).isEqualTo("APPEAL_WINDOW");
        assertThat(c.view(RESPONDENT).get("decision").get("stopMeasures")).extracting(JsonNode::asText)
            .containsExactly("SALE", "OFFER_FOR_SALE");
    }

    @Test
    void decisionIsPublishedAtAnAddressAnyoneCanOpen() {
        CaseDriver c = drafting().decided(false, TODAY);

        assertThat(fields(c.complete(OFFICER_YUBEI, "Task_PublishDecision",
                Map.of("publishedOn", "2026-11-23", "url", "not a link"))))
            .containsExactly("url");
        c.done(OFFICER_YUBEI, "Task_PublishDecision",
                Map.of("publishedOn", "2026-11-23", "url", "https://zscqj.cq.gov.cn/zwgk/xzcj/2026/1.html"));

        assertThat(c.view(COMPLAINANT).get("decision").get("publicationUrl").asText()).startsWith("https://");
        assertThat(c.view(OFFICER_YUBEI).get("openTasks")).isEmpty();
    }

    @Test
    void infringerSuingWithinTheWindowTakesEnforcementOffTheTable() {
        CaseDriver c = drafting().decided(true, TODAY);
        String path = "/api/cases/" + c.caseId + "/lawsuits";

        assertThat(as(COMPLAINANT).postJson(path, Map.of("court", "重庆市第一中级人民法院", "filedOn", "2026-11-23")).status())
            .isEqualTo(201);
        assertThat(c.stage()).as("the requester's suit leaves enforcement as it was").isEqualTo("APPEAL_WINDOW");
        assertThat(as(RESPONDENT).postJson(path, Map.of("court", "重庆市第一中级人民法院", "filedOn", "2026-11-23")).status())
            .isEqualTo(201);

        assertThat(c.stage()).isEqualTo("UNDER_LITIGATION");
        assertThat(c.view(COMPLAINANT).get("appealWindow").get("lawsuits")).hasSize(2);
    }

    @Test
    void infringerWhoNeitherSuesNorStopsIsRemindedAndAfterTenWorkingDaysTheCourtIsAsked() {
        CaseDriver c = drafting().decided(true, TODAY);
        c.runTimer("Event_AppealWindowExpired");
        c.done(OFFICER_YUBEI, "Task_CheckCompliance",
                Map.of("finding", "NOT_STOPPED", "checkedOn", "2026-11-23", "notes", "被请求人网店仍在销售。"));

        c.done(OFFICER_YUBEI, "Task_IssueReminder", Map.of());
        assertThat(c.stage()).isEqualTo("ENFORCEMENT");
        c.reminderServed(TODAY);
        // served Mon 23 Nov: 10 working days → Mon 7 Dec
        assertThat(c.timer("Event_ReminderPeriodExpired").getDuedate().toInstant())
            .isEqualTo(OffsetDateTime.parse("2026-12-08T00:00:00+08:00").toInstant());
        c.runTimer("Event_ReminderPeriodExpired");
        c.done(OFFICER_YUBEI, "Task_ConfirmNonCompliance",
                Map.of("finding", "NOT_STOPPED", "checkedOn", "2026-11-23", "notes", "催告期满仍未停止。"));
        // the window closed 8 Dec: the court is asked within 3 months → Mon 8 Mar 2027
        assertThat(c.task("Task_ApplyForEnforcement").get("dueAt").asText()).isEqualTo("2027-03-08T23:59:59+08:00");
        c.done(OFFICER_YUBEI, "Task_ApplyForEnforcement", Map.of("court", "重庆市第一中级人民法院", "appliedOn", "2026-11-23"));

        assertThat(c.task("Task_RecordCourtRuling").get("dueAt").asText()).isEqualTo("2026-12-23T23:59:59+08:00");
        assertThat(fields(c.complete(OFFICER_YUBEI, "Task_RecordCourtRuling",
                Map.of("ruling", "GRANTED", "ruledOn", "2026-11-23", "reviewRequested", true))))
            .containsExactly("reviewRequested");
        c.done(OFFICER_YUBEI, "Task_RecordCourtRuling", Map.of("ruling", "GRANTED", "ruledOn", "2026-11-23"));

        assertThat(c.stage()).isEqualTo("CLOSED");
        assertThat(c.view(COMPLAINANT).get("enforcement")).extracting(s -> s.get("step").asText())
            .containsExactly("COMPLIANCE_CHECK", "REMINDER_ISSUED", "COMPLIANCE_CHECK", "APPLICATION", "COURT_RULING");
    }

    @Test
    void infringerWhoStoppedNeedsNoEnforcement() {
        CaseDriver c = drafting().decided(true, TODAY);
        c.runTimer("Event_AppealWindowExpired");

        Api.Response future = c.complete(OFFICER_YUBEI, "Task_CheckCompliance",
                Map.of("finding", "STOPPED", "checkedOn", "2026-11-30", "notes", "已下架。"));
        assertThat(fields(future)).containsExactly("checkedOn");
        c.done(OFFICER_YUBEI, "Task_CheckCompliance",
                Map.of("finding", "STOPPED", "checkedOn", "2026-11-23", "notes", "被控侵权产品已全部下架。"));

        assertThat(c.stage()).isEqualTo("CLOSED");
        assertThat(c.view(OFFICER_YUBEI).has("openTasks") && c.hasTask("Task_IssueReminder")).isFalse();
    }

}
