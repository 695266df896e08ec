package io.ipcase.adjudication;

import static io.ipcase.adjudication.CaseAcceptanceIntegrationTests.fields;
import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.RESPONDENT;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.Api;
import io.ipcase.support.EvidenceFiles;
import io.ipcase.support.Filings;
import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The handling of an accepted case (Order 81 art. 26–29, 36, 37, 47, 54; Patent Law art.
 * 66, 69): evidence, hearing, suspension, withdrawal and the case period. Today is Mon 23
 * Nov 2026.
 */
class CaseHandlingIntegrationTests extends PostgresIntegrationTests {

    static final LocalDate SERVED = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    @Autowired
    CaseDrivers drivers;

    private CaseDriver inEvidence() {
        return drivers.file(this::as, CaseDriver.filing()).served(SERVED).answerPeriodOver();
    }

    @Test
    void evidencePeriodIsAtLeastFifteenDaysAndAllowsOnlyTheInvestigationsADisputeAllows() {
        CaseDriver c = inEvidence();

        Api.Response tooShort = c.complete(OFFICER_YUBEI, "Task_PlanEvidence",
                Map.of("evidenceDays", 14, "measures", List.of("QUESTIONING"), "evaluationReportRequired", false));
        assertThat(fields(tooShort)).containsExactly("evidenceDays");
        assertThat(tooShort.json().get("errors").get(0).get("message").asText()).contains("十五日");
        Api.Response sealing = c.complete(OFFICER_YUBEI, "Task_PlanEvidence", Map.of("evidenceDays", 15, "measures",
                List.of("QUESTIONING", "SEALING"), "evaluationReportRequired", false));
        assertThat(fields(sealing)).containsExactly("measures");

        c.done(OFFICER_YUBEI, "Task_PlanEvidence", Map.of("evidenceDays", 15, "measures",
                List.of("QUESTIONING", "PRODUCT_INSPECTION"), "evaluationReportRequired", false));
        c.documentServed(AdjudicationDocuments.EVIDENCE_NOTICE, "REQUESTER", LocalDate.of(2026, 11, 23));
        c.documentServed(AdjudicationDocuments.EVIDENCE_NOTICE, "RESPONDENT", LocalDate.of(2026, 11, 23));

        JsonNode evidence = c.view(OFFICER_YUBEI).get("evidence");
        assertThat(evidence.get("period").get("lastDay").asText()).isEqualTo("2026-12-08");
        assertThat(evidence.get("measures")).extracting(JsonNode::asText)
            .containsExactly("QUESTIONING", "PRODUCT_INSPECTION");
        assertThat(c.task("Task_RecordInvestigation").get("dueAt").asText()).isEqualTo("2026-12-08T23:59:59+08:00");
        assertThat(c.timer("Event_EvidencePeriodExpired").getDuedate().toInstant())
            .isEqualTo(OffsetDateTime.parse("2026-12-09T00:00:00+08:00").toInstant());
    }

    @Test
    void evaluationReportIsForUtilityModelsAndDesignsOnly() {
        Map<String, Object> filing = Filings.valid("yubei");
        Filings.part(filing, "patent").putAll(Map.of("number", "ZL202310123456.6", "type", "INVENTION"));
        CaseDriver c = drivers.file(this::as, filing).served(SERVED).answerPeriodOver();

        Api.Response response = c.complete(OFFICER_YUBEI, "Task_PlanEvidence",
                Map.of("evidenceDays", 15, "measures", List.of(), "evaluationReportRequired", true));

        assertThat(fields(response)).containsExactly("evaluationReportRequired");
    }

