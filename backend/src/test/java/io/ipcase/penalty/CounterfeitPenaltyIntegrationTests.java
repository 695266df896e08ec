package io.ipcase.penalty;

import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OFFICER_YUZHONG;
import static io.ipcase.support.TestUsers.OTHER_OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.Api;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A counterfeit-patent case from the lead to the paid fine, and the rules along the way:
 * two handlers, the measures with their signatures, the ceiling of Patent Law art. 68 and
 * the office's bands, the rights before a decision (Admin. Penalty Law art. 44-45,
 * 63-65), legal review and collective discussion, service, payment with the late
 * surcharge, and publication.
 */
class CounterfeitPenaltyIntegrationTests extends PenaltyIntegrationTests {

    private String filedAndInvestigating(String unitPrice, int quantity) {
        String caseId = register(ownFinding());
        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveFiling", Map.of("outcome", "APPROVED"));
        assertThat(recordMeasure(caseId, "SITE_INSPECTION", List.of(OFFICER_YUBEI, OTHER_OFFICER_YUBEI)).status())
            .isEqualTo(201);
        recordSale(caseId, unitPrice, quantity);
        return caseId;
    }

    /**
     * Gains of 30,000.00 yuan (120.00 x 250), concluded for a penalty: the ceiling is
     * 250,000 yuan.
     */
    private String proposing() {
        String caseId = filedAndInvestigating("120.00", 250);
        work(OFFICER_YUBEI, caseId, "Task_Investigate", conclusion("PENALTY", false));
        return caseId;
    }

    private static Map<String, Object> proposal(String fine, String level) {
        return Map.of("fine", fine, "discretionLevel", level, "correction", "立即停止销售并除去产品上的专利标识。", "confiscateSeized",
                true, "complexOrMajor", false);
    }

    private String noticeServed(String fine, String level) {
        String caseId = proposing();
        work(OFFICER_YUBEI, caseId, "Task_ProposePenalty", proposal(fine, level));
        work(OFFICER_YUBEI, caseId, "Task_ServePenaltyNotice", Map.of("date", "2026-11-23", "method", "PERSONAL"));
        return caseId;
    }

