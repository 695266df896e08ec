package io.ipcase.penalty;

import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OFFICER_YUZHONG;
import static io.ipcase.support.TestUsers.OTHER_COMPLAINANT;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.Api;
import io.ipcase.support.CounterfeitReports;
import io.ipcase.support.EvidenceFiles;
import org.junit.jupiter.api.Test;

/**
 * Reports from the public (举报): not cases until the filing decision, followed by a
 * tracking code that tells where the report stands and nothing else, limited per client
 * address.
 */
class PenaltyReportsIntegrationTests extends PenaltyIntegrationTests {

    private static final AtomicInteger CLIENTS = new AtomicInteger(10);

    /**
     * Each test reports from its own address, as if from its own computer behind the
     * office's proxy.
     */
    private Api publicClient() {
        return anonymous().withHeader("X-Forwarded-For", "198.51.100." + CLIENTS.incrementAndGet());
    }

    private String submit(Api client) {
        Api.Response response = client.postMultipart("/api/public/penalty-reports", "report",
                CounterfeitReports.valid(), "files", List.of(EvidenceFiles.jpeg(dir, "包装照片.jpg")));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("trackingCode").asText();
    }

    private String reportId(String trackingCode) {
        return jdbc.sql("select id from penalty_reports where tracking_code = :c")
            .param("c", trackingCode)
            .query(String.class)
            .single();
    }

    @Test
    void anyoneMayReportAnonymouslyAndFollowItByItsTrackingCode() {
        Api client = publicClient();
        String code = submit(client);

        assertThat(code).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        JsonNode tracked = client.get("/api/public/penalty-reports/" + code.toLowerCase().replace("-", "")).json();
        assertThat(tracked.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(tracked.get("receivedOn").asText()).isEqualTo("2026-11-23");
        // nothing beyond the status: not even the text the reporter wrote
        assertThat(tracked.has("product")).isFalse();
        assertThat(tracked.has("subjectName")).isFalse();
        assertThat(jdbc
            .sql("select count(*) from cases c join penalty_reports r on r.case_id = c.id where r.tracking_code = :c")
            .param("c", code)
            .query(Integer.class)
            .single()).isZero();
    }

    @Test
    void aReportNeedsItsSubjectAndWhatWasSeen() {
        Map<String, Object> incomplete = CounterfeitReports.valid();
        incomplete.remove("product");

        Api.Response response = publicClient().postMultipart("/api/public/penalty-reports", "report", incomplete,
                "files", List.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).contains("product");
    }

    @Test
    void anUnknownCodeAnswersLikeAMistypedOne() {
        Api client = publicClient();

        assertThat(client.get("/api/public/penalty-reports/2222-3333-4444").status()).isEqualTo(404);
        assertThat(client.get("/api/public/penalty-reports/not-a-code").status()).isEqualTo(404);
    }

    @Test
    void lookUpsAreLimitedPerClientAddress() {
        Api client = publicClient();
        String code = submit(client);

        for (int i = 0; i < 10; i++) {
            assertThat(client.get("/api/public/penalty-reports/" + code).status()).isEqualTo(200);
        }
        Api.Response limited = client.get("/api/public/penalty-reports/" + code);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.headers().getFirst("Retry-After")).isNotBlank();
        assertThat(publicClient().get("/api/public/penalty-reports/" + code).status()).isEqualTo(200);
    }

    @Test
    void reportsFromOneAddressAreLimited() {
        Api client = publicClient();
        for (int i = 0; i < 5; i++) {
            submit(client);
        }

        Api.Response limited = client.postMultipart("/api/public/penalty-reports", "report", CounterfeitReports.valid(),
                "files", List.of());

        assertThat(limited.status()).isEqualTo(429);
    }

