package io.ipcase.adjudication;

import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OTHER_OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OTHER_RESPONDENT;
import static io.ipcase.support.TestUsers.RESPONDENT;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static io.ipcase.support.TestUsers.THIRD_OFFICER_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.Api;
import io.ipcase.support.EvidenceFiles;
import io.ipcase.support.Filings;
import io.ipcase.support.IssuedDocuments;
import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The respondent in the portal (Order 81 art. 5, 9, 22): it sees the case once addressed,
 * answers within the period, objects to jurisdiction within it, asks for recusal.
 * Requests are received on Mon 23 Nov 2026 and served on the respondent on Tue 24 Nov.
 */
class RespondentPortalIntegrationTests extends PostgresIntegrationTests {

    static final LocalDate SERVED = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    @Autowired
    CaseDrivers drivers;

    @Test
    void respondentSeesTheCaseOnlyOnceTheOfficeHasAddressedItAndNobodyElseDoes() {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing()).accepted();
        assertThat(as(RESPONDENT).get("/api/cases/" + c.caseId).status()).isEqualTo(404);
        assertThat(caseIds(as(RESPONDENT).get("/api/cases?size=200").json())).doesNotContain(c.caseId.toString());

        c.done(OFFICER_YUBEI, "Task_ServeRequest", Map.of());