    @Test
    void everyCaseNeedsTwoHandlersAndAnIncompleteLeadWritesNothing() {
        long before = jdbc.sql("select count(*) from cases").query(Long.class).single();
        Map<String, Object> lead = ownFinding();
        lead.put("handlers", List.of(OFFICER_YUBEI));

        Api.Response response = as(OFFICER_YUBEI).postJson("/api/penalty/cases", lead);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).contains("handlers");
        assertThat(message(response, "handlers")).contains("两名以上");
        assertThat(jdbc.sql("select count(*) from cases").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aHandlerMustBeAnOfficerOfTheOffice() {
        Map<String, Object> lead = ownFinding();
        lead.put("handlers", List.of(OFFICER_YUBEI, OFFICER_YUZHONG));

        Api.Response response = as(OFFICER_YUBEI).postJson("/api/penalty/cases", lead);

        assertThat(response.status()).isEqualTo(400);
        assertThat(message(response, "handlers")).contains(OFFICER_YUZHONG);
    }

    @Test
    void aLeadTheOfficeFoundItselfIsDueForFilingWithinFiveWorkingDays() {
        String caseId = register(ownFinding());

        JsonNode seen = caseView(OFFICER_YUBEI, caseId);
        assertThat(seen.get("caseNumber").asText()).startsWith("渝北知罚〔2026〕");
        assertThat(seen.get("caseType").asText()).isEqualTo("COUNTERFEIT_PENALTY");
        assertThat(seen.get("stage").asText()).isEqualTo("FILING_REVIEW");
        // CNIPA 2015 Measures art. 28: Mon 23 Nov + 5 working days
        assertThat(openTask(caseId, "Task_ApproveFiling").get("dueAt").asText()).isEqualTo("2026-11-30T23:59:59+08:00");
        assertThat(seen.get("clocks")).anySatisfy(c -> assertThat(c.get("key").asText()).isEqualTo("filing-decision"));
        assertThat(seen.get("penalty").get("handlers")).hasSize(2);
        assertThat(seen.get("parties").get(0).get("role").asText()).isEqualTo("PARTY");
    }

    @Test
    void officersOfAnotherOfficeAndThePublicDoNotSeeAPenaltyCase() {
        String caseId = register(ownFinding());

        assertThat(as(OFFICER_YUZHONG).get("/api/cases/" + caseId).status()).isEqualTo(404);
        assertThat(as(OFFICER_YUZHONG)
            .postJson("/api/penalty/cases/" + caseId + "/gains",
                    Map.of("kind", "FEE", "description", "x", "amount", "1.00"))
            .status()).isEqualTo(404);
        assertThat(as(COMPLAINANT).get("/api/cases/" + caseId).status()).isEqualTo(404);
        assertThat(as(COMPLAINANT).postJson("/api/penalty/cases", ownFinding()).status()).isEqualTo(403);
    }

    @Test
    void theSupervisorFilesTheCaseAndItsOneMonthCasePeriodStarts() {
        String caseId = register(ownFinding());

        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveFiling", Map.of("outcome", "APPROVED"));

        JsonNode seen = caseView(OFFICER_YUBEI, caseId);
        assertThat(seen.get("stage").asText()).isEqualTo("INVESTIGATION");
        JsonNode investigate = openTask(caseId, "Task_Investigate");
        assertThat(investigate.get("assignee").asText()).isEqualTo(OFFICER_YUBEI);
        // CNIPA 2015 Measures art. 36: one month from filing on Mon 23 Nov
        assertThat(investigate.get("dueAt").asText()).isEqualTo("2026-12-23T23:59:59+08:00");
    }

    @Test
    void aRefusedFilingEndsTheLeadWithoutACase() {
        String caseId = register(ownFinding());

        Api.Response noReasons = complete(SUPERVISOR_YUBEI, caseId, "Task_ApproveFiling", Map.of("outcome", "REFUSED"));
        assertThat(noReasons.status()).isEqualTo(400);
        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveFiling", Map.of("outcome", "REFUSED", "comments", "不构成假冒专利。"));

        assertThat(caseView(OFFICER_YUBEI, caseId).get("stage").asText()).isEqualTo("NOT_FILED");
    }

    @Test
    void everyMeasureIsRecordedWithTwoHandlersPresentAndItsFiles() {
        String caseId = register(ownFinding());
        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveFiling", Map.of("outcome", "APPROVED"));

        Api.Response alone = recordMeasure(caseId, "QUESTIONING", List.of(OFFICER_YUBEI));
        assertThat(alone.status()).isEqualTo(400);
        assertThat(fields(alone)).contains("officers");
        assertThat(recordMeasure(caseId, "QUESTIONING", List.of(OFFICER_YUBEI, OTHER_OFFICER_YUBEI)).status())
            .isEqualTo(201);

        JsonNode measure = penalty(caseId).get("measures").get(0);
        assertThat(measure.get("kind").asText()).isEqualTo("QUESTIONING");
        assertThat(measure.get("officers")).hasSize(2);
        assertThat(measure.get("documentIds")).hasSize(1);
        assertThat(caseView(OFFICER_YUBEI, caseId).get("documents"))
            .anySatisfy(d -> assertThat(d.get("kind").asText()).isEqualTo("INVESTIGATION"));
    }

    @Test
    void illegalGainsFromSalesArePriceTimesQuantityInExactDecimals() {
        String caseId = filedAndInvestigating("19.99", 3);
        as(OFFICER_YUBEI).postJson("/api/penalty/cases/" + caseId + "/gains",
                Map.of("kind", "FEE", "description", "加工费", "amount", "0.03"));

        assertThat(penalty(caseId).get("illegalGains").asText()).isEqualTo("60.00");
        assertThat(penalty(caseId).get("gains").get(0).get("amount").asText()).isEqualTo("59.97");
    }

    @Test
    void aFineAboveTheStatutoryCeilingIsRefusedWithTheCeilingNamed() {
        String caseId = proposing();

        Api.Response response = complete(OFFICER_YUBEI, caseId, "Task_ProposePenalty", proposal("250000.01", "HEAVY"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(message(response, "fine")).contains("250000.00").contains("30000.00").contains("第六十八条");
        assertThat(openTaskKeys(caseId)).contains("Task_ProposePenalty");
    }

    @Test
    void aFineOutsideTheBandOfItsLevelIsRefusedWithTheBand() {
        String caseId = proposing();

        Api.Response response = complete(OFFICER_YUBEI, caseId, "Task_ProposePenalty", proposal("10000", "NORMAL"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(message(response, "fine")).contains("75000.00").contains("175000.00");
    }

    @Test
    void theCeilingAndBandAreOfferedAsTheOfficerTypes() {
        JsonNode quote = as(OFFICER_YUBEI).get("/api/penalty/ceiling?illegalGains=50000.01&discretionLevel=LIGHT")
            .json();

        assertThat(quote.get("ceiling").asText()).isEqualTo("250000.05");
        assertThat(quote.get("gainsMultiple").asInt()).isEqualTo(5);
        assertThat(quote.get("rangeMin").asText()).isEqualTo("0.00");
        assertThat(quote.get("rangeMax").asText()).isEqualTo("75000.01");
    }

    @Test
    void theWholeCaseFromFilingToThePaidFineAndItsPublication() {
        String caseId = noticeServed("80000", "NORMAL");
        assertThat(caseView(OFFICER_YUBEI, caseId).get("stage").asText()).isEqualTo("PENALTY_NOTICE");
        JsonNode proposal = penalty(caseId).get("proposal");
        assertThat(proposal.get("ceiling").asText()).isEqualTo("250000.00");
        // an organisation, fined 80,000 with 30,000 of gains: below the 100,000 hearing
        // threshold
        assertThat(proposal.get("hearingRight").asBoolean()).isFalse();
        // statement and defence: 3 working days from service on Mon 23 Nov
        assertThat(proposal.get("rightsEndOn").asText()).isEqualTo("2026-11-26");

        Api.Response hearing = as(OFFICER_YUBEI).postJson("/api/penalty/cases/" + caseId + "/responses",
                Map.of("kind", "HEARING_REQUEST", "receivedOn", "2026-11-23"));
        assertThat(hearing.status()).isEqualTo(409);
        assertThat(as(OFFICER_YUBEI)
            .postJson("/api/penalty/cases/" + caseId + "/responses",
                    Map.of("kind", "STATEMENT", "receivedOn", "2026-11-23", "content", "当事人称系初次违法，已全部下架。"))
            .status()).isEqualTo(201);
        assertThat(openTaskKeys(caseId)).isEmpty();

        management.executeJob(timer(caseId, "Event_RightsPeriodExpired").getId());
        Api.Response notLower = complete(OFFICER_YUBEI, caseId, "Task_ReviewStatement",
                Map.of("outcome", "REDUCED", "reducedFine", "90000", "reasons", "当事人主动下架，可以从轻。"));
        assertThat(notLower.status()).isEqualTo(400);
        work(OFFICER_YUBEI, caseId, "Task_ReviewStatement",
                Map.of("outcome", "REDUCED", "reducedFine", "75000", "reasons", "当事人主动下架，可以从轻。"));
        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveDecision", Map.of("outcome", "APPROVED"));

        JsonNode decided = caseView(OFFICER_YUBEI, caseId);
        assertThat(decided.get("stage").asText()).isEqualTo("DECIDED");
        assertThat(decided.get("penalty").get("decision").get("fine").asText()).isEqualTo("75000.00");
        // served within 7 working days of the decision on Mon 23 Nov
        assertThat(openTask(caseId, "Task_ServeDecision").get("dueAt").asText()).isEqualTo("2026-12-02T23:59:59+08:00");
        assertThat(decided.get("clocks")).anySatisfy(c -> {
            assertThat(c.get("key").asText()).isEqualTo("case-period");
            assertThat(c.get("state").asText()).isEqualTo("STOPPED");
        });

        work(OFFICER_YUBEI, caseId, "Task_ServeDecision", Map.of("date", "2026-11-23", "method", "PERSONAL"));
        JsonNode served = caseView(OFFICER_YUBEI, caseId);
        assertThat(served.get("stage").asText()).isEqualTo("AWAITING_PAYMENT");
        // 15 days to pay from service: Tue 8 Dec; publication within 20 working days: Mon
        // 21 Dec
        assertThat(served.get("penalty").get("decision").get("paymentDueOn").asText()).isEqualTo("2026-12-08");
        assertThat(openTask(caseId, "Task_PublishDecision").get("dueAt").asText())
            .isEqualTo("2026-12-21T23:59:59+08:00");
        assertThat(served.get("penalty").get("due").get("outstanding").asText()).isEqualTo("105000.00");

        clock.set(Instant.parse("2026-12-10T02:00:00Z"));
        management.executeJob(timer(caseId, "Event_PaymentPeriodExpired").getId());
        assertThat(caseView(OFFICER_YUBEI, caseId).get("stage").asText()).isEqualTo("PAYMENT_OVERDUE");
        // two days late (9 and 10 Dec): 2 x 3 % of 75,000
        JsonNode due = as(OFFICER_YUBEI).get("/api/penalty/cases/" + caseId + "/due").json();
        assertThat(due.get("surcharge").asText()).isEqualTo("4500.00");
        assertThat(due.get("outstanding").asText()).isEqualTo("109500.00");

        Api.Response part = as(OFFICER_YUBEI).postJson("/api/penalty/cases/" + caseId + "/payments",
                Map.of("paidOn", "2026-12-10", "amount", "105000.00", "receipt", "RC-001"));
        assertThat(part.json().get("outstanding").asText()).isEqualTo("4500.00");
        assertThat(caseView(OFFICER_YUBEI, caseId).get("stage").asText()).isEqualTo("PAYMENT_OVERDUE");
        as(OFFICER_YUBEI).postJson("/api/penalty/cases/" + caseId + "/payments",
                Map.of("paidOn", "2026-12-10", "amount", "4500.00", "receipt", "RC-002"));
        work(OFFICER_YUBEI, caseId, "Task_PublishDecision",
                Map.of("date", "2026-12-10", "reference", "https://zscqj.cq.gov.cn/cfgs/2026-001"));

        JsonNode closed = caseView(OFFICER_YUBEI, caseId);
        assertThat(closed.get("stage").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("clocks")).allSatisfy(c -> assertThat(c.get("state").asText()).isEqualTo("STOPPED"));
        assertThat(actions(closed)).containsSubsequence("PENALTY_CASE_REGISTERED", "PENALTY_MEASURE_RECORDED",
                "PENALTY_INVESTIGATION_CONCLUDED", "PENALTY_PROPOSED", "PENALTY_NOTICE_ISSUED",
                "PENALTY_RESPONSE_RECORDED", "PENALTY_DECISION_ISSUED", "PENALTY_PAYMENT_RECORDED");

        JsonNode documents = closed.get("officialDocuments");
        assertThat(documents).extracting(d -> d.get("templateKey").asText())
            .containsExactly("penalty-filing-approval", "penalty-site-inspection", "penalty-notice",
                    "penalty-decision");
        assertThat(documents).extracting(d -> d.get("number").asText().replaceAll("\\d+号$", "N号"))
            .containsExactly("渝北知立字〔2026〕N号", "渝北知检字〔2026〕N号", "渝北知告字〔2026〕N号", "渝北知罚决字〔2026〕N号");
    }

    /**
     * 立案审批表 to the head, 现场检查笔录, 行政处罚告知书 and 行政处罚决定书 to the party, each a numbered PDF
     * issued by the step that makes it; the service steps record their service.
     */
    @Test
    void theStepsIssueTheCasesDocumentsAndTheServiceStepsRecordTheirService() throws IOException {
        String caseId = noticeServed("80000", "NORMAL");
        management.executeJob(timer(caseId, "Event_RightsPeriodExpired").getId());
        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveDecision", Map.of("outcome", "APPROVED"));
        work(OFFICER_YUBEI, caseId, "Task_ServeDecision", Map.of("date", "2026-11-23", "method", "POSTAL"));

        Map<String, JsonNode> byKey = new java.util.HashMap<>();
        caseView(OFFICER_YUBEI, caseId).get("officialDocuments")
            .forEach(d -> byKey.put(d.get("templateKey").asText(), d));
        assertThat(byKey).containsOnlyKeys("penalty-filing-approval", "penalty-site-inspection", "penalty-notice",
                "penalty-decision");
        assertThat(byKey.get("penalty-filing-approval").get("title").asText()).isEqualTo("立案审批表");
        assertThat(byKey.get("penalty-filing-approval").get("addresseeRole").asText()).isEqualTo("AUTHORITY");
        assertThat(byKey.get("penalty-site-inspection").get("title").asText()).isEqualTo("现场检查笔录");
        assertThat(byKey.get("penalty-notice").get("title").asText()).isEqualTo("行政处罚告知书");
        assertThat(byKey.get("penalty-notice").get("addresseeRole").asText()).isEqualTo("PARTY");
        assertThat(byKey.get("penalty-decision").get("title").asText()).isEqualTo("行政处罚决定书");
        JsonNode noticeService = byKey.get("penalty-notice").get("services").get(0);
        assertThat(noticeService.get("method").asText()).isEqualTo("PERSONAL");
        assertThat(noticeService.get("servedOn").asText()).isEqualTo("2026-11-23");
        JsonNode decisionService = byKey.get("penalty-decision").get("services").get(0);
        assertThat(decisionService.get("method").asText()).isEqualTo("POSTAL");
        assertThat(byKey.get("penalty-site-inspection").get("services")).isEmpty();

        String decision = "/api/cases/" + caseId + "/official-documents/"
                + byKey.get("penalty-decision").get("id").asText() + "/content";
        Api.Response pdf = as(OFFICER_YUBEI).get(decision);
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("行政处罚决定书", "当事人：重庆某五金商行", "罚款80,000.00元", "没收违法所得30,000.00元", "15日内", "百分之三",
                    "60日内");
        }
        assertThat(as(OFFICER_YUZHONG).get(decision).status()).isEqualTo(404);
    }

    @Test
    void noHeavierPenaltyBecauseThePartyDefendedItself() {
        String caseId = noticeServed("80000", "NORMAL");
        as(OFFICER_YUBEI).postJson("/api/penalty/cases/" + caseId + "/responses",
                Map.of("kind", "STATEMENT", "receivedOn", "2026-11-23", "content", "当事人不认可违法所得的计算。"));
        management.executeJob(timer(caseId, "Event_RightsPeriodExpired").getId());
        work(OFFICER_YUBEI, caseId, "Task_ReviewStatement",
                Map.of("outcome", "RENOTICE", "reasons", "复核中查明当事人另有销售记录。"));

        Api.Response heavier = complete(OFFICER_YUBEI, caseId, "Task_ProposePenalty", proposal("100000", "NORMAL"));
        assertThat(heavier.status()).isEqualTo(400);
        assertThat(message(heavier, "fine")).contains("80000.00").contains("第四十五条");

        Map<String, Object> withNewFacts = new java.util.HashMap<>(proposal("100000", "NORMAL"));
        withNewFacts.put("newFacts", "查明另有销售记录210件。");
        work(OFFICER_YUBEI, caseId, "Task_ProposePenalty", withNewFacts);
        assertThat(openTaskKeys(caseId)).contains("Task_ServePenaltyNotice");
    }

    @Test
    void aHeavyCaseGetsAHearingLegalReviewAndCollectiveDiscussion() {
        String caseId = noticeServed("180000", "HEAVY");
        JsonNode proposal = penalty(caseId).get("proposal");
        assertThat(proposal.get("hearingRight").asBoolean()).isTrue();
        assertThat(proposal.get("heavy").asBoolean()).isTrue();
        assertThat(proposal.get("hearingRequestEndOn").asText()).isEqualTo("2026-11-30");

        // recorded on its last day, before the period's timer moves the case on
        clock.set(OffsetDateTime.parse("2026-11-30T16:00:00+08:00").toInstant());
        assertThat(as(OFFICER_YUBEI)
            .postJson("/api/penalty/cases/" + caseId + "/responses",
                    Map.of("kind", "HEARING_REQUEST", "receivedOn", "2026-11-30"))
            .status()).isEqualTo(201);
        clock.set(OffsetDateTime.parse("2026-12-01T09:00:00+08:00").toInstant());
        Api.Response late = as(OFFICER_YUBEI).postJson("/api/penalty/cases/" + caseId + "/responses",
                Map.of("kind", "HEARING_REQUEST", "receivedOn", "2026-12-01"));
        assertThat(late.status()).isEqualTo(400);
        assertThat(message(late, "receivedOn")).contains("五个工作日");
        JsonNode paused = caseView(OFFICER_YUBEI, caseId).get("clocks");
        assertThat(paused).anySatisfy(c -> {
            assertThat(c.get("key").asText()).isEqualTo("case-period");
            assertThat(c.get("state").asText()).isEqualTo("PAUSED");
        });

        Api.Response byInvestigator = complete(OFFICER_YUBEI, caseId, "Task_ScheduleHearing",
                Map.of("at", "2026-12-14T09:30:00+08:00", "place", "渝北区知识产权局听证室", "presider", OTHER_OFFICER_YUBEI));
        assertThat(message(byInvestigator, "presider")).contains("非本案调查人员");
        Api.Response tooSoon = complete(OFFICER_YUBEI, caseId, "Task_ScheduleHearing",
                Map.of("at", "2026-12-09T09:30:00+08:00", "place", "渝北区知识产权局听证室", "presider", SUPERVISOR_YUBEI));
        // told on 1 Dec: 7 working days later is 10 Dec
        assertThat(message(tooSoon, "at")).contains("2026-12-10");
        work(OFFICER_YUBEI, caseId, "Task_ScheduleHearing", Map.of("at", "2026-12-14T09:30:00+08:00", "place",
                "渝北区知识产权局听证室", "presider", SUPERVISOR_YUBEI, "publicHearing", true));
        // served on 1 Dec: 7 working days later is 10 Dec, before the hearing on 14 Dec
        work(OFFICER_YUBEI, caseId, "Task_ServeHearingNotice", Map.of("date", "2026-12-01", "method", "PERSONAL"));
        assertThat(openTask(caseId, "Task_HoldHearing").get("assignee").asText()).isEqualTo(SUPERVISOR_YUBEI);
        assertThat(caseView(OFFICER_YUBEI, caseId).get("officialDocuments"))
            .anySatisfy(d -> assertThat(d.get("title").asText()).isEqualTo("听证通知书"));

        clock.set(OffsetDateTime.parse("2026-12-14T16:00:00+08:00").toInstant());
        work(SUPERVISOR_YUBEI, caseId, "Task_HoldHearing",
                Map.of("outcome", "HELD", "date", "2026-12-14", "comments", "当事人到场陈述，出示了进货单据。"));
        // paused from 30 Nov, when the hearing was asked for, to 14 Dec: 14 days more on
        // the case
        // period that ended 23 Dec
        assertThat(openTask(caseId, "Task_ReviewStatement").get("dueAt").asText())
            .isEqualTo("2027-01-06T23:59:59+08:00");
        work(OFFICER_YUBEI, caseId, "Task_ReviewStatement", Map.of("outcome", "MAINTAINED", "reasons", "维持。"));

        Api.Response reviewedByHandler = complete(OFFICER_YUBEI, caseId, "Task_LegalReview",
                Map.of("outcome", "PASSED"));
        assertThat(reviewedByHandler.status()).isEqualTo(400);
        as(OFFICER_YUBEI).post("/api/inbox/tasks/" + taskId(caseId, "Task_LegalReview") + "/unclaim");
        work(SUPERVISOR_YUBEI, caseId, "Task_LegalReview", Map.of("outcome", "PASSED"));
        work(SUPERVISOR_YUBEI, caseId, "Task_CollectiveDiscussion",
                Map.of("outcome", "AGREED", "date", "2026-12-14", "reference", "局长办公会", "comments", "同意按拟处罚意见作出决定。"));
        assertThat(openTaskKeys(caseId)).containsExactly("Task_ApproveDecision");
    }

    @Test
    void aMinorActPromptlyCorrectedIsExemptedWithoutANotice() {
        String caseId = filedAndInvestigating("10.00", 3);
        work(OFFICER_YUBEI, caseId, "Task_Investigate", conclusion("EXEMPT", false));

        assertThat(openTaskKeys(caseId)).containsExactly("Task_ApproveDecision");
        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveDecision", Map.of("outcome", "APPROVED"));
        work(OFFICER_YUBEI, caseId, "Task_ServeDecision", Map.of("date", "2026-11-23", "method", "POSTAL"));

        JsonNode seen = caseView(OFFICER_YUBEI, caseId);
        assertThat(seen.get("stage").asText()).isEqualTo("CLOSED");
        assertThat(seen.get("penalty").get("decision").get("kind").asText()).isEqualTo("EXEMPT");
        assertThat(seen.get("penalty").has("proposal")).isFalse();
        assertThat(actions(seen)).doesNotContain("PENALTY_NOTICE_ISSUED");
    }

    @Test
    void theInvestigationCannotEndWithoutAMeasureRecorded() {
        String caseId = register(ownFinding());
        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveFiling", Map.of("outcome", "APPROVED"));

        Api.Response response = complete(OFFICER_YUBEI, caseId, "Task_Investigate", conclusion("PENALTY", false));

        assertThat(response.status()).isEqualTo(400);
        assertThat(message(response, "outcome")).contains("调查措施");
    }

    @Test
    void theCasePeriodIsExtendedOnceByFifteenDaysOnTheSupervisorsApproval() {
        String caseId = register(ownFinding());
        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveFiling", Map.of("outcome", "APPROVED"));

        work(OFFICER_YUBEI, caseId, "Task_Investigate", Map.of("step", "EXTENSION_REQUESTED", "report", "需等待检测报告。"));
        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveCasePeriodExtension",
                Map.of("outcome", "APPROVED", "comments", "案情复杂，同意延长。"));

        assertThat(openTask(caseId, "Task_Investigate").get("dueAt").asText()).isEqualTo("2027-01-07T23:59:59+08:00");
        Api.Response again = complete(OFFICER_YUBEI, caseId, "Task_Investigate",
                Map.of("step", "EXTENSION_REQUESTED", "report", "仍需时间。"));
        assertThat(again.status()).isEqualTo(409);
    }

}
