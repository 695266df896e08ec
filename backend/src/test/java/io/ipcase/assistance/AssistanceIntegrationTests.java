package io.ipcase.assistance;

import static io.ipcase.support.StepFormViews.field;
import static io.ipcase.support.TestUsers.ADMIN;
import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OFFICER_YUZHONG;
import static io.ipcase.support.TestUsers.OTHER_COMPLAINANT;
import static io.ipcase.support.TestUsers.RESPONDENT;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.Api;
import io.ipcase.support.EvidenceFiles;
import io.ipcase.support.Filings;
import io.ipcase.support.PostgresIntegrationTests;
import io.ipcase.support.Rows;
import io.ipcase.support.StepFormViews;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
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
 * Rights-protection assistance over HTTP on PostgreSQL: the application, the review in
 * working days, the supplement and the refusal with their periods, the appeal, the
 * assignment from the pool, the assistance, the referrals into mediation and adjudication
 * linked both ways, the rating, the pool's administration, and who may see what. Periods
 * are the settings' defaults (domain/README.md).
 */
class AssistanceIntegrationTests extends PostgresIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @TempDir
    Path dir;

    // ------------------------------------------------------------------ the application

    @Test
    void reviewIsDueFifteenWorkingDaysAfterTheApplication() {
        String id = apply(COMPLAINANT, application(false));

        JsonNode page = view(OFFICER_YUBEI, id);
        assertThat(page.get("caseType").asText()).isEqualTo("ASSISTANCE");
        assertThat(page.get("caseNumber").asText()).contains("援");
        assertThat(page.get("stage").asText()).isEqualTo("ASSISTANCE_REVIEW");
        JsonNode task = openTask(page, "Task_ReviewApplication");
        // applied Mon 23 Nov 2026: 15 working days from Tue 24 Nov end on Mon 14 Dec
        assertThat(instant(task.get("dueAt"))).isEqualTo(Instant.parse("2026-12-14T15:59:59Z"));
        assertThat(page.get("assistance").get("reviewDueOn").asText()).isEqualTo("2026-12-14");
        assertThat(count("select count(*) from documents where case_id = :id::uuid and kind = 'EVIDENCE'", id))
            .isEqualTo(1);
        assertThat(count(
                "select count(*) from audit_events where case_id = :id::uuid and action = 'ASSISTANCE_APPLIED'", id))
            .isEqualTo(1);
    }

    @Test
    void aFaultyApplicationGetsAProblemPerFieldAndChangesNothing() {
        Map<String, Object> application = application(false);
        application.put("matter", " ");
        application.put("field", null);
        application.put("helpWanted", List.of());
        Filings.part(application, "applicant").put("idNumber", "");
        var before = Rows.count(jdbc);

        Api.Response response = as(COMPLAINANT).postMultipart("/api/cases/assistance-requests", parts(application));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(fields(response)).contains("matter", "field", "helpWanted", "applicant.idNumber");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void onlyAComplainantAppliesInThePortal() {
        Api.Response response = as(OFFICER_YUBEI).postMultipart("/api/cases/assistance-requests",
                parts(application(false)));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void smallAndMicroFirmsAreReviewedFirst() {
        String ordinary = apply(COMPLAINANT, application(false));
        String smallFirm = apply(COMPLAINANT, application(true));

        int ordinaryPriority = tasks.createTaskQuery()
            .processInstanceBusinessKey(ordinary)
            .singleResult()
            .getPriority();
        int smallFirmPriority = tasks.createTaskQuery()
            .processInstanceBusinessKey(smallFirm)
            .singleResult()
            .getPriority();
        assertThat(smallFirmPriority).isGreaterThan(ordinaryPriority);
        assertThat(view(OFFICER_YUBEI, smallFirm).get("assistance").get("request").get("smallOrMicroFirm").asBoolean())
            .isTrue();
    }

    // ------------------------------------------------------------------ supplement,
    // refusal and appeal

    @Test
    void applicationIsDeemedWithdrawnWhenTheSupplementIsLateBySevenWorkingDays() {
        String id = apply(COMPLAINANT, application(false));
        complete(OFFICER_YUBEI, id, "Task_ReviewApplication",
                Map.of("decision", "SUPPLEMENT", "missingItems", List.of("营业执照副本")));

        JsonNode page = view(COMPLAINANT, id);
        assertThat(page.get("stage").asText()).isEqualTo("ASSISTANCE_AWAITING_SUPPLEMENT");
        assertThat(page.get("assistance").get("supplementDueOn").asText()).isEqualTo("2026-12-02");
        assertThat(page.get("assistance").get("steps")).extracting(JsonNode::asText).containsExactly("SUPPLEMENT");
        assertThat(templates(id)).contains("assistance-supplement");
        Job timer = timer(id, "Event_SupplementPeriodExpired");
        assertThat(timer.getDuedate().toInstant()).isEqualTo(Instant.parse("2026-12-02T16:00:00Z"));

        management.executeJob(timer.getId());

        assertThat(view(COMPLAINANT, id).get("stage").asText()).isEqualTo("ASSISTANCE_WITHDRAWN");
    }

    @Test
    void aSupplementInTimeStartsTheReviewAgain() {
        String id = apply(COMPLAINANT, application(false));
        complete(OFFICER_YUBEI, id, "Task_ReviewApplication",
                Map.of("decision", "SUPPLEMENT", "missingItems", List.of("营业执照副本")));
        assertThat(as(OTHER_COMPLAINANT).postMultipart("/api/cases/" + id + "/assistance/supplement", files()).status())
            .isEqualTo(404);

        clock.set(Instant.parse("2026-11-27T02:00:00Z"));
        Api.Response supplied = as(COMPLAINANT).postMultipart("/api/cases/" + id + "/assistance/supplement", files());

        assertThat(supplied.status()).as(supplied.toString()).isEqualTo(204);
        JsonNode page = view(OFFICER_YUBEI, id);
        assertThat(page.get("stage").asText()).isEqualTo("ASSISTANCE_REVIEW");
        // supplied Fri 27 Nov: 15 working days from Mon 30 Nov end on Fri 18 Dec
        assertThat(page.get("assistance").get("reviewDueOn").asText()).isEqualTo("2026-12-18");
        assertThat(timer(id, "Event_SupplementPeriodExpired")).isNull();
    }

    @Test
    void refusalCanBeAppealedWithinSevenWorkingDays() {
        String id = apply(COMPLAINANT, application(false));
        Api.Response bare = completeResponse(OFFICER_YUBEI, id, "Task_ReviewApplication", Map.of("decision", "REFUSE"));
        assertThat(bare.status()).isEqualTo(400);
        assertThat(fields(bare)).containsExactly("reasons");

        complete(OFFICER_YUBEI, id, "Task_ReviewApplication", Map.of("decision", "REFUSE", "reasons", "申请事项不属于援助范围。"));
        JsonNode page = view(COMPLAINANT, id);
        assertThat(page.get("stage").asText()).isEqualTo("ASSISTANCE_REFUSED");
        assertThat(page.get("assistance").get("appealDueOn").asText()).isEqualTo("2026-12-02");
        assertThat(templates(id)).contains("assistance-refusal");
        assertThat(timer(id, "Event_AppealPeriodExpired").getDuedate().toInstant())
            .isEqualTo(Instant.parse("2026-12-02T16:00:00Z"));
        assertThat(as(OTHER_COMPLAINANT).postJson("/api/cases/" + id + "/assistance/appeal", Map.of("grounds", "x"))
            .status()).isEqualTo(404);

        Api.Response appealed = as(COMPLAINANT).postJson("/api/cases/" + id + "/assistance/appeal",
                Map.of("grounds", "本公司为小微企业，申请事项属于专利侵权纠纷。"));
        assertThat(appealed.status()).as(appealed.toString()).isEqualTo(204);
        assertThat(view(OFFICER_YUBEI, id).get("stage").asText()).isEqualTo("ASSISTANCE_APPEAL");

        complete(SUPERVISOR_YUBEI, id, "Task_DecideAppeal", Map.of("allowed", true, "reasons", "申诉理由成立。"));

        page = view(COMPLAINANT, id);
        assertThat(page.get("stage").asText()).isEqualTo("ASSISTANCE_ACCEPTED");
        assertThat(templates(id)).contains("assistance-acceptance");
    }

    @Test
    void refusalStandsWhenNoAppealComesInTime() {
        String id = apply(COMPLAINANT, application(false));
        complete(OFFICER_YUBEI, id, "Task_ReviewApplication", Map.of("decision", "REFUSE", "reasons", "不属于援助范围。"));

        management.executeJob(timer(id, "Event_AppealPeriodExpired").getId());

        Api.Response late = as(COMPLAINANT).postJson("/api/cases/" + id + "/assistance/appeal", Map.of("grounds", "x"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(processEnded(id)).isTrue();
    }

    // ------------------------------------------------------------------ assignment,
    // assistance, rating

    @Test
    void anAcceptedRequestIsAssignedFromItsDistrictsPoolAndTheApplicantRatesTheOpinion() {
        long yubeiExpert = addMember("EXPERT", "李专家" + suffix(), "MECHANICAL", "yubei");
        long yuzhongStation = addMember("WORKSTATION", "渝中工作站" + suffix(), "MECHANICAL", "yuzhong");
        String id = accepted();
        assertThat(templates(id)).contains("assistance-acceptance");

        String taskId = openTask(view(OFFICER_YUBEI, id), "Task_AssignExpert").get("taskId").asText();
        JsonNode offered = as(OFFICER_YUBEI).get("/api/assistance/tasks/" + taskId + "/pool").json();
        assertThat(ids(offered)).contains(yubeiExpert).doesNotContain(yuzhongStation);
        assertThat(as(OFFICER_YUZHONG).get("/api/assistance/tasks/" + taskId + "/pool").status()).isEqualTo(404);
        Api.Response elsewhere = completeResponse(OFFICER_YUBEI, id, "Task_AssignExpert",
                Map.of("poolMemberId", yuzhongStation));
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(fields(elsewhere)).containsExactly("poolMemberId");

        complete(OFFICER_YUBEI, id, "Task_AssignExpert", Map.of("poolMemberId", yubeiExpert));
        assertThat(view(OFFICER_YUBEI, id).get("stage").asText()).isEqualTo("ASSISTANCE_IN_PROGRESS");
        Api.Response noOpinion = completeResponse(OFFICER_YUBEI, id, "Task_ProvideAssistance",
                Map.of("kind", "REFERENCE_OPINION"));
        assertThat(fields(noOpinion)).containsExactly("opinion");
        complete(OFFICER_YUBEI, id, "Task_ProvideAssistance",
                Map.of("kind", "REFERENCE_OPINION", "opinion", "被控侵权产品落入权利要求1的保护范围。"));

        JsonNode page = view(COMPLAINANT, id);
        assertThat(page.get("stage").asText()).isEqualTo("ASSISTANCE_AWAITING_FEEDBACK");
        assertThat(page.get("assistance").get("request").get("assignedTo").asText()).startsWith("李专家");
        assertThat(templates(id)).contains("assistance-opinion");
        JsonNode mine = mine(COMPLAINANT, id);
        assertThat(mine.get("awaits")).extracting(JsonNode::asText).containsExactly("FEEDBACK");

        Api.Response outOfRange = as(COMPLAINANT).postJson("/api/cases/" + id + "/assistance/feedback",
                Map.of("rating", 6));
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(fields(outOfRange)).containsExactly("rating");
        Api.Response rated = as(COMPLAINANT).postJson("/api/cases/" + id + "/assistance/feedback",
                Map.of("rating", 5, "comment", "意见专业及时。"));
        assertThat(rated.status()).as(rated.toString()).isEqualTo(204);

        assertThat(view(COMPLAINANT, id).get("stage").asText()).isEqualTo("ASSISTANCE_CLOSED");
        assertThat(mine(COMPLAINANT, id).get("rating").asInt()).isEqualTo(5);
        assertThat(count("select count(*) from audit_events where case_id = :id::uuid and action = 'ASSISTANCE_RATED'",
                id))
            .isEqualTo(1);
    }

    @Test
    void aReferralIntoMediationStartsAMediationInTheApplicantsNameLinkedBothWays() {
        String id = assigned();
        String taskId = openTask(view(OFFICER_YUBEI, id), "Task_ProvideAssistance").get("taskId").asText();
        assertThat(as(OFFICER_YUBEI).post("/api/inbox/tasks/" + taskId + "/claim").status()).isEqualTo(204);
        var before = Rows.count(jdbc);
        Api.Response damages = completeResponse(OFFICER_YUBEI, id, "Task_ProvideAssistance",
                Map.of("kind", "REFER_MEDIATION", "mediationSubject", "DAMAGES"));
        assertThat(fields(damages)).containsExactly("mediationSubject");
        assertThat(Rows.count(jdbc)).isEqualTo(before);

        complete(OFFICER_YUBEI, id, "Task_ProvideAssistance",
                Map.of("kind", "REFER_MEDIATION", "mediationSubject", "OWNERSHIP"));

        JsonNode request = view(COMPLAINANT, id);
        JsonNode referred = request.get("assistance").get("referredCase");
        assertThat(referred.get("caseType").asText()).isEqualTo("MEDIATION");
        JsonNode mediation = view(COMPLAINANT, referred.get("id").asText());
        assertThat(mediation.get("stage").asText()).isNotEqualTo("FILED");
        assertThat(mediation.get("assistanceOrigin").get("assistanceCase").get("id").asText()).isEqualTo(id);
        assertThat(count("select count(*) from case_parties where case_id = :id::uuid and party_role = 'REQUESTER'"
                + " and username = 't.complainant'", referred.get("id").asText()))
            .isEqualTo(1);
        assertThat(request.get("stage").asText()).isEqualTo("ASSISTANCE_AWAITING_FEEDBACK");
        assertCarriedOver(id, referred.get("id").asText());
    }

    @Test
    void aReferralIntoAdjudicationFilesTheRequestWithTheDataCarriedOver() {
        String id = assigned();
        Api.Response noClaims = completeResponse(OFFICER_YUBEI, id, "Task_ProvideAssistance",
                Map.of("kind", "REFER_ADJUDICATION"));
        assertThat(fields(noClaims)).containsExactlyInAnyOrder("claims", "requestedMeasures");

        complete(OFFICER_YUBEI, id, "Task_ProvideAssistance",
                Map.of("kind", "REFER_ADJUDICATION", "claims", List.of(1, 3), "requestedMeasures", "责令被请求人立即停止侵权。"));

        JsonNode referred = view(OFFICER_YUBEI, id).get("assistance").get("referredCase");
        assertThat(referred.get("caseType").asText()).isEqualTo("INFRINGEMENT_ADJUDICATION");
        JsonNode adjudication = view(OFFICER_YUBEI, referred.get("id").asText());
        assertThat(openTask(adjudication, "Task_ReviewAcceptance")).isNotNull();
        assertThat(adjudication.get("factsAndReasons").asText()).isEqualTo(application(false).get("matter"));
        assertThat(adjudication.get("assistanceOrigin").get("assistanceCase").get("id").asText()).isEqualTo(id);
        assertCarriedOver(id, referred.get("id").asText());
    }

    /**
     * The applicant's files of the assistance request are the referred case's evidence,
     * byte for byte.
     */
    private void assertCarriedOver(String assistanceId, String referredId) {
        JsonNode given = view(COMPLAINANT, assistanceId).get("documents");
        JsonNode carried = view(COMPLAINANT, referredId).get("documents");
        assertThat(given).extracting(d -> d.get("fileName").asText()).containsExactly("营业执照.pdf");
        assertThat(carried).extracting(d -> d.get("fileName").asText()).containsExactly("营业执照.pdf");
        assertThat(carried.get(0).get("kind").asText()).isEqualTo("EVIDENCE");
        assertThat(content(referredId, carried.get(0))).isEqualTo(content(assistanceId, given.get(0)));
    }

    private byte[] content(String caseId, JsonNode document) {
        Api.Response download = as(COMPLAINANT)
            .get("/api/cases/" + caseId + "/documents/" + document.get("id").asText() + "/content");
        assertThat(download.status()).isEqualTo(200);
        return download.body();
    }

    // ------------------------------------------------------------------ who may see what

    @Test
    void theApplicantSeesTheirOwnRequestsOnly() {
        String id = apply(COMPLAINANT, application(false));

        assertThat(as(OTHER_COMPLAINANT).get("/api/cases/" + id).status()).isEqualTo(404);
        assertThat(ids(as(OTHER_COMPLAINANT).get("/api/assistance/mine").json(), "caseId")).doesNotContain(id);
        assertThat(mine(COMPLAINANT, id).get("stage").asText()).isEqualTo("ASSISTANCE_REVIEW");
        assertThat(as(OFFICER_YUBEI).get("/api/assistance/mine").status()).isEqualTo(403);
    }

    @Test
    void officersSeeTheirOfficesRequestsOnly() {
        String id = apply(COMPLAINANT, application(false));

        assertThat(as(OFFICER_YUBEI).get("/api/cases/" + id).status()).isEqualTo(200);
        assertThat(as(OFFICER_YUZHONG).get("/api/cases/" + id).status()).isEqualTo(404);
    }

    @Test
    void theOtherSideIsNotShownTheRequest() {
        String id = apply(COMPLAINANT, application(false));
        complete(OFFICER_YUBEI, id, "Task_ReviewApplication", Map.of("decision", "ACCEPT"));

        assertThat(as(RESPONDENT).get("/api/cases/" + id).status()).isEqualTo(404);
    }

    // ------------------------------------------------------------------ the pool and the
    // settings

    @Test
    void administratorsManageThePoolWithProblemsPerField() {
        Map<String, Object> faulty = new HashMap<>();
        faulty.put("name", " ");
        faulty.put("district", "nowhere");
        Api.Response bad = as(ADMIN).postJson("/api/admin/assistance-pool", faulty);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad)).contains("kind", "name", "field", "district");
        assertThat(as(OFFICER_YUBEI).postJson("/api/admin/assistance-pool", member("EXPERT", "x", "OTHER", "yubei"))
            .status()).isEqualTo(403);

        long id = addMember("WORKSTATION", "两江工作站" + suffix(), "ELECTRICAL", "yubei");
        Map<String, Object> changed = member("WORKSTATION", "两江新区工作站", "COMMUNICATIONS", "yubei");
        Api.Response updated = as(ADMIN).putJson("/api/admin/assistance-pool/" + id, changed);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("field").asText()).isEqualTo("COMMUNICATIONS");
        assertThat(as(ADMIN).delete("/api/admin/assistance-pool/" + id).status()).isEqualTo(204);

        JsonNode all = as(ADMIN).get("/api/admin/assistance-pool").json();
        JsonNode member = null;
        for (JsonNode m : all) {
            if (m.get("id").asLong() == id) {
                member = m;
            }
        }
        assertThat(member).isNotNull();
        assertThat(member.get("active").asBoolean()).isFalse();
        assertThat(count(
                "select count(*) from audit_events where action = 'ASSISTANCE_POOL_MEMBER_SAVED' and details like :id",
                id + " %"))
            .isEqualTo(3);
    }

    @Test
    void administratorsReadTheAssistanceSettings() {
        JsonNode settings = as(ADMIN).get("/api/admin/settings/assistance").json();

        assertThat(settings.get("reviewWorkingDays").asInt()).isEqualTo(15);
        assertThat(settings.get("supplementWorkingDays").asInt()).isEqualTo(7);
        assertThat(settings.get("appealWorkingDays").asInt()).isEqualTo(7);
        assertThat(as(OFFICER_YUBEI).get("/api/admin/settings/assistance").status()).isEqualTo(403);
    }

    // ------------------------------------------------------------------ helpers

    private Map<String, Object> application(boolean smallFirm) {
        Map<String, Object> filing = Filings.valid("yubei");
        Map<String, Object> application = new HashMap<>();
        application.put("officeId", "yubei");
        application.put("applicant", filing.get("requester"));
        application.put("otherSide", filing.get("respondent"));
        application.put("patent", filing.get("patent"));
        application.put("smallOrMicroFirm", smallFirm);
        application.put("field", "MECHANICAL");
        application.put("matter", "对方在网店销售与我方实用新型专利相同的折叠椅，希望获得侵权判定参考意见。");
        application.put("helpWanted", List.of("REFERENCE_OPINION", "EVIDENCE_GUIDANCE"));
        return application;
    }

    private MultiValueMap<String, Object> parts(Map<String, Object> application) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        parts.add("application", new HttpEntity<>(application, headers));
        parts.add("files", new FileSystemResource(EvidenceFiles.pdf(dir, "营业执照.pdf")));
        return parts;
    }

    // ------------------------------------------------------------------ the forms of the
    // steps

    @Test
    void theAssignmentOffersTheMembersOfTheRequestsDistrict() {
        String expert = "赵专家" + suffix();
        addMember("EXPERT", expert, "MECHANICAL", "yubei");
        String elsewhere = "渝中工作站" + suffix();
        addMember("WORKSTATION", elsewhere, "MECHANICAL", "yuzhong");
        String id = accepted();

        JsonNode member = field(form(OFFICER_YUBEI, id, "Task_AssignExpert"), "poolMemberId");

        assertThat(member.get("label").asText()).isEqualTo("援助专家或工作站");
        assertThat(member.get("kind").asText()).isEqualTo("SELECT");
        List<String> offered = new ArrayList<>();
        member.get("choices").forEach(c -> offered.add(c.get("label").asText()));
        assertThat(offered).contains(expert + "（援助专家，机械）").noneMatch(label -> label.startsWith(elsewhere));
    }

    @Test
    void theServiceOffersEachKindAsARadioButtonAndTakesTheClaimsOnePerLine() {
        String id = assigned();

        JsonNode form = form(OFFICER_YUBEI, id, "Task_ProvideAssistance");

        JsonNode kind = field(form, "kind");
        assertThat(kind.get("kind").asText()).isEqualTo("RADIO");
        assertThat(kind.get("choices")).extracting(c -> c.get("label").asText()).contains("侵权判定参考意见", "转介行政裁决");
        assertThat(field(form, "opinion").get("label").asText()).isEqualTo("援助意见");
        assertThat(field(form, "mediationSubject").get("choices")).extracting(c -> c.get("value").asText())
            .doesNotContain("INFRINGEMENT");
        assertThat(field(form, "claims").get("kind").asText()).isEqualTo("LINES");
        // the lines arrive as text, one claim number each
        complete(OFFICER_YUBEI, id, "Task_ProvideAssistance", Map.of("kind", "REFER_ADJUDICATION", "claims",
                List.of("1", "3"), "requestedMeasures", "责令被请求人立即停止侵权。"));
        String referred = view(OFFICER_YUBEI, id).get("assistance").get("referredCase").get("id").asText();
        assertThat(view(OFFICER_YUBEI, referred).get("claims")).extracting(JsonNode::asInt).containsExactly(1, 3);
    }

    /** The task's form as the server describes it, in Chinese. */
    private JsonNode form(String user, String id, String taskKey) {
        return StepFormViews.of(as(user), openTask(view(OFFICER_YUBEI, id), taskKey).get("taskId").asText());
    }

    private MultiValueMap<String, Object> files() {
        MultiValueMap<String, Object> files = new LinkedMultiValueMap<>();
        files.add("files", new FileSystemResource(EvidenceFiles.pdf(dir, "营业执照副本.pdf")));
        return files;
    }

    private String apply(String user, Map<String, Object> application) {
        Api.Response filed = as(user).postMultipart("/api/cases/assistance-requests", parts(application));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().get("id").asText();
    }

    private String accepted() {
        String id = apply(COMPLAINANT, application(false));
        complete(OFFICER_YUBEI, id, "Task_ReviewApplication", Map.of("decision", "ACCEPT"));
        return id;
    }

    private String assigned() {
        long expert = addMember("EXPERT", "王专家" + suffix(), "MECHANICAL", "yubei");
        String id = accepted();
        complete(OFFICER_YUBEI, id, "Task_AssignExpert", Map.of("poolMemberId", expert));
        return id;
    }

    private static Map<String, Object> member(String kind, String name, String field, String district) {
        return new HashMap<>(
                Map.of("kind", kind, "name", name, "field", field, "district", district, "contact", "023-67000000"));
    }

    private long addMember(String kind, String name, String field, String district) {
        Api.Response added = as(ADMIN).postJson("/api/admin/assistance-pool", member(kind, name, field, district));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private JsonNode mine(String user, String id) {
        for (JsonNode r : as(user).get("/api/assistance/mine").json()) {
            if (r.get("caseId").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("not among " + user + "'s requests: " + id);
    }

    private JsonNode view(String user, String id) {
        Api.Response response = as(user).get("/api/cases/" + id);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private List<String> templates(String id) {
        List<String> keys = new ArrayList<>();
        view(OFFICER_YUBEI, id).get("officialDocuments").forEach(d -> keys.add(d.get("templateKey").asText()));
        return keys;
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

    private String processInstance(String id) {
        return jdbc.sql("select process_instance_id from cases where id = :id::uuid")
            .param("id", id)
            .query(String.class)
            .single();
    }

    private Job timer(String id, String activityId) {
        return management.createJobQuery()
            .processInstanceId(processInstance(id))
            .activityId(activityId)
            .timers()
            .singleResult();
    }

    private boolean processEnded(String id) {
        return management.createJobQuery().processInstanceId(processInstance(id)).count() == 0
                && tasks.createTaskQuery().processInstanceId(processInstance(id)).count() == 0
                && view(OFFICER_YUBEI, id).get("stage").asText().equals("ASSISTANCE_REFUSED");
    }

    private long count(String sql, String id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    private static List<Long> ids(JsonNode members) {
        List<Long> ids = new ArrayList<>();
        members.forEach(m -> ids.add(m.get("id").asLong()));
        return ids;
    }

    private static List<String> ids(JsonNode rows, String field) {
        List<String> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.get(field).asText()));
        return ids;
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
