package io.ipcase.cases;

import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.Api;
import io.ipcase.support.EvidenceFiles;
import io.ipcase.support.Filings;
import io.ipcase.support.PostgresIntegrationTests;
import io.ipcase.support.Rows;
import io.ipcase.support.SimulatedCrash;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class CaseFilingIntegrationTests extends PostgresIntegrationTests {

    private static final String FILE = "/api/cases/infringement-disputes";

    @TempDir
    Path dir;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtime;

    private Api.Response file(Map<String, Object> filing, List<Path> evidence) {
        return as(COMPLAINANT).postMultipart(FILE, "filing", filing, "evidence", evidence);
    }

    @Test
    void validFilingIsStoredWithItsFilesNumberedAndStartsTheAdjudicationModel() throws Exception {
        Path pdf = EvidenceFiles.pdf(dir, "购买凭证.pdf");
        Api.Response filed = file(Filings.valid("yubei"),
                List.of(pdf, EvidenceFiles.png(dir, "产品照片.png"), EvidenceFiles.jpeg(dir, "网店截图.jpg")));

        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String id = filed.json().get("id").asText();
        assertThat(filed.json().get("caseNumber").asText()).matches("渝北知裁〔2026〕\\d+号");
        assertThat(filed.headers().getLocation()).hasToString("/api/cases/" + id);

        JsonNode c = as(COMPLAINANT).get("/api/cases/" + id).json();
        assertThat(c.get("stage").asText()).isEqualTo("FILED");
        assertThat(c.get("receivedOn").asText()).isEqualTo("2026-11-23");
        assertThat(c.get("patent").get("number").asText()).isEqualTo("ZL202320123456.1");
        assertThat(c.get("parties")).extracting(p -> p.get("role").asText()).containsExactly("REQUESTER", "RESPONDENT");
        assertThat(c.get("documents")).extracting(d -> d.get("contentType").asText())
            .containsExactlyInAnyOrder("application/pdf", "image/png", "image/jpeg");
        assertThat(c.get("timeline").get(0).get("action").asText()).isEqualTo("CASE_FILED");

        String pdfId = null;
        for (JsonNode d : c.get("documents")) {
            if (d.get("fileName").asText().equals("购买凭证.pdf")) {
                pdfId = d.get("id").asText();
            }
        }
        Api.Response download = as(COMPLAINANT).get("/api/cases/" + id + "/documents/" + pdfId + "/content");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(Files.readAllBytes(pdf));

        assertThat(runtime.createProcessInstanceQuery()
            .processInstanceBusinessKey(id)
            .processDefinitionKey("infringement-adjudication")
            .count()).isOne();
    }

    @Test
    void acceptanceReviewIsDueFiveWorkingDaysAfterReceipt() {
        String id = file(Filings.valid("yubei"), List.of()).json().get("id").asText();

        JsonNode task = as(OFFICER_YUBEI).get("/api/cases/" + id).json().get("openTasks").get(0);

        // received Mon 23 Nov 2026 → Tue 24 … Mon 30 Nov, until midnight in Chongqing
        assertThat(task.get("dueAt").asText()).isEqualTo("2026-11-30T23:59:59+08:00");
    }

    @Test
    void caseNumbersCountUpPerOfficeAndYear() {
        int first = number(file(Filings.valid("yubei"), List.of()).json().get("caseNumber").asText());
        int second = number(file(Filings.valid("yubei"), List.of()).json().get("caseNumber").asText());
        String elsewhere = file(Filings.valid("yuzhong"), List.of()).json().get("caseNumber").asText();

        assertThat(second).isEqualTo(first + 1);
        assertThat(elsewhere).startsWith("渝中知裁〔2026〕");
    }

    @Test
    void missingFieldsAreReportedOneMessagePerFieldAndNothingIsStored() {
        Map<String, Object> filing = Filings.valid("yubei");
        Filings.part(filing, "requester").remove("name");
        Filings.part(filing, "requester").remove("idNumber");
        Filings.part(filing, "patent").remove("title");
        filing.remove("claims");
        filing.put("factsAndReasons", " ");
        Map<String, Long> before = Rows.count(jdbc);

        Api.Response refused = file(filing, List.of(EvidenceFiles.pdf(dir, "a.pdf")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.headers().getContentType()).hasToString("application/problem+json");
        assertThat(fields(refused)).containsExactlyInAnyOrder("requester.name", "requester.idNumber", "patent.title",
                "claims", "factsAndReasons");
        assertThat(refused.json().get("errors").get(0).get("message").asText()).isNotBlank();
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void malformedPatentNumberIsRefused() {
        Map<String, Object> filing = Filings.valid("yubei");
        Filings.part(filing, "patent").put("number", "ZL202320123456.2");
        Map<String, Long> before = Rows.count(jdbc);

        Api.Response refused = file(filing, List.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("patent.number");
        assertThat(refused.json().get("errors").get(0).get("message").asText()).contains("校验位");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void patentNumberOfAnotherTypeIsRefused() {
        Map<String, Object> filing = Filings.valid("yubei");
        Filings.part(filing, "patent").put("type", "DESIGN");

        assertThat(fields(file(filing, List.of()))).containsExactly("patent.number");
    }

    @Test
    void unknownOfficeIsRefused() {
        Map<String, Long> before = Rows.count(jdbc);

        Api.Response refused = file(Filings.valid("atlantis"), List.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("officeId");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void invalidIdentityNumbersAreRefused() {
        Map<String, Object> filing = Filings.valid("yubei");
        Filings.part(filing, "requester").put("idNumber", "500102198503121230");
        Filings.part(filing, "respondent").put("idNumber", "91500000MA5U00000X");

        assertThat(fields(file(filing, List.of()))).containsExactlyInAnyOrder("requester.idNumber",
                "respondent.idNumber");
    }

    @Test
    void unknownChoiceIsReportedOnItsField() {
        Map<String, Object> filing = Filings.valid("yubei");
        Filings.part(filing, "requester").put("kind", "ROBOT");

        Api.Response refused = file(filing, List.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("requester.kind");
    }

    @Test
    void fileWhoseBytesAreNotPdfJpegOrPngIsRefusedWhateverItsName() {
        Map<String, Long> before = Rows.count(jdbc);

        Api.Response refused = file(Filings.valid("yubei"),
                List.of(EvidenceFiles.pdf(dir, "good.pdf"), EvidenceFiles.textNamedPdf(dir, "伪装.pdf")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("evidence[1]");
        assertThat(refused.json().get("errors").get(0).get("message").asText()).contains("伪装.pdf");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void oversizeFileIsRefusedWith413AndNothingIsStored() {
        Map<String, Long> before = Rows.count(jdbc);

        Api.Response refused = file(Filings.valid("yubei"), List.of(EvidenceFiles.oversizePdf(dir, "big.pdf")));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.json().get("detail").asText()).contains("20 MB");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void failureAfterTheFilesAreWrittenLeavesNoTraceOfTheFiling() {
        Map<String, Object> filing = Filings.valid("yubei");
        Filings.part(filing, "patent").put("title", SimulatedCrash.PATENT_TITLE);
        Map<String, Long> before = Rows.count(jdbc);

        Api.Response failed = file(filing, List.of(EvidenceFiles.pdf(dir, "a.pdf"), EvidenceFiles.png(dir, "b.png")));

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.headers().getContentType()).hasToString("application/problem+json");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void onlyComplainantsFileRequests() {
        Api.Response refused = as(OFFICER_YUBEI).postMultipart(FILE, "filing", Filings.valid("yubei"), "evidence",
                List.of());

        assertThat(refused.status()).isEqualTo(403);
    }

    private static List<String> fields(Api.Response problem) {
        List<String> fields = new ArrayList<>();
        problem.json().path("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static int number(String caseNumber) {
        return Integer.parseInt(caseNumber.replaceAll(".*〕(\\d+)号", "$1"));
    }

}