    @Test
    void requesterFilesTheEvaluationReportThePanelAskedForAndThePanelReadsIt() {
        CaseDriver c = inEvidence();
        c.done(OFFICER_YUBEI, "Task_PlanEvidence",
                Map.of("evidenceDays", 15, "measures", List.of(), "evaluationReportRequired", true));
        c.documentServed(AdjudicationDocuments.EVIDENCE_NOTICE, "REQUESTER", LocalDate.of(2026, 11, 23));
        c.documentServed(AdjudicationDocuments.EVIDENCE_NOTICE, "RESPONDENT", LocalDate.of(2026, 11, 23));
        assertThat(RespondentPortalIntegrationTests.steps(c.view(COMPLAINANT))).contains("EVALUATION_REPORT");
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("files", new FileSystemResource(EvidenceFiles.pdf(dir, "评价报告.pdf")));
        assertThat(as(RESPONDENT).postMultipart("/api/cases/" + c.caseId + "/evaluation-report", parts).status())
            .isEqualTo(403);

        assertThat(as(COMPLAINANT).postMultipart("/api/cases/" + c.caseId + "/evaluation-report", parts).status())
            .isEqualTo(201);

        assertThat(fields(c.complete(OFFICER_YUBEI, "Task_ReviewEvaluationReport", Map.of())))
            .containsExactly("conclusion");
        c.done(OFFICER_YUBEI, "Task_ReviewEvaluationReport", Map.of("conclusion", "NO_DEFECT"));
        assertThat(c.view(COMPLAINANT).get("evidence").get("evaluationReportConclusion").asText())
            .isEqualTo("NO_DEFECT");
    }

    @Test
    void investigationRecordUnsignedByThePartiesNotesTheirRefusal() {
        CaseDriver c = inEvidence().evidencePlanned(LocalDate.of(2026, 12, 8));
        Map<String, Object> record = new HashMap<>(Map.of("measure", "SITE_INSPECTION", "carriedOutOn", "2026-11-23",
                "place", "重庆市渝北区回兴街道2号", "findings", "现场陈列被控侵权折叠椅12把。", "signedByParties", false));

        Api.Response unsigned = c.complete(OFFICER_YUBEI, "Task_RecordInvestigation",
                Map.of("records", List.of(record)));
        assertThat(fields(unsigned)).containsExactly("records[0].refusalNote");

        record.put("refusalNote", "被请求人拒绝签名。");
        c.done(OFFICER_YUBEI, "Task_RecordInvestigation", Map.of("records", List.of(record)));
        assertThat(c.view(OFFICER_YUBEI).get("evidence").get("investigations").get(0).get("refusalNote").asText())
            .isEqualTo("被请求人拒绝签名。");
        assertThat(c.view(COMPLAINANT).get("evidence").get("investigations")).as("the office's record").isEmpty();
    }

    @Test
    void evidencePeriodExtendedOnAPartysApplicationMovesItsTimer() {
        CaseDriver c = inEvidence().evidencePlanned(LocalDate.of(2026, 12, 8));
        String path = "/api/cases/" + c.caseId + "/evidence-period/extensions";
        Map<String, Object> extension = Map.of("newLastDay", "2026-12-18", "applicant", "RESPONDENT", "reasons",
                "需要从外地调取购货凭证。");

        assertThat(as(RESPONDENT).postJson(path, extension).status()).isEqualTo(403);
        assertThat(as(OFFICER_YUBEI).postJson(path, extension).status()).isEqualTo(201);

        assertThat(c.timer("Event_EvidencePeriodExpired").getDuedate().toInstant())
            .isEqualTo(OffsetDateTime.parse("2026-12-19T00:00:00+08:00").toInstant());
        assertThat(c.task("Task_RecordInvestigation").get("dueAt").asText()).isEqualTo("2026-12-18T23:59:59+08:00");
    }

