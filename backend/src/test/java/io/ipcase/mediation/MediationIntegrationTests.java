package io.ipcase.mediation;

import static io.ipcase.support.StepFormViews.field;
import static io.ipcase.support.TestUsers.ADMIN;
import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OTHER_COMPLAINANT;
import static io.ipcase.support.TestUsers.OTHER_RESPONDENT;
import static io.ipcase.support.TestUsers.RESPONDENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.adjudication.CaseDriver;
import io.ipcase.adjudication.CaseDrivers;
import io.ipcase.support.Api;
import io.ipcase.support.EvidenceFiles;
import io.ipcase.support.Filings;
import io.ipcase.support.IssuedDocuments;
import io.ipcase.support.PostgresIntegrationTests;
import io.ipcase.support.StepFormViews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mediation (Order 81 art. 35, 63–70; Patent Law art. 65), inside an adjudication case
 * and as a case of its own. Today is Mon 23 Nov 2026; notices reach the other side on Tue
 * 24 Nov.
 */
class MediationIntegrationTests extends PostgresIntegrationTests {

    static final LocalDate RECEIVED = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    @Autowired
    CaseDrivers drivers;

    @Autowired
    Mediations mediations;

    @Autowired
    TransactionTemplate tx;

    private void noticeServed(UUID caseId) {
        tx.executeWithoutResult(s -> mediations.noticeServed(caseId, RECEIVED, "t.post"));
    }

    private Api.Response opinion(String user, UUID caseId, boolean consents) {
        return as(user).postJson("/api/cases/" + caseId + "/mediation/opinion",
                Map.of("consents", consents, "opinion", consents ? "同意调解。" : "不同意调解。"));
    }