        assertThat(as(RESPONDENT).get("/api/cases/" + c.caseId).status()).isEqualTo(200);
        assertThat(caseIds(as(RESPONDENT).get("/api/cases?size=200").json())).contains(c.caseId.toString());
        assertThat(as(OTHER_RESPONDENT).get("/api/cases/" + c.caseId).status()).isEqualTo(404);
        assertThat(as(RESPONDENT).get("/api/inbox/tasks").status()).isEqualTo(403);
    }

    @Test
    void answerIsDueFifteenDaysFromReceiptAndForwardedToTheRequesterWithinFiveWorkingDays() {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing()).served(SERVED);
        JsonNode seen = c.view(RESPONDENT);
        // 24 Nov + 15 days → Wed 9 Dec
        assertThat(seen.get("answer").get("period").get("lastDay").asText()).isEqualTo("2026-12-09");
        assertThat(steps(seen)).contains("ANSWER", "JURISDICTION_OBJECTION", "RECUSAL");
        assertThat(seen.get("stage").asText()).isEqualTo("ANSWER_PERIOD");

        clock.set(Instant.parse("2026-12-01T01:00:00Z"));
        assertThat(answer(c, RESPONDENT).status()).isEqualTo(201);

        assertThat(c.view(COMPLAINANT).get("answer").hasNonNull("answer")).as("not forwarded yet").isFalse();
        assertThat(c.view(COMPLAINANT).get("documents"))
            .anySatisfy(d -> assertThat(d.get("kind").asText()).isEqualTo("ANSWER"));
        // answered Tue 1 Dec: forwarded within 5 working days → Tue 8 Dec
        assertThat(c.task("Task_ForwardAnswer").get("dueAt").asText()).isEqualTo("2026-12-08T23:59:59+08:00");
        c.done(OFFICER_YUBEI, "Task_ForwardAnswer", Map.of("forwardedOn", "2026-12-01"));

        assertThat(c.view(COMPLAINANT).get("answer").get("answer").asText()).contains("不构成侵权");
        assertThat(c.stage()).isEqualTo("EVIDENCE");
        assertThat(answer(c, RESPONDENT).status()).as("answered once").isEqualTo(409);
    }

    @Test
    void answerAfterThePeriodIsRefusedWithTheDayItEnded() {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing()).served(SERVED);
        clock.set(Instant.parse("2026-12-10T01:00:00Z"));

        Api.Response late = answer(c, RESPONDENT);

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asText()).contains("2026-12-09");
        assertThat(steps(c.view(RESPONDENT))).doesNotContain("ANSWER", "JURISDICTION_OBJECTION");
    }

    @Test
    void respondentWithoutDomicileInChinaHasThirtyDays() {
        Map<String, Object> filing = Filings.valid("yubei");
        Filings.part(filing, "respondent").put("domicileInChina", false);

        CaseDriver c = drivers.file(this::as, filing).served(SERVED);

        // 24 Nov + 30 days → Thu 24 Dec
        assertThat(c.view(OFFICER_YUBEI).get("answer").get("period").get("lastDay").asText()).isEqualTo("2026-12-24");
    }

    @Test
    void onlyTheRespondentAnswers() {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing()).served(SERVED);

        assertThat(answer(c, COMPLAINANT).status()).isEqualTo(403);
        assertThat(answer(c, OFFICER_YUBEI).status()).isEqualTo(403);
        assertThat(answer(c, OTHER_RESPONDENT).status()).isEqualTo(404);
    }

    @Test
    void answerWithoutTextChangesNothing() {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing()).served(SERVED);
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("answer", " ");

        Api.Response response = as(RESPONDENT).postMultipart("/api/cases/" + c.caseId + "/answer", parts);

        assertThat(response.status()).isEqualTo(400);
        assertThat(steps(c.view(RESPONDENT))).contains("ANSWER");
    }

    @Test
    void jurisdictionObjectionWithinTheAnswerPeriodPausesTheCasePeriodUntilDecidedWithinFiveWorkingDays() {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing()).served(SERVED);

        assertThat(object(c, RESPONDENT).status()).isEqualTo(201);

        assertThat(c.view(OFFICER_YUBEI).get("casePeriod").get("period").get("state").asText()).isEqualTo("PAUSED");
        assertThat(c.task("Task_DecideJurisdictionObjection").get("dueAt").asText())
            .isEqualTo("2026-11-30T23:59:59+08:00");
        assertThat(object(c, RESPONDENT).status()).as("one at a time").isEqualTo(409);
        clock.set(Instant.parse("2026-11-26T01:00:00Z"));
        c.done(OFFICER_YUBEI, "Task_DecideJurisdictionObjection",
                Map.of("decision", "REJECT", "reasons", "侵权行为地在渝北区，本局有管辖权。"));
        JsonNode period = c.view(OFFICER_YUBEI).get("casePeriod").get("period");
        assertThat(period.get("state").asText()).isEqualTo("RUNNING");
        // 3 days excluded (Order 81 art. 37 ¶2): 23 Feb 2027 → 26 Feb
        assertThat(period.get("lastDay").asText()).isEqualTo("2027-02-26");
        assertThat(c.view(RESPONDENT).get("jurisdictionObjections").get(0).get("decision").asText())
            .isEqualTo("REJECT");
    }

    @Test
    void jurisdictionObjectionAfterTheAnswerPeriodIsRefused() {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing()).served(SERVED);
        clock.set(Instant.parse("2026-12-10T01:00:00Z"));

        assertThat(object(c, RESPONDENT).status()).isEqualTo(409);
        assertThat(object(c, COMPLAINANT).status()).isEqualTo(403);
    }

    @Test
    void upheldJurisdictionObjectionNamesTheDepartmentAndWithdrawsTheCase() {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing()).served(SERVED);
        object(c, RESPONDENT);

        Api.Response unnamed = c.complete(OFFICER_YUBEI, "Task_DecideJurisdictionObjection",
                Map.of("decision", "TRANSFER", "reasons", "被请求人住所地及侵权行为地均在渝中区。"));
        assertThat(CaseAcceptanceIntegrationTests.fields(unnamed)).containsExactly("transferTo");
        c.done(OFFICER_YUBEI, "Task_DecideJurisdictionObjection",
                Map.of("decision", "TRANSFER", "transferTo", "重庆市渝中区知识产权局", "reasons", "被请求人住所地及侵权行为地均在渝中区。"));

        assertThat(c.stage()).isEqualTo("WITHDRAWN");
        assertThat(c.view(OFFICER_YUBEI).get("casePeriod").get("period").get("state").asText()).isEqualTo("STOPPED");
        // art. 36: the withdrawal decision tells both parties where the case goes
        JsonNode decision = IssuedDocuments.only(c.view(RESPONDENT), AdjudicationDocuments.WITHDRAWAL_DECISION);
        assertThat(IssuedDocuments.text(as(RESPONDENT), c.caseId, decision)).contains("管辖权异议", "移送重庆市渝中区知识产权局处理",
                "被请求人住所地及侵权行为地均在渝中区。", "决定撤销本案");
    }

    @Test
    void recusalAskedWithinThreeWorkingDaysIsDecidedByTheSupervisorWhoNamesAReplacement() {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing()).served(SERVED);
        String path = "/api/cases/" + c.caseId + "/recusal-requests";

        Api.Response late = as(RESPONDENT).postJson(path,
                Map.of("officer", OTHER_OFFICER_YUBEI, "grounds", "该执法人员与请求人有利害关系。", "groundKnownOn", "2026-11-17"));
        assertThat(CaseAcceptanceIntegrationTests.fields(late)).containsExactly("groundKnownOn");
        // the respondent names the member as its page does: by the reference beside the
        // name
        // (the tests' officers are named by their usernames)
        String ref = null;
        for (JsonNode member : c.view(RESPONDENT).get("panel")) {
            if (member.get("displayName").asText().equals(OTHER_OFFICER_YUBEI)) {
                ref = member.get("ref").asText();
            }
        }
        assertThat(ref).isNotNull().isNotEqualTo(OTHER_OFFICER_YUBEI);
        assertThat(as(RESPONDENT)
            .postJson(path, Map.of("officer", ref, "grounds", "该执法人员与请求人有利害关系。", "groundKnownOn", "2026-11-23"))
            .status()).isEqualTo(201);

        c.done(SUPERVISOR_YUBEI, "Task_DecideRecusal",
                Map.of("decision", "GRANT", "replacement", THIRD_OFFICER_YUBEI, "reasons", "回避申请成立。"));

        assertThat(c.view(OFFICER_YUBEI).get("panel")).extracting(m -> m.get("username").asText())
            .containsExactlyInAnyOrder(OFFICER_YUBEI, SUPERVISOR_YUBEI, THIRD_OFFICER_YUBEI);
        assertThat(c.view(RESPONDENT).get("panel")).extracting(m -> m.get("displayName").asText())
            .containsExactlyInAnyOrder(OFFICER_YUBEI, SUPERVISOR_YUBEI, THIRD_OFFICER_YUBEI);
        assertThat(c.view(RESPONDENT).get("panel")).allSatisfy(m -> assertThat(m.has("username")).isFalse());
    }

    private Api.Response answer(CaseDriver c, String user) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("answer", "被请求人销售的产品来源合法，且技术方案不同，不构成侵权。");
        parts.add("files", new FileSystemResource(EvidenceFiles.pdf(dir, "purchase-invoice.pdf")));
        return as(user).postMultipart("/api/cases/" + c.caseId + "/answer", parts);
    }

    private Api.Response object(CaseDriver c, String user) {
        return as(user).postJson("/api/cases/" + c.caseId + "/jurisdiction-objections",
                Map.of("grounds", "被请求人住所地和侵权行为地均不在渝北区。"));
    }

    static List<String> steps(JsonNode view) {
        List<String> steps = new ArrayList<>();
        if (view.has("availableSteps")) {
            view.get("availableSteps").get("steps").forEach(s -> steps.add(s.asText()));
        }
        return steps;
    }

    private static List<String> caseIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

}