    @Test
    void hearingNoticeMustReachThePartiesThreeWorkingDaysAheadOrTheHearingIsRescheduled() {
        CaseDriver c = inEvidence().evidencePlanned(LocalDate.of(2026, 12, 8)).evidenceClosed();
        Map<String, Object> hearing = new HashMap<>(Map.of("hearingHeld", true, "room", "CENTRAL_URBAN", "startsAt",
                "2026-11-25T09:30:00+08:00", "publicHearing", true));

        assertThat(fields(c.complete(OFFICER_YUBEI, "Task_ScheduleHearing", hearing))).containsExactly("startsAt");
        hearing.put("startsAt", "2026-11-26T09:30:00+08:00");
        hearing.put("room", "BASEMENT");
        assertThat(fields(c.complete(OFFICER_YUBEI, "Task_ScheduleHearing", hearing))).containsExactly("room");
        hearing.put("room", "CENTRAL_URBAN");
        hearing.put("publicHearing", false);
        assertThat(fields(c.complete(OFFICER_YUBEI, "Task_ScheduleHearing", hearing))).containsExactly("closedReason");
        hearing.put("publicHearing", true);
        c.done(OFFICER_YUBEI, "Task_ScheduleHearing", hearing);
        assertThat(c.stage()).isEqualTo("HEARING");
        assertThat(c.view(RESPONDENT).get("hearing").get("room").asText()).isEqualTo("CENTRAL_URBAN");

        c.hearingNoticeReceived(LocalDate.of(2026, 11, 23));
        assertThat(c.hasTask("Task_ScheduleHearing")).as("received in time").isFalse();
        c.hearingNoticeReceived(LocalDate.of(2026, 11, 24));

        assertThat(c.hasTask("Task_ScheduleHearing")).isTrue();
    }

    @Test
    void postponementAskedByAPartyIsDecidedWhenThePanelReschedules() {
        CaseDriver c = hearingScheduled();

        assertThat(as(RESPONDENT)
            .postJson("/api/cases/" + c.caseId + "/hearing-postponement-requests", Map.of("reasons", "代理人当日另有开庭。"))
            .status()).isEqualTo(201);

        Map<String, Object> again = new HashMap<>(Map.of("hearingHeld", true, "room", "ONLINE", "startsAt",
                "2026-12-03T09:30:00+08:00", "publicHearing", true));
        assertThat(fields(c.complete(OFFICER_YUBEI, "Task_ScheduleHearing", again))).containsExactly("postponement");
        again.put("postponement", "GRANT");
        c.done(OFFICER_YUBEI, "Task_ScheduleHearing", again);
        assertThat(c.view(COMPLAINANT).get("hearing").get("room").asText()).isEqualTo("ONLINE");
    }

    @Test
    void requesterAbsentFromTheHearingIsDeemedToWithdraw() {
        CaseDriver c = hearingScheduled();
        c.hearingNoticeServed(LocalDate.of(2026, 11, 23));
        c.runTimer("Event_HearingDay");

        c.done(OFFICER_YUBEI, "Task_RecordHearing", Map.of("requester", "ABSENT", "requesterExcuse", "NO_REASON_GIVEN",
                "respondent", "PRESENT", "minutes", "请求人经合法传唤无正当理由未到庭。"));

        assertThat(c.stage()).isEqualTo("WITHDRAWN");
        assertThat(c.view(COMPLAINANT).get("timeline"))
            .anySatisfy(e -> assertThat(e.get("action").asText()).isEqualTo("CASE_WITHDRAWN"));
    }

    @Test
    void respondentAbsentFromTheHearingIsDecidedInAbsence() {
        CaseDriver c = hearingScheduled();
        c.hearingNoticeServed(LocalDate.of(2026, 11, 23));
        c.runTimer("Event_HearingDay");

        c.done(OFFICER_YUBEI, "Task_RecordHearing", Map.of("requester", "PRESENT", "respondent", "ABSENT",
                "respondentExcuse", "NO_REASON_GIVEN", "minutes", "被请求人经合法传唤未到庭，缺席审理。"));
        c.done(OFFICER_YUBEI, "Task_DraftDecision",
                Map.of("outcome", "INFRINGEMENT_FOUND", "stopMeasures", List.of("SALE"), "reasoning", "缺席审理查明事实。",
                        "priorArtDefence", "NOT_RAISED", "seriousDishonesty", false));

        assertThat(c.view(OFFICER_YUBEI).get("decision").get("decidedInAbsence").asBoolean()).isTrue();
    }