    @Test
    void aSignedInReporterSeesTheirReportsOnlyAndTheirStatus() {
        Api.Response sent = as(COMPLAINANT).postMultipart("/api/penalty/reports", "report", CounterfeitReports.valid(),
                "files", List.of());
        assertThat(sent.status()).isEqualTo(201);
        String code = sent.json().get("trackingCode").asText();

        assertThat(as(COMPLAINANT).get("/api/penalty/reports/mine").json())
            .anySatisfy(r -> assertThat(r.get("trackingCode").asText()).isEqualTo(code));
        assertThat(as(OTHER_COMPLAINANT).get("/api/penalty/reports/mine").json())
            .noneSatisfy(r -> assertThat(r.get("trackingCode").asText()).isEqualTo(code));
        assertThat(as(COMPLAINANT).get("/api/penalty/reports").status()).isEqualTo(403);
    }

    @Test
    void theOfficeSeesItsReportsWithTheDayTheFilingDecisionIsDue() {
        String code = submit(publicClient());
        String id = reportId(code);

        JsonNode listed = as(OFFICER_YUBEI).get("/api/penalty/reports").json();
        assertThat(listed).anySatisfy(r -> {
            assertThat(r.get("trackingCode").asText()).isEqualTo(code);
            // CNIPA 2015 Measures art. 28: 10 working days from receipt on Mon 23 Nov
            assertThat(r.get("decisionDueOn").asText()).isEqualTo("2026-12-07");
        });
        assertThat(as(OFFICER_YUBEI).get("/api/penalty/reports/" + id).json().get("files")).hasSize(1);
        assertThat(as(OFFICER_YUZHONG).get("/api/penalty/reports/" + id).status()).isEqualTo(404);
        assertThat(as(OFFICER_YUZHONG).get("/api/penalty/reports").json())
            .noneSatisfy(r -> assertThat(r.get("trackingCode").asText()).isEqualTo(code));
    }

    @Test
    void aReportNotFiledTellsTheReporterSoAndNotWhy() {
        Api client = publicClient();
        String code = submit(client);
        String id = reportId(code);

        assertThat(as(OFFICER_YUBEI).postJson("/api/penalty/reports/" + id + "/dismissal", Map.of()).status())
            .isEqualTo(400);
        assertThat(as(OFFICER_YUBEI)
            .postJson("/api/penalty/reports/" + id + "/dismissal", Map.of("reasons", "该专利号仍在有效期内，不构成假冒专利。"))
            .status()).isEqualTo(204);

        JsonNode tracked = client.get("/api/public/penalty-reports/" + code).json();
        assertThat(tracked.get("status").asText()).isEqualTo("NOT_FILED");
        assertThat(tracked.toString()).doesNotContain("有效期");
        assertThat(as(OFFICER_YUBEI).postJson("/api/penalty/reports/" + id + "/dismissal", Map.of("reasons", "再次处理"))
            .status()).isEqualTo(409);
    }

    @Test
    void aReportRegisteredAsACaseCarriesItsFilesAndTenWorkingDaysFromReceipt() {
        Api client = publicClient();
        String code = submit(client);
        Map<String, Object> lead = ownFinding();
        lead.put("source", "REPORT");
        lead.put("reportId", reportId(code));
        lead.remove("discoveredOn");

        String caseId = register(lead);

        assertThat(client.get("/api/public/penalty-reports/" + code).json().get("status").asText())
            .isEqualTo("UNDER_REVIEW");
        JsonNode seen = caseView(OFFICER_YUBEI, caseId);
        assertThat(seen.get("documents")).anySatisfy(d -> assertThat(d.get("kind").asText()).isEqualTo("REPORT"));
        assertThat(seen.get("penalty").get("reportTrackingCode").asText()).isEqualTo(code);
        assertThat(openTask(caseId, "Task_ApproveFiling").get("dueAt").asText()).isEqualTo("2026-12-07T23:59:59+08:00");

        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveFiling", Map.of("outcome", "APPROVED"));
        assertThat(client.get("/api/public/penalty-reports/" + code).json().get("status").asText())
            .isEqualTo("INVESTIGATING");
        Api.Response twice = as(OFFICER_YUBEI).postJson("/api/penalty/cases", lead);
        assertThat(twice.status()).isEqualTo(409);
    }

}
