package io.ipcase.adjudication;

import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.Api;
import io.ipcase.support.Filings;
import io.ipcase.support.PostgresIntegrationTests;
import io.ipcase.support.SimulatedRenderingFailure;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each acceptance decision issues its notice to the requester, with the case's data,
 * served electronically (Order 81 art. 16, 20; 2019 Guide ch.2 §1.4).
 */
class AcceptanceNoticesIntegrationTests extends PostgresIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void acceptanceIssuesTheNoticeOfAcceptanceToTheRequesterWithTheCaseData() throws IOException {
        String caseId = file(Filings.valid("yubei"));

        decide(caseId, CaseDriver.acceptance());

        JsonNode notice = onlyNotice(caseId, OFFICER_YUBEI);
        assertThat(notice.get("templateKey").asText()).isEqualTo("acceptance-notice");
        assertThat(notice.get("title").asText()).isEqualTo("受理通知书");
        assertThat(notice.get("number").asText()).matches("渝北知受字〔2026〕\\d+号");
        assertThat(notice.get("addresseeRole").asText()).isEqualTo("REQUESTER");
        assertThat(notice.get("addresseeName").asText()).isEqualTo("张伟");
        assertThat(notice.get("serviceMethod").asText()).isEqualTo("ELECTRONIC");
        assertThat(notice.get("services")).isEmpty();
        String text = pdfText(caseId, notice, OFFICER_YUBEI);
        assertThat(text).contains(caseNumber(caseId), "张伟", "重庆某贸易有限公司", "ZL202320123456.1", "一种折叠椅", "实用新型",
                notice.get("number").asText(), "二〇二六年十一月二十三日", "予以受理");
    }

    @Test
    void refusalIssuesANoticeStatingTheReasonsAndTheRemedies() throws IOException {
        String caseId = file(Filings.valid("yubei"));

        decide(caseId, Map.of("decision", "REFUSE", "reasons", "请求人不是专利权人或者利害关系人。\n已有当事人就该纠纷向人民法院起诉。"));

        JsonNode notice = onlyNotice(caseId, OFFICER_YUBEI);
        assertThat(notice.get("title").asText()).isEqualTo("不予受理通知书");
        assertThat(notice.get("number").asText()).matches("渝北知不受字〔2026〕\\d+号");
        String text = pdfText(caseId, notice, OFFICER_YUBEI);
        assertThat(text).contains("张伟", "ZL202320123456.1", "一种折叠椅", "请求人不是专利权人或者利害关系人。", "已有当事人就该纠纷向人民法院起诉。", "不予受理",
                // 2019 Guide ch.2 §1.4: reconsideration or litigation, or a civil suit
                // directly
                "申请行政复议", "提起行政诉讼", "直接向人民法院提起民事诉讼");
    }

    @Test
    void supplementNoticeListsEveryMissingItemAndTheDeadline() throws IOException {
        String caseId = file(Filings.valid("yubei"));

        // Sat 5 Dec is a rest day: the period ends on Mon 7 Dec
        decide(caseId, Map.of("decision", "SUPPLEMENT", "missingItems", List.of("专利登记簿副本", "请求人身份证明"),
                "supplementDueDate", "2026-12-05"));

        JsonNode notice = onlyNotice(caseId, OFFICER_YUBEI);
        assertThat(notice.get("title").asText()).isEqualTo("补正通知书");
        String text = pdfText(caseId, notice, OFFICER_YUBEI);
        assertThat(text).contains("张伟", "ZL202320123456.1", "专利登记簿副本", "请求人身份证明", "一次性告知", "二〇二六年十二月七日前");
    }

    @Test
    void theRequesterOpeningTheNoticeInThePortalServesIt() {
        String caseId = file(Filings.valid("yubei"));
        decide(caseId, CaseDriver.acceptance());
        JsonNode notice = onlyNotice(caseId, COMPLAINANT);
        assertThat(notice.get("services")).isEmpty();

        Api.Response opened = as(COMPLAINANT).get(contentPath(caseId, notice));

        assertThat(opened.status()).isEqualTo(200);
        JsonNode service = onlyNotice(caseId, COMPLAINANT).get("services").get(0);
        assertThat(service.get("method").asText()).isEqualTo("ELECTRONIC");
        assertThat(service.get("servedOn").asText()).isEqualTo("2026-11-23");
        assertThat(service.get("partyRole").asText()).isEqualTo("REQUESTER");
    }

    @Test
    void aNoticeThatCannotBeRenderedUndoesTheDecision() {
        Map<String, Object> filing = Filings.valid("yubei");
        Filings.part(filing, "patent").put("title", SimulatedRenderingFailure.PATENT_TITLE);
        String caseId = file(filing);
        String taskId = taskOf(caseId);
        Api officer = as(OFFICER_YUBEI);
        officer.post("/api/inbox/tasks/" + taskId + "/claim");

        Api.Response decided = officer.postJson("/api/inbox/tasks/" + taskId + "/complete", CaseDriver.acceptance());

        assertThat(decided.status()).isEqualTo(500);
        JsonNode seen = officer.get("/api/cases/" + caseId).json();
        assertThat(seen.get("stage").asText()).isEqualTo("FILED");
        assertThat(seen.has("acceptanceReview")).isFalse();
        assertThat(seen.get("officialDocuments")).isEmpty();
        assertThat(seen.get("openTasks").get(0).get("taskId").asText()).isEqualTo(taskId);
        assertThat(count("select count(*) from acceptance_reviews where case_id = :id::uuid", caseId)).isZero();
        assertThat(count("select count(*) from documents where case_id = :id::uuid", caseId)).isZero();
        assertThat(
                count("select count(*) from audit_events where case_id = :id::uuid and action = 'ACCEPTANCE_DECIDED'",
                        caseId))
            .isZero();
    }

    private String file(Map<String, Object> filing) {
        return as(COMPLAINANT)
            .postMultipart("/api/cases/infringement-disputes", "filing", filing, "evidence", List.of())
            .json()
            .get("id")
            .asText();
    }

    private String taskOf(String caseId) {
        return as(OFFICER_YUBEI).get("/api/cases/" + caseId).json().get("openTasks").get(0).get("taskId").asText();
    }

    private void decide(String caseId, Map<String, Object> decision) {
        String taskId = taskOf(caseId);
        Api officer = as(OFFICER_YUBEI);
        assertThat(officer.post("/api/inbox/tasks/" + taskId + "/claim").status()).isEqualTo(204);
        Api.Response done = officer.postJson("/api/inbox/tasks/" + taskId + "/complete", decision);
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }

    private JsonNode onlyNotice(String caseId, String viewer) {
        JsonNode documents = as(viewer).get("/api/cases/" + caseId).json().get("officialDocuments");
        assertThat(documents).hasSize(1);
        return documents.get(0);
    }

    private String caseNumber(String caseId) {
        return as(OFFICER_YUBEI).get("/api/cases/" + caseId).json().get("caseNumber").asText();
    }

    private String pdfText(String caseId, JsonNode document, String viewer) throws IOException {
        Api.Response pdf = as(viewer).get(contentPath(caseId, document));
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    private static String contentPath(String caseId, JsonNode document) {
        return "/api/cases/" + caseId + "/official-documents/" + document.get("id").asText() + "/content";
    }

    private long count(String sql, String caseId) {
        return jdbc.sql(sql).param("id", caseId).query(Long.class).single();
    }

}