    @Test
    void suspensionOnAMandatoryGroundCannotBeRefusedAndHoldsTheCaseAndItsPeriod() {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing()).accepted();
        assertThat(as(COMPLAINANT)
            .postJson("/api/cases/" + c.caseId + "/suspension-requests",
                    Map.of("ground", "FORCE_MAJEURE", "details", "洪水致被请求人厂区停产。"))
            .status()).isEqualTo(201);

        Api.Response refused = c.complete(OFFICER_YUBEI, "Task_DecideSuspension",
                Map.of("decision", "REFUSE", "refusalGround", "NO_NEED", "reasons", "无需中止。"));
        assertThat(fields(refused)).containsExactly("decision");
        c.done(OFFICER_YUBEI, "Task_DecideSuspension", Map.of("decision", "SUSPEND", "reasons", "不可抗力。"));

        assertThat(c.view(COMPLAINANT).get("suspension").get("active").asBoolean()).isTrue();
        assertThat(c.view(OFFICER_YUBEI).get("casePeriod").get("period").get("state").asText()).isEqualTo("PAUSED");
        Api.Response held = c.complete(OFFICER_YUBEI, "Task_ServeRequest", Map.of());
        assertThat(held.status()).isEqualTo(409);

        clock.advance(Duration.ofDays(10));
        c.done(OFFICER_YUBEI, "Task_ResumeCase", Map.of("note", "洪水退去，已复工。"));