    private CaseDriver mediationAskedByTheRespondent() {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing()).served(LocalDate.of(2026, 11, 23));
        assertThat(c.view(RESPONDENT).get("mediation").get("steps")).extracting(JsonNode::asText)
            .containsExactly("REQUEST_MEDIATION");
        assertThat(as(RESPONDENT)
            .postJson("/api/cases/" + c.caseId + "/mediation-requests", Map.of("request", "愿意就停止销售和赔偿问题协商。"))
            .status()).isEqualTo(201);
        // the requester, the other side, is told within 5 working days → Mon 30 Nov
        assertThat(c.task("Task_NotifyOtherSide").get("dueAt").asText()).isEqualTo("2026-11-30T23:59:59+08:00");
        c.done(OFFICER_YUBEI, "Task_NotifyOtherSide", Map.of());
        noticeServed(c.caseId);
        return c;
    }

    @Test
    void theOtherSideHasFifteenDaysFromReceiptAndAnAgreementSignedAndSealedClosesTheCase() {
        CaseDriver c = mediationAskedByTheRespondent();
        JsonNode requesterView = c.view(COMPLAINANT).get("mediation");
        assertThat(requesterView.get("opinionDueOn").asText()).isEqualTo("2026-12-09");
        assertThat(requesterView.get("steps")).extracting(JsonNode::asText).containsExactly("STATE_OPINION");
        assertThat(opinion(RESPONDENT, c.caseId, true).status()).as("not the side that asked").isEqualTo(403);

        assertThat(opinion(COMPLAINANT, c.caseId, true).status()).isEqualTo(201);
        assertThat(c.task("Task_FileMediation").get("dueAt").asText()).isEqualTo("2026-11-30T23:59:59+08:00");
        c.done(OFFICER_YUBEI, "Task_FileMediation", Map.of("sessionStartsAt", "2026-11-27T14:00:00+08:00", "place",
                "渝北区知识产权局调解室", "helpers", "重庆市知识产权纠纷人民调解委员会"));
        c.runTimer("Event_SessionDay");
        c.done(OFFICER_YUBEI, "Task_RecordSession",
                Map.of("requester", "PRESENT", "respondent", "PRESENT", "agreed", true, "notes", "双方就赔偿数额达成一致。"));

        Map<String, Object> agreement = new HashMap<>(Map.of("terms", "被请求人停止销售并赔偿请求人人民币伍万元整。", "paymentAmount",
                "50000.00", "enforcementCommitment", true, "signedByParties", true, "sealed", false));
        Api.Response unsealed = c.complete(OFFICER_YUBEI, "Task_RecordAgreement", agreement);
        assertThat(unsealed.status()).isEqualTo(400);
        agreement.put("sealed", true);
        c.done(OFFICER_YUBEI, "Task_RecordAgreement", agreement);

        assertThat(c.stage()).isEqualTo("SETTLED");
        JsonNode settled = c.view(RESPONDENT).get("mediation");
        // money goes out as exact decimal text (MoneyJson)
        assertThat(settled.get("mediation").get("paymentAmount").asText()).isEqualTo("50000.00");
        assertThat(settled.get("notarisationRoute").asBoolean()).isTrue();
        assertThat(settled.get("judicialConfirmationAvailable").asBoolean()).isFalse();
        assertThat(c.view(OFFICER_YUBEI).get("openTasks")).isEmpty();

        // art. 69: the agreement itself, to both parties, with the terms and the
        // notarisation route
        JsonNode agreed = IssuedDocuments.only(c.view(RESPONDENT), "mediation-agreement");
        assertThat(agreed.get("title").asText()).isEqualTo("调解协议书");
        assertThat(agreed.get("number").asText()).matches("渝北知调字〔2026〕\\d+号");
        assertThat(agreed.get("addresseeRole").asText()).isEqualTo("ALL_PARTIES");
        assertThat(IssuedDocuments.text(as(RESPONDENT), c.caseId, agreed)).contains(
                c.view(OFFICER_YUBEI).get("caseNumber").asText(), "张伟", "重庆某贸易有限公司", "ZL202320123456.1", "一种折叠椅",
                "侵权纠纷", "第三十五条", "被请求人停止销售并赔偿请求人人民币伍万元整。", "人民币50,000.00元", "愿意接受强制执行", "公证", "本案以调解方式结案");
        assertThat(IssuedDocuments.only(c.view(COMPLAINANT), "mediation-agreement").get("id"))
            .isEqualTo(agreed.get("id"));
        String path = IssuedDocuments.contentPath(c.caseId, agreed);
        assertThat(as(OTHER_COMPLAINANT).get(path).status()).isEqualTo(404);
        assertThat(as(OTHER_RESPONDENT).get(path).status()).isEqualTo(404);
    }

    @Test
    void theSessionFormOpensWithBothSidesPresentAndTheFilingOffersSessionsFromToday() {
        CaseDriver c = mediationAskedByTheRespondent();
        assertThat(opinion(COMPLAINANT, c.caseId, true).status()).isEqualTo(201);

        JsonNode filing = StepFormViews.of(as(OFFICER_YUBEI), c.task("Task_FileMediation"));
        assertThat(field(filing, "sessionStartsAt").get("notBefore").asText()).isEqualTo("2026-11-23");
        assertThat(field(filing, "place").get("label").asText()).isEqualTo("调解地点");

        c.done(OFFICER_YUBEI, "Task_FileMediation",
                Map.of("sessionStartsAt", "2026-11-27T14:00:00+08:00", "place", "渝北区知识产权局调解室"));
        c.runTimer("Event_SessionDay");
        JsonNode session = StepFormViews.of(as(OFFICER_YUBEI), c.task("Task_RecordSession"));
        assertThat(session.get("initialValues").get("requester").asText()).isEqualTo("PRESENT");
        assertThat(session.get("initialValues").get("respondent").asText()).isEqualTo("PRESENT");
        assertThat(session.get("initialValues").get("agreed").asBoolean()).isFalse();
        assertThat(field(session, "notes").get("label").asText()).isEqualTo("调解情况");
    }

    @Test
    void refusalToMediateLetsTheAdjudicationGoOn() {
        CaseDriver c = mediationAskedByTheRespondent();

        assertThat(opinion(COMPLAINANT, c.caseId, false).status()).isEqualTo(201);
        c.done(OFFICER_YUBEI, "Task_NotifyNotFiled", Map.of("note", "请求人不同意调解，本案不予调解立案。"));

        assertThat(c.stage()).isEqualTo("ANSWER_PERIOD");
        JsonNode mediation = c.view(RESPONDENT).get("mediation");
        assertThat(mediation.get("mediation").get("outcome").asText()).isEqualTo("NOT_FILED");
        assertThat(mediation.get("steps")).extracting(JsonNode::asText).containsExactly("REQUEST_MEDIATION");
    }

    @Test
    void opinionAfterTheFifteenDaysIsRefused() {
        CaseDriver c = mediationAskedByTheRespondent();
        clock.set(Instant.parse("2026-12-10T01:00:00Z"));

        Api.Response late = opinion(COMPLAINANT, c.caseId, true);

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asText()).contains("2026-12-09");
    }

    @Test
    void damagesAloneAreMediatedAfterADecisionFindingInfringement() {
        CaseDriver c = decidedRepeatCase(true);

        assertThat(as(COMPLAINANT)
            .postJson("/api/cases/" + c.caseId + "/mediation-requests", Map.of("request", "请求就赔偿数额进行调解。"))
            .status()).isEqualTo(201);

        assertThat(c.view(OFFICER_YUBEI).get("mediation").get("mediation").get("subject").asText())
            .isEqualTo("DAMAGES");
        assertThat(c.hasTask("Task_NotifyOtherSide")).isTrue();
    }

    @Test
    void noDamagesAreMediatedAfterADecisionFindingNoInfringement() {
        CaseDriver c = decidedRepeatCase(false);

        Api.Response response = as(COMPLAINANT).postJson("/api/cases/" + c.caseId + "/mediation-requests",
                Map.of("request", "请求就赔偿数额进行调解。"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(c.view(COMPLAINANT).has("mediation")).isFalse();
    }

    private CaseDriver decidedRepeatCase(boolean infringement) {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing());
        Map<String, Object> values = CaseDriver.acceptance();
        values.put("repeatInfringement", true);
        values.put("earlierDecision", "渝北知裁〔2025〕3号");
        c.done(OFFICER_YUBEI, "Task_ReviewAcceptance", values);
        return c.decided(infringement, LocalDate.of(2026, 11, 23));
    }

    @Test
    void mediationOfItsOwnIsFiledTheOtherSideSeesItOnceNotifiedAndSilenceMeansNoFiling() {
        Api.Response filed = fileStandalone("OWNERSHIP", List.of());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        UUID caseId = UUID.fromString(filed.json().get("id").asText());
        assertThat(filed.json().get("caseNumber").asText()).startsWith("渝北知调〔2026〕");
        Api officer = as(OFFICER_YUBEI);
        JsonNode view = officer.get("/api/cases/" + caseId).json();
        assertThat(view.get("caseType").asText()).isEqualTo("MEDIATION");
        assertThat(view.get("stage").asText()).isEqualTo("MEDIATION_REQUESTED");
        assertThat(as(RESPONDENT).get("/api/cases/" + caseId).status()).isEqualTo(404);
        assertThat(as(OTHER_COMPLAINANT).get("/api/cases/" + caseId).status()).isEqualTo(404);

        String taskId = view.get("openTasks").get(0).get("taskId").asText();
        officer.post("/api/inbox/tasks/" + taskId + "/claim");
        assertThat(officer.postJson("/api/inbox/tasks/" + taskId + "/complete", Map.of()).status()).isEqualTo(204);
        noticeServed(caseId);

        assertThat(as(RESPONDENT).get("/api/cases/" + caseId).status()).isEqualTo(200);
        assertThat(as(RESPONDENT).get("/api/cases/" + caseId).json().get("stage").asText())
            .isEqualTo("AWAITING_OPINION");
    }

    @Test
    void mediationOfItsOwnWithoutAgreementIsClosedAndThePartiesMaySue() {
        UUID caseId = UUID.fromString(fileStandalone("EMPLOYEE_REWARD", List.of()).json().get("id").asText());
        Api officer = as(OFFICER_YUBEI);
        completeOnly(officer, caseId, Map.of());
        noticeServed(caseId);
        assertThat(opinion(RESPONDENT, caseId, true).status()).isEqualTo(201);
        completeOnly(officer, caseId, Map.of("sessionStartsAt", "2026-11-27T14:00:00+08:00", "place", "渝北区知识产权局调解室"));
        assertThat(officer.get("/api/cases/" + caseId).json().get("stage").asText()).isEqualTo("MEDIATING");
        runSessionTimer(caseId);
        completeOnly(officer, caseId,
                Map.of("requester", "PRESENT", "respondent", "PRESENT", "agreed", false, "notes", "双方对报酬数额分歧较大。"));

        JsonNode closed = as(COMPLAINANT).get("/api/cases/" + caseId).json();
        assertThat(closed.get("stage").asText()).isEqualTo("MEDIATION_FAILED");
        assertThat(closed.get("mediation").get("mediation").get("outcome").asText()).isEqualTo("FAILED");
        assertThat(closed.get("clocks")).allSatisfy(clk -> assertThat(clk.get("state").asText()).isEqualTo("STOPPED"));

        // art. 69: the mediation case is withdrawn in writing, and the parties told they
        // may sue
        JsonNode withdrawn = IssuedDocuments.only(closed, "withdrawal-decision");
        assertThat(withdrawn.get("title").asText()).isEqualTo("撤销案件决定书");
        assertThat(IssuedDocuments.text(as(RESPONDENT), caseId, withdrawn))
            .contains(closed.get("caseNumber").asText(), "张伟", "重庆某贸易有限公司", "未能达成协议", "第六十九条", "撤销本调解案件",
                    "可以依法向人民法院提起诉讼")
            .doesNotContain("行政复议");
        assertThat(as(OTHER_RESPONDENT).get(IssuedDocuments.contentPath(caseId, withdrawn)).status()).isEqualTo(404);
    }

    /** A mediation of its own, filed, its session on Fri 27 Nov and its day come. */
    private UUID standaloneSessionDay(boolean noticeServed) {
        UUID caseId = UUID.fromString(fileStandalone("EMPLOYEE_REWARD", List.of()).json().get("id").asText());
        Api officer = as(OFFICER_YUBEI);
        completeOnly(officer, caseId, Map.of());
        noticeServed(caseId);
        assertThat(opinion(RESPONDENT, caseId, true).status()).isEqualTo(201);
        completeOnly(officer, caseId, Map.of("sessionStartsAt", "2026-11-27T14:00:00+08:00", "place", "渝北区知识产权局调解室"));
        JsonNode notice = IssuedDocuments.only(officer.get("/api/cases/" + caseId).json(), "mediation-session-notice");
        assertThat(notice.get("title").asText()).isEqualTo("调解通知书");
        assertThat(IssuedDocuments.text(officer, caseId, notice)).contains("渝北区知识产权局调解室", "第六十七条");
        if (noticeServed) {
            for (String role : List.of("REQUESTER", "RESPONDENT")) {
                assertThat(officer
                    .postJson("/api/cases/" + caseId + "/official-documents/" + notice.get("id").asText() + "/services",
                            Map.of("partyRole", role, "method", "POSTAL", "servedOn", "2026-11-23"))
                    .status()).isEqualTo(201);
            }
        }
        runSessionTimer(caseId);
        return caseId;
    }

    @Test
    void requesterNotifiedOfTheMediationWhoDoesNotComeWithoutGoodReasonIsDeemedToWithdraw() {
        UUID caseId = standaloneSessionDay(true);

        completeOnly(as(OFFICER_YUBEI), caseId, Map.of("requester", "ABSENT", "requesterExcuse", "NO_REASON_GIVEN",
                "respondent", "PRESENT", "agreed", false, "notes", "请求人未到场，也未说明理由。"));

        JsonNode closed = as(COMPLAINANT).get("/api/cases/" + caseId).json();
        assertThat(closed.get("mediation").get("mediation").get("outcome").asText()).isEqualTo("REQUESTER_ABSENT");
        assertThat(IssuedDocuments.text(as(COMPLAINANT), caseId, IssuedDocuments.only(closed, "withdrawal-decision")))
            .contains("视为撤回调解请求");
    }

    @Test
    void partyTheMediationNoticeDidNotReachIsNotHeldAbsentAndTheSessionIsSetAgain() {
        UUID caseId = standaloneSessionDay(false);
        Api officer = as(OFFICER_YUBEI);
        JsonNode period = clock(officer.get("/api/cases/" + caseId).json(), "mediation-period");

        completeOnly(officer, caseId, Map.of("requester", "PRESENT", "respondent", "ABSENT", "respondentExcuse",
                "NO_REASON_GIVEN", "agreed", false, "notes", "被请求人未到场，调解通知书未能送达。"));

        JsonNode view = officer.get("/api/cases/" + caseId).json();
        assertThat(view.get("stage").asText()).isEqualTo("MEDIATING");
        assertThat(view.get("openTasks").get(0).get("taskKey").asText()).isEqualTo("Task_FileMediation");
        JsonNode outcome = view.get("mediation").get("mediation").get("outcome");
        assertThat(outcome == null || outcome.isNull()).as("no outcome yet: " + outcome).isTrue();
        completeOnly(officer, caseId, Map.of("sessionStartsAt", "2026-12-04T14:00:00+08:00", "place", "渝北区知识产权局调解室"));
        assertThat(clock(officer.get("/api/cases/" + caseId).json(), "mediation-period").get("deadline"))
            .as("the mediation's period runs on, not afresh")
            .isEqualTo(period.get("deadline"));
    }

    @Test
    void absenceForAReasonTheMediatorFindsGoodSetsTheSessionAgain() {
        UUID caseId = standaloneSessionDay(true);

        completeOnly(as(OFFICER_YUBEI), caseId, Map.of("requester", "ABSENT", "requesterExcuse", "GOOD_REASON",
                "respondent", "PRESENT", "agreed", false, "notes", "请求人因突发疾病住院，提交了医院证明。"));

        JsonNode view = as(OFFICER_YUBEI).get("/api/cases/" + caseId).json();
        assertThat(view.get("openTasks").get(0).get("taskKey").asText()).isEqualTo("Task_FileMediation");
    }

    private static JsonNode clock(JsonNode view, String key) {
        for (JsonNode c : view.get("clocks")) {
            if (c.get("key").asText().equals(key)) {
                return c;
            }
        }
        throw new AssertionError("no clock " + key + " in " + view.get("clocks"));
    }

    @Test
    void aMediationOfItsOwnIsDueTwoMonthsAfterItIsFiled() {
        // Order 81 art. 70: an ownership dispute is mediated within 2 months of its
        // filing
        UUID caseId = filedOwnershipMediation(
                Map.of("sessionStartsAt", "2026-11-27T14:00:00+08:00", "place", "渝北区知识产权局调解室"));

        // filed Mon 23 Nov 2026: 2 months → Sat 23 Jan 2027, a rest day → Mon 25 Jan
        assertThat(as(OFFICER_YUBEI).get("/api/cases/" + caseId).json().get("clocks")).anySatisfy(clock -> {
            assertThat(clock.get("key").asText()).isEqualTo("mediation-period");
            assertThat(clock.get("state").asText()).isEqualTo("RUNNING");
            assertThat(clock.get("deadline").get("lastDay").asText()).isEqualTo("2027-01-25");
        });
    }

    @Test
    void organisationsInvitedToHelpTheMediationAreOnItsRecord() {
        // Order 81 art. 68: organisations or persons may be invited to help
        UUID caseId = filedOwnershipMediation(Map.of("sessionStartsAt", "2026-11-27T14:00:00+08:00", "place",
                "渝北区知识产权局调解室", "helpers", "重庆市知识产权纠纷人民调解委员会"));

        assertThat(as(COMPLAINANT).get("/api/cases/" + caseId)
            .json()
            .get("mediation")
            .get("mediation")
            .get("helpers")
            .asText()).isEqualTo("重庆市知识产权纠纷人民调解委员会");
    }

    private UUID filedOwnershipMediation(Map<String, Object> filing) {
        UUID caseId = UUID.fromString(fileStandalone("OWNERSHIP", List.of()).json().get("id").asText());
        Api officer = as(OFFICER_YUBEI);
        completeOnly(officer, caseId, Map.of());
        noticeServed(caseId);
        assertThat(opinion(RESPONDENT, caseId, true).status()).isEqualTo(201);
        completeOnly(officer, caseId, filing);
        return caseId;
    }

    @Test
    void damagesMediationOfItsOwnAttachesTheDecisionAndAnInfringementDisputeIsAdjudicatedInstead() {
        Api.Response withoutDecision = fileStandalone("DAMAGES", List.of());
        assertThat(withoutDecision.status()).isEqualTo(400);
        assertThat(withoutDecision.json().get("errors").findValuesAsText("field")).contains("files");
        Api.Response infringement = fileStandalone("INFRINGEMENT", List.of());
        assertThat(infringement.json().get("errors").findValuesAsText("field")).contains("subject");

        Api.Response damages = fileStandalone("DAMAGES", List.of(EvidenceFiles.pdf(dir, "处理决定书.pdf")));
        assertThat(damages.status()).isEqualTo(201);
    }

    @Test
    void settingsAreReadByAdministratorsOnly() {
        assertThat(as(ADMIN).get("/api/admin/settings/mediation").json().get("casePeriodMonths").asInt()).isEqualTo(2);
        assertThat(as(ADMIN).get("/api/admin/settings/adjudication").json().get("hearingRooms")).hasSize(3);
        assertThat(as(OFFICER_YUBEI).get("/api/admin/settings/mediation").status()).isEqualTo(403);
        assertThat(as(OFFICER_YUBEI).get("/api/adjudication/hearing-rooms").json().get("rooms")).hasSize(3);
    }

    private Api.Response fileStandalone(String subject, List<Path> files) {
        Map<String, Object> filing = Filings.valid("yubei");
        Map<String, Object> request = new HashMap<>();
        request.put("officeId", "yubei");
        request.put("requester", filing.get("requester"));
        request.put("respondent", filing.get("respondent"));
        request.put("patent", filing.get("patent"));
        request.put("subject", subject);
        request.put("request", "请求就职务发明报酬进行调解。");
        return as(COMPLAINANT).postMultipart("/api/cases/mediation-requests", "request", request, "files", files);
    }

    private void completeOnly(Api officer, UUID caseId, Map<String, Object> values) {
        JsonNode task = officer.get("/api/cases/" + caseId).json().get("openTasks").get(0);
        String id = task.get("taskId").asText();
        officer.post("/api/inbox/tasks/" + id + "/claim");
        Api.Response done = officer.postJson("/api/inbox/tasks/" + id + "/complete", values);
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }

    @Autowired
    org.camunda.bpm.engine.ManagementService management;

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    private void runSessionTimer(UUID caseId) {
        String pi = runtime.createProcessInstanceQuery()
            .processInstanceBusinessKey(caseId.toString())
            .singleResult()
            .getId();
        management.executeJob(management.createJobQuery()
            .processInstanceId(pi)
            .activityId("Event_SessionDay")
            .singleResult()
            .getId());
    }

}
