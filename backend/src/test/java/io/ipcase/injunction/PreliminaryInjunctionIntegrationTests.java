package io.ipcase.injunction;

import static io.ipcase.support.StepFormViews.field;
import static io.ipcase.support.TestUsers.ADMIN;
import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OFFICER_YUZHONG;
import static io.ipcase.support.TestUsers.OTHER_COMPLAINANT;
import static io.ipcase.support.TestUsers.OTHER_RESPONDENT;
import static io.ipcase.support.TestUsers.RESPONDENT;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import io.ipcase.support.PostgresIntegrationTests;
import io.ipcase.support.Rows;
import io.ipcase.support.StepFormViews;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Chongqing's preliminary injunction over HTTP on PostgreSQL: the application, the review
 * in hours, the supervisor's approval, service, the objection, the link to the
 * adjudication both ways, every way it is lifted, and who may see it. Periods are the
 * settings' defaults (domain/README.md).
 */
class PreliminaryInjunctionIntegrationTests extends PostgresIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ManagementService management;

    @Autowired
    CaseDrivers drivers;

    @TempDir
    Path dir;

    /**
     * Each test's respondent trades under a name of its own, so an adjudication filed in
     * one test never follows an injunction another test left in force (the link matches
     * on the parties).
     */
    private final String respondentName = "重庆展销有限公司" + UUID.randomUUID().toString().substring(0, 8);

    // ------------------------------------------------------------------ the application

    @Test
    void reviewClockRunsFortyEightHoursFromACompleteApplication() {
        String id = apply(COMPLAINANT, application());

        JsonNode page = view(OFFICER_YUBEI, id);
        assertThat(page.get("caseType").asText()).isEqualTo("PRELIMINARY_INJUNCTION");
        assertThat(page.get("caseNumber").asText()).contains("禁");
        assertThat(page.get("stage").asText()).isEqualTo("INJUNCTION_REVIEW");
        // filed Mon 23 Nov 09:00 in Chongqing: the review runs out Wed 25 Nov 09:00
        assertThat(instant(page.get("injunction").get("reviewExpiresAt")))
            .isEqualTo(Instant.parse("2026-11-25T01:00:00Z"));
        JsonNode task = page.get("openTasks").get(0);
        assertThat(task.get("taskKey").asText()).isEqualTo("Task_ReviewApplication");
        assertThat(instant(task.get("dueAt"))).isEqualTo(Instant.parse("2026-11-25T00:59:59Z"));
        assertThat(page.get("injunction").get("injunction").get("startedBy").asText()).isEqualTo("APPLICATION");
        assertThat(count("select count(*) from documents where case_id = :id::uuid and kind = 'EVALUATION_REPORT'", id))
            .isEqualTo(1);
        assertThat(count("select count(*) from documents where case_id = :id::uuid and kind = 'EVIDENCE'", id))
            .isEqualTo(1);
        assertThat(count(
                "select count(*) from audit_events where case_id = :id::uuid and action = 'INJUNCTION_APPLIED'", id))
            .isEqualTo(1);
    }

    @Test
    void aFaultyApplicationGetsAProblemPerFieldAndChangesNothing() {
        Map<String, Object> application = application();
        application.put("actsToStop", " ");
        application.put("urgency", null);
        application.put("platformName", "某电商平台");
        var before = Rows.count(jdbc);

        Api.Response response = as(COMPLAINANT).postMultipart("/api/cases/preliminary-injunctions",
                parts(application, List.of(), false));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(fields(response)).contains("actsToStop", "urgency", "evidence", "evaluationReport", "listingUrl");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void anOfficerStartsAnInjunctionOfTheOfficesOwnMotionButOnlyForTheirOwnOffice() {
        Map<String, Object> application = application();
        String id = apply(OFFICER_YUBEI, application);
        assertThat(view(OFFICER_YUBEI, id).get("injunction").get("injunction").get("startedBy").asText())
            .isEqualTo("OWN_MOTION");

        Map<String, Object> elsewhere = application();
        elsewhere.put("officeId", "yuzhong");
        Api.Response refused = as(OFFICER_YUBEI).postMultipart("/api/cases/preliminary-injunctions",
                parts(elsewhere, List.of(), true));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).contains("officeId");
    }

    @Test
    void anIncompleteApplicationRestartsTheReviewClockWhenTheSupplementArrives() {
        String id = apply(COMPLAINANT, application());
        complete(OFFICER_YUBEI, id, "Task_ReviewApplication", Map.of("decision", "SUPPLEMENT", "missingItems",
                List.of("专利登记簿副本"), "supplementDueDate", "2026-11-27"));
        assertThat(view(COMPLAINANT, id).get("stage").asText()).isEqualTo("INJUNCTION_AWAITING_SUPPLEMENT");
        assertThat(view(COMPLAINANT, id).get("injunction").get("steps")).extracting(JsonNode::asText)
            .containsExactly("SUPPLEMENT");

        clock.set(Instant.parse("2026-11-24T02:00:00Z"));
        MultiValueMap<String, Object> files = new LinkedMultiValueMap<>();
        files.add("files", new FileSystemResource(EvidenceFiles.pdf(dir, "登记簿副本.pdf")));
        Api.Response supplied = as(COMPLAINANT).postMultipart("/api/cases/" + id + "/injunction/supplement", files);

        assertThat(supplied.status()).as(supplied.toString()).isEqualTo(204);
        JsonNode page = view(OFFICER_YUBEI, id);
        assertThat(page.get("stage").asText()).isEqualTo("INJUNCTION_REVIEW");
        assertThat(instant(page.get("injunction").get("reviewExpiresAt")))
            .isEqualTo(Instant.parse("2026-11-26T02:00:00Z"));
    }

    @Test
    void aRefusalWithoutReasonsIsRefusedAndAnInjunctionIsRefusedWithThem() {
        String id = apply(COMPLAINANT, application());

        Api.Response bare = completeResponse(OFFICER_YUBEI, id, "Task_ReviewApplication", Map.of("decision", "REFUSE"));
        assertThat(bare.status()).isEqualTo(400);
        assertThat(fields(bare)).containsExactly("reasons");

        complete(OFFICER_YUBEI, id, "Task_ReviewApplication", Map.of("decision", "REFUSE", "reasons", "证据不足以证明侵权事实。"));
        assertThat(view(COMPLAINANT, id).get("stage").asText()).isEqualTo("INJUNCTION_REFUSED");
    }

    // ------------------------------------------------------------------ approval and
    // service

    @Test
    void theApprovedInjunctionIsServedOnTheRespondentWhoThenSeesItAndThePlatformIsNotified() {
        Map<String, Object> application = application();
        application.put("urgency", "ONLINE_CAMPAIGN");
        application.put("platformName", "某电商平台");
        application.put("listingUrl", "https://shop.example.cn/item/1");
        String id = apply(COMPLAINANT, application);
        complete(OFFICER_YUBEI, id, "Task_ReviewApplication", proposal());
        assertThat(view(OFFICER_YUBEI, id).get("openTasks").get(0).get("taskKey").asText())
            .isEqualTo("Task_ApproveInjunction");
        complete(SUPERVISOR_YUBEI, id, "Task_ApproveInjunction",
                Map.of("decision", "APPROVE", "serviceMethod", "PERSONAL"));

        JsonNode page = view(OFFICER_YUBEI, id);
        assertThat(page.get("stage").asText()).isEqualTo("INJUNCTION_ISSUED");
        assertThat(page.get("officialDocuments")).extracting(d -> d.get("templateKey").asText())
            .containsExactlyInAnyOrder("injunction-decision", "platform-notice");
        assertThat(as(RESPONDENT).get("/api/cases/" + id).status()).isEqualTo(404);

        serve(id, "2026-11-23");

        page = view(OFFICER_YUBEI, id);
        assertThat(page.get("stage").asText()).isEqualTo("INJUNCTION_IN_FORCE");
        // issued Mon 23 Nov: no adjudication request within 30 days and it lapses after
        // Wed 23 Dec
        assertThat(page.get("injunction").get("lapseLastDay").asText()).isEqualTo("2026-12-23");
        JsonNode seen = view(RESPONDENT, id);
        assertThat(seen.get("injunction").get("steps")).extracting(JsonNode::asText).containsExactly("OBJECT");
        assertThat(as(OTHER_RESPONDENT).get("/api/cases/" + id).status()).isEqualTo(404);
    }

    @Test
    void theSupervisorMayReturnTheProposalWithReasons() {
        String id = apply(COMPLAINANT, application());
        complete(OFFICER_YUBEI, id, "Task_ReviewApplication", proposal());

        Api.Response bare = completeResponse(SUPERVISOR_YUBEI, id, "Task_ApproveInjunction",
                Map.of("decision", "RETURN"));
        assertThat(bare.status()).isEqualTo(400);
        complete(SUPERVISOR_YUBEI, id, "Task_ApproveInjunction", Map.of("decision", "RETURN", "note", "请补充说明紧急情形。"));

        assertThat(view(OFFICER_YUBEI, id).get("openTasks").get(0).get("taskKey").asText())
            .isEqualTo("Task_ReviewApplication");
    }

    // ------------------------------------------------------------------ lifting

    @Test
    void injunctionLapsesWhenNoAdjudicationRequestFollowsWithinThirtyDays() {
        String id = inForce();

        management.executeJob(timer(id, "Event_LapsePeriodExpired").getId());
        assertThat(view(OFFICER_YUBEI, id).get("stage").asText()).isEqualTo("INJUNCTION_LIFTING");
        complete(OFFICER_YUBEI, id, "Task_LiftInjunction", Map.of("serviceMethod", "POSTAL"));

        JsonNode page = view(COMPLAINANT, id);
        assertThat(page.get("stage").asText()).isEqualTo("INJUNCTION_LIFTED");
        assertThat(page.get("injunction").get("injunction").get("liftReason").asText()).isEqualTo("LAPSED");
        assertThat(page.get("officialDocuments")).extracting(d -> d.get("templateKey").asText())
            .contains("lifting-decision");
    }

    @Test
    void objectionIsDecidedWithinTenDaysAndASustainedOneLiftsTheInjunction() {
        String id = inForce();
        Map<String, Object> objection = Map.of("grounds", "被控侵权产品未落入专利权保护范围。");
        assertThat(as(COMPLAINANT).postJson("/api/cases/" + id + "/injunction/objection", objection).status())
            .isEqualTo(403);

        Api.Response filed = as(RESPONDENT).postJson("/api/cases/" + id + "/injunction/objection", objection);

        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        JsonNode page = view(OFFICER_YUBEI, id);
        // received Mon 23 Nov: decided within 10 days, by Thu 3 Dec
        assertThat(page.get("injunction").get("objectionDueOn").asText()).isEqualTo("2026-12-03");
        JsonNode task = openTask(page, "Task_DecideObjection");
        assertThat(instant(task.get("dueAt"))).isEqualTo(Instant.parse("2026-12-03T15:59:59Z"));
        assertThat(as(RESPONDENT).postJson("/api/cases/" + id + "/injunction/objection", objection).status())
            .isEqualTo(409);

        complete(OFFICER_YUBEI, id, "Task_DecideObjection", Map.of("sustained", true, "reasons", "异议理由成立。"));

        page = view(OFFICER_YUBEI, id);
        assertThat(page.get("stage").asText()).isEqualTo("INJUNCTION_LIFTING");
        assertThat(page.get("officialDocuments")).extracting(d -> d.get("templateKey").asText())
            .contains("objection-decision");
    }

    @Test
    void aRejectedObjectionLeavesTheInjunctionInForce() {
        String id = inForce();
        as(RESPONDENT).postJson("/api/cases/" + id + "/injunction/objection", Map.of("grounds", "不构成侵权。"));

        complete(OFFICER_YUBEI, id, "Task_DecideObjection", Map.of("sustained", false, "reasons", "异议理由不能成立。"));

        assertThat(view(OFFICER_YUBEI, id).get("stage").asText()).isEqualTo("INJUNCTION_IN_FORCE");
    }

    @Test
    void injunctionIsLiftedWhenThePatentIsInvalidated() {
        String id = inForce();
        Map<String, Object> invalidation = Map.of("decisionNumber", "第56789号", "decidedOn", "2026-11-20");
        assertThat(
                as(RESPONDENT).postJson("/api/cases/" + id + "/injunction/patent-invalidation", invalidation).status())
            .isEqualTo(403);

        Api.Response recorded = as(OFFICER_YUBEI).postJson("/api/cases/" + id + "/injunction/patent-invalidation",
                invalidation);

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(204);
        complete(OFFICER_YUBEI, id, "Task_LiftInjunction", Map.of("serviceMethod", "POSTAL"));
        assertThat(view(OFFICER_YUBEI, id).get("injunction").get("injunction").get("liftReason").asText())
            .isEqualTo("PATENT_INVALIDATED");
    }

    // ------------------------------------------------------------------ the
    // adjudication, both ways

    @Test
    void injunctionStandsUntilTheAdjudicationDecisionClosesTheCase() {
        String id = inForce();

        CaseDriver adjudication = drivers.file(this::as, adjudicationFiling());

        JsonNode page = view(COMPLAINANT, id);
        assertThat(page.get("injunction").get("adjudication").get("id").asText())
            .isEqualTo(adjudication.caseId.toString());
        assertThat(page.get("injunction").has("lapseLastDay")).isFalse();
        assertThat(adjudication.view(COMPLAINANT).get("linkedInjunctions").get("injunctions"))
            .extracting(l -> l.get("id").asText())
            .containsExactly(id);

        decide(adjudication, true);

        assertThat(view(COMPLAINANT, id).get("stage").asText()).isEqualTo("INJUNCTION_SUPERSEDED");
    }

    @Test
    void injunctionIsLiftedWhenNoInfringementIsFound() {
        String id = inForce();
        CaseDriver adjudication = drivers.file(this::as, adjudicationFiling());

        decide(adjudication, false);

        JsonNode page = view(OFFICER_YUBEI, id);
        assertThat(page.get("stage").asText()).isEqualTo("INJUNCTION_LIFTING");
        complete(OFFICER_YUBEI, id, "Task_LiftInjunction", Map.of("serviceMethod", "POSTAL"));
        assertThat(view(OFFICER_YUBEI, id).get("injunction").get("injunction").get("liftReason").asText())
            .isEqualTo("NO_INFRINGEMENT");
    }

    @Test
    void anApplicationWithAnAdjudicationRequestIsLinkedFromTheStartAndNeverLapses() {
        CaseDriver adjudication = drivers.file(this::as, adjudicationFiling());
        Map<String, Object> application = application();
        application.put("adjudicationCaseId", adjudication.caseId.toString());
        String id = apply(COMPLAINANT, application);
        approveAndServe(id);

        JsonNode page = view(OFFICER_YUBEI, id);
        assertThat(page.get("stage").asText()).isEqualTo("INJUNCTION_IN_FORCE");
        assertThat(page.get("injunction").get("adjudication").get("caseNumber").asText()).contains("裁");
        assertThat(page.get("injunction").has("lapseLastDay")).isFalse();

        Map<String, Object> someoneElses = application();
        someoneElses.put("adjudicationCaseId", adjudication.caseId.toString());
        Api.Response refused = as(OTHER_COMPLAINANT).postMultipart("/api/cases/preliminary-injunctions",
                parts(someoneElses, List.of(EvidenceFiles.pdf(dir, "证据.pdf")), true));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).contains("adjudicationCaseId");
    }

    // ------------------------------------------------------------------ access

    @Test
    void onlyTheApplicantTheServedRespondentAndTheOfficeSeeAnInjunction() {
        String id = apply(COMPLAINANT, application());

        assertThat(as(COMPLAINANT).get("/api/cases/" + id).status()).isEqualTo(200);
        assertThat(as(OFFICER_YUBEI).get("/api/cases/" + id).status()).isEqualTo(200);
        assertThat(as(OTHER_COMPLAINANT).get("/api/cases/" + id).status()).isEqualTo(404);
        assertThat(as(OFFICER_YUZHONG).get("/api/cases/" + id).status()).isEqualTo(404);
        assertThat(as(RESPONDENT).get("/api/cases/" + id).status()).isEqualTo(404);
        assertThat(as(OTHER_COMPLAINANT).postJson("/api/cases/" + id + "/injunction/objection", Map.of("grounds", "x"))
            .status()).isEqualTo(404);
        assertThat(as(RESPONDENT)
            .postMultipart("/api/cases/preliminary-injunctions", parts(application(), List.of(), true))
            .status()).isEqualTo(403);
    }

    @Test
    void administratorsReadTheInjunctionSettingsAndNobodyElse() {
        Api.Response settings = as(ADMIN).get("/api/admin/settings/injunction");

        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.json().get("reviewHours").asInt()).isEqualTo(48);
        assertThat(settings.json().get("bondRequired").asBoolean()).isFalse();
        assertThat(settings.json().get("lapseDays").asInt()).isEqualTo(30);
        assertThat(settings.json().get("objectionDays").asInt()).isEqualTo(10);
        assertThat(as(SUPERVISOR_YUBEI).get("/api/admin/settings/injunction").status()).isEqualTo(403);
    }

    // ------------------------------------------------------------------ the forms of the
    // steps

    @Test
    void theReviewAsksForTheActsToStopOnlyWhenProposingAndTakesNoProposalWithoutThem() {
        String id = apply(COMPLAINANT, application());

        JsonNode form = form(OFFICER_YUBEI, id, "Task_ReviewApplication");

        assertThat(form.get("submitLabel").asText()).isEqualTo("提交审查意见");
        assertThat(field(form, "decision").get("choices")).extracting(c -> c.get("label").asText())
            .containsExactly("提请负责人批准发布禁令", "通知补正", "不予发布禁令");
        JsonNode stopOrder = field(form, "stopOrder");
        assertThat(stopOrder.get("label").asText()).isEqualTo("责令立即停止的行为");
        assertThat(stopOrder.get("required").asBoolean()).isTrue();
        assertThat(stopOrder.get("shownWhen").get(0).get("is")).extracting(JsonNode::asText).containsExactly("PROPOSE");
        assertThat(field(form, "missingItems").get("kind").asText()).isEqualTo("LINES");
        Api.Response bare = completeResponse(OFFICER_YUBEI, id, "Task_ReviewApplication",
                Map.of("decision", "PROPOSE"));
        assertThat(bare.status()).isEqualTo(400);
        assertThat(fields(bare)).containsExactly("stopOrder");
    }

    @Test
    void theApprovalAsksHowTheApprovedInjunctionIsToBeServed() {
        String id = apply(COMPLAINANT, application());
        complete(OFFICER_YUBEI, id, "Task_ReviewApplication", proposal());

        JsonNode serviceMethod = field(form(SUPERVISOR_YUBEI, id, "Task_ApproveInjunction"), "serviceMethod");

        assertThat(serviceMethod.get("label").asText()).isEqualTo("向被申请人送达的方式");
        assertThat(serviceMethod.get("kind").asText()).isEqualTo("SELECT");
        assertThat(serviceMethod.get("choices")).extracting(c -> c.get("label").asText()).contains("直接送达");
        Api.Response bare = completeResponse(SUPERVISOR_YUBEI, id, "Task_ApproveInjunction",
                Map.of("decision", "APPROVE"));
        assertThat(bare.status()).isEqualTo(400);
        assertThat(fields(bare)).containsExactly("serviceMethod");
    }

    // ------------------------------------------------------------------ the steps

    private Map<String, Object> application() {
        Map<String, Object> filing = adjudicationFiling();
        Map<String, Object> application = new HashMap<>();
        application.put("officeId", "yubei");
        application.put("requester", filing.get("requester"));
        application.put("respondent", filing.get("respondent"));
        application.put("patent", filing.get("patent"));
        application.put("actsToStop", "在第二十届重庆国际家具展上展出、许诺销售被控侵权的折叠椅。");
        application.put("facts", "被申请人将于11月28日开幕的展会上展出被控侵权产品，展期仅三天。");
        application.put("urgency", "TRADE_FAIR");
        application.put("urgencyDetails", "展会11月28日开幕。");
        return application;
    }

    /**
     * An adjudication request for the same dispute: the same parties, patent and office.
     */
    private Map<String, Object> adjudicationFiling() {
        Map<String, Object> filing = Filings.valid("yubei");
        Filings.part(filing, "respondent").put("name", respondentName);
        return filing;
    }

    /** The task's form as the server describes it, in Chinese. */
    private JsonNode form(String user, String id, String taskKey) {
        return StepFormViews.of(as(user), openTask(view(OFFICER_YUBEI, id), taskKey).get("taskId").asText());
    }

    private static Map<String, Object> proposal() {
        return Map.of("decision", "PROPOSE", "stopOrder", "立即停止在展会上展出、许诺销售被控侵权的折叠椅。");
    }

    private MultiValueMap<String, Object> parts(Map<String, Object> application, List<Path> evidence,
            boolean evaluationReport) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        parts.add("application", new HttpEntity<>(application, headers));
        for (Path file : evidence) {
            parts.add("evidence", new FileSystemResource(file));
        }
        if (evaluationReport) {
            parts.add("evaluationReport", new FileSystemResource(EvidenceFiles.pdf(dir, "评价报告.pdf")));
        }
        return parts;
    }

    private String apply(String user, Map<String, Object> application) {
        List<Path> evidence = new ArrayList<>(List.of(EvidenceFiles.pdf(dir, "公证书.pdf")));
        Api.Response filed = as(user).postMultipart("/api/cases/preliminary-injunctions",
                parts(application, evidence, true));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().get("id").asText();
    }

    private void approveAndServe(String id) {
        complete(OFFICER_YUBEI, id, "Task_ReviewApplication", proposal());
        complete(SUPERVISOR_YUBEI, id, "Task_ApproveInjunction",
                Map.of("decision", "APPROVE", "serviceMethod", "PERSONAL"));
        serve(id, "2026-11-23");
    }

    /** Applied for, approved and served on the respondent on Mon 23 Nov. */
    private String inForce() {
        String id = apply(COMPLAINANT, application());
        approveAndServe(id);
        return id;
    }

    private void serve(String id, String servedOn) {
        JsonNode decision = null;
        for (JsonNode d : view(OFFICER_YUBEI, id).get("officialDocuments")) {
            if (d.get("templateKey").asText().equals("injunction-decision")) {
                decision = d;
            }
        }
        assertThat(decision).isNotNull();
        Api.Response served = as(OFFICER_YUBEI).postJson(
                "/api/cases/" + id + "/official-documents/" + decision.get("id").asText() + "/services",
                Map.of("method", "PERSONAL", "servedOn", servedOn));
        assertThat(served.status()).as(served.toString()).isEqualTo(201);
    }

    /**
     * The adjudication of a repeat infringement goes straight to its decision (Order 81
     * art. 34).
     */
    private static void decide(CaseDriver adjudication, boolean infringement) {
        Map<String, Object> acceptance = CaseDriver.acceptance();
        acceptance.put("repeatInfringement", true);
        acceptance.put("earlierDecision", "渝北知裁〔2025〕3号");
        adjudication.done(OFFICER_YUBEI, "Task_ReviewAcceptance", acceptance);
        adjudication.decided(infringement, LocalDate.of(2026, 11, 24));
    }

    private JsonNode view(String user, String id) {
        Api.Response response = as(user).get("/api/cases/" + id);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode openTask(JsonNode page, String key) {
        for (JsonNode t : page.get("openTasks")) {
            if (t.get("taskKey").asText().equals(key)) {
                return t;
            }
        }
        throw new AssertionError("no open task " + key + " in " + page.get("openTasks"));
    }

    private Api.Response completeResponse(String user, String id, String taskKey, Map<String, Object> values) {
        String taskId = openTask(view(OFFICER_YUBEI, id), taskKey).get("taskId").asText();
        Api api = as(user);
        Api.Response claimed = api.post("/api/inbox/tasks/" + taskId + "/claim");
        assertThat(claimed.status()).as(claimed.toString()).isIn(204, 409);
        return api.postJson("/api/inbox/tasks/" + taskId + "/complete", values);
    }

    private void complete(String user, String id, String taskKey, Map<String, Object> values) {
        Api.Response done = completeResponse(user, id, taskKey, values);
        assertThat(done.status()).as(taskKey + ": " + done).isEqualTo(204);
    }

    private Job timer(String id, String activityId) {
        String pi = jdbc.sql("select process_instance_id from cases where id = :id::uuid")
            .param("id", id)
            .query(String.class)
            .single();
        return management.createJobQuery().processInstanceId(pi).activityId(activityId).timers().singleResult();
    }

    private long count(String sql, String id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    private static Instant instant(JsonNode node) {
        return OffsetDateTime.parse(node.asText()).toInstant();
    }

    private static List<String> fields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

}