        JsonNode period = c.view(OFFICER_YUBEI).get("casePeriod").get("period");
        assertThat(period.get("state").asText()).isEqualTo("RUNNING");
        // ten days suspended do not count (art. 37 ¶2): 23 Feb 2027 → Fri 5 Mar
        assertThat(period.get("lastDay").asText()).isEqualTo("2027-03-05");
        c.done(OFFICER_YUBEI, "Task_ServeRequest", Map.of());
    }

    @Test
    void suspensionOnAnotherGroundMayBeRefusedWhenThereIsNoNeed() {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing()).accepted();
        assertThat(as(OFFICER_YUBEI)
            .postJson("/api/cases/" + c.caseId + "/suspension-requests",
                    Map.of("ground", "OTHER", "details", "请求人申请等待另案结果。"))
            .status()).isEqualTo(201);

        assertThat(fields(c.complete(OFFICER_YUBEI, "Task_DecideSuspension",
                Map.of("decision", "REFUSE", "refusalGround", "INVENTION_PATENT", "reasons", "x"))))
            .containsExactly("refusalGround");
        c.done(OFFICER_YUBEI, "Task_DecideSuspension",
                Map.of("decision", "REFUSE", "refusalGround", "NO_NEED", "reasons", "另案结果不影响本案审理。"));

        assertThat(c.view(OFFICER_YUBEI).get("casePeriod").get("period").get("state").asText()).isEqualTo("RUNNING");
        assertThat(c.hasTask("Task_ServeRequest")).isTrue();
    }

    @Test
    void invalidationOfAnInventionPatentMayBeRefusedAsAGroundToSuspend() {
        // Order 81 art. 29(1): an invalidation pending against an invention patent need
        // not
        // suspend the case
        Map<String, Object> filing = Filings.valid("yubei");
        Filings.part(filing, "patent").putAll(Map.of("number", "ZL202310123456.6", "type", "INVENTION"));
        CaseDriver c = drivers.file(this::as, filing).served(SERVED);
        assertThat(as(RESPONDENT)
            .postJson("/api/cases/" + c.caseId + "/suspension-requests",
                    Map.of("ground", "INVALIDATION_ACCEPTED", "details", "国家知识产权局已受理对涉案专利的无效宣告请求。"))
            .status()).isEqualTo(201);

        assertThat(fields(c.complete(OFFICER_YUBEI, "Task_DecideSuspension",
                Map.of("decision", "REFUSE", "refusalGround", "EVALUATION_REPORT_NO_DEFECT", "reasons", "x"))))
            .as("an evaluation report is for utility models and designs")
            .containsExactly("refusalGround");
        c.done(OFFICER_YUBEI, "Task_DecideSuspension",
                Map.of("decision", "REFUSE", "refusalGround", "INVENTION_PATENT", "reasons", "涉案专利为发明专利，不中止处理。"));

        assertThat(c.view(OFFICER_YUBEI).get("casePeriod").get("period").get("state").asText()).isEqualTo("RUNNING");
    }

    @Test
    void invalidationOfAUtilityModelSuspendsTheCaseUnlessAGroundOfArticle29Applies() {
        // Order 81 art. 28(1): an invalidation of a utility model accepted by CNIPA
        // suspends
        // the case, save on the grounds of art. 29(2)-(4)
        CaseDriver c = drivers.file(this::as, CaseDriver.filing()).served(SERVED);
        assertThat(as(RESPONDENT)
            .postJson("/api/cases/" + c.caseId + "/suspension-requests",
                    Map.of("ground", "INVALIDATION_ACCEPTED", "details", "国家知识产权局已受理对涉案专利的无效宣告请求。"))
            .status()).isEqualTo(201);

        assertThat(fields(c.complete(OFFICER_YUBEI, "Task_DecideSuspension",
                Map.of("decision", "REFUSE", "refusalGround", "INVENTION_PATENT", "reasons", "x"))))
            .as("a utility model is no invention patent")
            .containsExactly("refusalGround");
        c.done(OFFICER_YUBEI, "Task_DecideSuspension", Map.of("decision", "REFUSE", "refusalGround",
                "EVALUATION_REPORT_NO_DEFECT", "reasons", "请求人提交的专利权评价报告未发现涉案专利存在缺陷。"));

        assertThat(c.view(OFFICER_YUBEI).get("casePeriod").get("period").get("state").asText()).isEqualTo("RUNNING");
        assertThat(c.hasTask("Task_DecideSuspension")).isFalse();
    }

    @Test
    void requesterWithdrawsTheRequestBeforeAcceptanceAtItsOwnWord() {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing());

        assertThat(
                as(COMPLAINANT).postJson("/api/cases/" + c.caseId + "/withdrawal-requests", Map.of("details", "双方已和解。"))
                    .status())
            .isEqualTo(201);

        assertThat(c.stage()).isEqualTo("WITHDRAWN");
        assertThat(c.view(OFFICER_YUBEI).get("openTasks")).isEmpty();
    }

    @Test
    void withdrawalAfterAcceptanceIsDecidedByThePanelAndOnlyTheRequesterMayAskForIt() {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing()).served(SERVED);
        String path = "/api/cases/" + c.caseId + "/withdrawal-requests";
        assertThat(as(RESPONDENT).postJson(path, Map.of("details", "请撤案。")).status()).isEqualTo(403);

        assertThat(as(COMPLAINANT).postJson(path, Map.of("details", "双方已和解。")).status()).isEqualTo(201);
        c.done(OFFICER_YUBEI, "Task_DecideWithdrawal", Map.of("decision", "WITHDRAW", "reasons", "请求人撤回请求。"));

        assertThat(c.stage()).isEqualTo("WITHDRAWN");
        assertThat(c.view(OFFICER_YUBEI).get("answer").get("period").get("state").asText()).isEqualTo("STOPPED");
    }

    @Test
    void casePeriodIsExtendedOnceByTheHeadAndOnceMoreByTheNextHigherDepartment() {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing()).accepted();
        String path = "/api/cases/" + c.caseId + "/case-period/extension-requests";
        assertThat(as(COMPLAINANT).postJson(path, Map.of("reasons", "x")).status()).isEqualTo(403);
        assertThat(as(OFFICER_YUBEI).postJson(path, Map.of("reasons", "需委托技术鉴定。")).status()).isEqualTo(201);

        assertThat(fields(c.complete(SUPERVISOR_YUBEI, "Task_ApproveCasePeriodExtension",
                Map.of("decision", "APPROVE", "level", "DEPARTMENT_HEAD", "months", 2))))
            .containsExactly("months");
        c.done(SUPERVISOR_YUBEI, "Task_ApproveCasePeriodExtension",
                Map.of("decision", "APPROVE", "level", "DEPARTMENT_HEAD", "months", 1));
        assertThat(c.view(OFFICER_YUBEI).get("casePeriod").get("period").get("lastDay").asText())
            .isEqualTo("2027-03-23");

        assertThat(as(OFFICER_YUBEI).postJson(path, Map.of("reasons", "案情特别复杂。")).status()).isEqualTo(201);
        assertThat(fields(c.complete(SUPERVISOR_YUBEI, "Task_ApproveCasePeriodExtension",
                Map.of("decision", "APPROVE", "level", "DEPARTMENT_HEAD", "months", 1))))
            .containsExactly("level");
        assertThat(fields(c.complete(SUPERVISOR_YUBEI, "Task_ApproveCasePeriodExtension",
                Map.of("decision", "APPROVE", "level", "NEXT_HIGHER_DEPARTMENT", "months", 2))))
            .containsExactlyInAnyOrder("approver", "approvalRef");
        c.done(SUPERVISOR_YUBEI, "Task_ApproveCasePeriodExtension", Map.of("decision", "APPROVE", "level",
                "NEXT_HIGHER_DEPARTMENT", "months", 2, "approver", "重庆市知识产权局", "approvalRef", "渝知函〔2026〕15号"));

        JsonNode casePeriod = c.view(OFFICER_YUBEI).get("casePeriod");
        // 23 Feb 2027 + 3 months → Sun 23 May → Mon 24 May
        assertThat(casePeriod.get("period").get("lastDay").asText()).isEqualTo("2027-05-24");
        assertThat(casePeriod.get("extensions")).extracting(e -> e.get("approver").asText())
            .containsExactly(SUPERVISOR_YUBEI, "重庆市知识产权局");
        assertThat(as(OFFICER_YUBEI).postJson(path, Map.of("reasons", "再延长。")).status()).isEqualTo(409);
    }

    @Test
    void casePeriodWarnsBeforeItRunsOutAndGoesToTheSupervisorWhenItDoes() {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing()).accepted();

        c.runTimer("Event_CasePeriodWarning");
        assertThat(c.view(OFFICER_YUBEI).get("timeline"))
            .anySatisfy(e -> assertThat(e.get("action").asText()).isEqualTo("CASE_PERIOD_WARNING"));
        c.runTimer("Event_CasePeriodExpired");

        c.done(SUPERVISOR_YUBEI, "Task_ReviewOverdueCase", Map.of("note", "责成合议组一周内提交裁决书草稿。"));
        assertThat(c.view(OFFICER_YUBEI).get("timeline"))
            .anySatisfy(e -> assertThat(e.get("action").asText()).isEqualTo("CASE_PERIOD_ESCALATION_REVIEWED"));
    }

    private CaseDriver hearingScheduled() {
        CaseDriver c = inEvidence().evidencePlanned(LocalDate.of(2026, 12, 8)).evidenceClosed();
        c.done(OFFICER_YUBEI, "Task_ScheduleHearing", Map.of("hearingHeld", true, "room", "NORTHEAST", "startsAt",
                "2026-11-30T09:30:00+08:00", "publicHearing", true));
        return c;
    }

}
