package io.ipcase.documents;

import static io.ipcase.support.TestUsers.ADMIN;
import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OFFICER_YUZHONG;
import static io.ipcase.support.TestUsers.OTHER_COMPLAINANT;
import static io.ipcase.support.TestUsers.OTHER_OFFICER_YUZHONG;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static io.ipcase.support.TestUsers.THIRD_OFFICER_YUZHONG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.adjudication.CaseDriver;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.support.Api;
import io.ipcase.support.Filings;
import io.ipcase.support.PostgresIntegrationTests;
import io.ipcase.support.RecordedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Official documents: numbering, service (送达) and who may see them. */
class OfficialDocumentsIntegrationTests extends PostgresIntegrationTests {

    @Autowired
    OfficialDocuments officialDocuments;

    @Autowired
    Cases cases;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordedEvents events;

    private String caseId;

    private JsonNode notice;

    @BeforeEach
    void anAcceptedCaseWithItsNotice() {
        caseId = fileAndDecide("yubei", OFFICER_YUBEI, CaseDriver.acceptance());
        notice = documents(caseId, OFFICER_YUBEI).get(0);
    }

    @Test
    void documentNumbersRunOnePerOfficeYearAndKind() {
        String second = fileAndDecide("yubei", OFFICER_YUBEI, CaseDriver.acceptance());
        String refused = fileAndDecide("yubei", OFFICER_YUBEI, Map.of("decision", "REFUSE", "reasons", "不属于本局管辖。"));
        String elsewhere = fileAndDecide("yuzhong", OFFICER_YUZHONG,
                CaseDriver.acceptance(List.of(OFFICER_YUZHONG, OTHER_OFFICER_YUZHONG, THIRD_OFFICER_YUZHONG)));

        int first = sequence(notice.get("number").asText(), "渝北知受字〔2026〕");
        assertThat(sequence(number(second, OFFICER_YUBEI), "渝北知受字〔2026〕")).isEqualTo(first + 1);
        assertThat(number(refused, OFFICER_YUBEI)).matches("渝北知不受字〔2026〕\\d+号");
        assertThat(number(elsewhere, OFFICER_YUZHONG)).matches("渝中知受字〔2026〕\\d+号");
    }

    @Test
    void anOfficerOpeningTheDocumentDoesNotServeIt() {
        assertThat(as(OFFICER_YUBEI).get(contentPath(notice)).status()).isEqualTo(200);

        assertThat(documents(caseId, OFFICER_YUBEI).get(0).get("services")).isEmpty();
        assertThat(events.documentsServed(UUID.fromString(caseId))).isEmpty();
    }

    @Test
    void theAddresseesFirstReadIsTheElectronicServiceAndIsPublishedOnce() {
        Api.Response first = as(COMPLAINANT).get(contentPath(notice));
        Api.Response again = as(COMPLAINANT).get(contentPath(notice));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.headers().getContentType()).hasToString("application/pdf");
        assertThat(first.headers().getFirst("Content-Disposition")).startsWith("inline");
        assertThat(first.headers().getFirst("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(again.status()).isEqualTo(200);
        JsonNode services = documents(caseId, COMPLAINANT).get(0).get("services");
        assertThat(services).hasSize(1);
        assertThat(services.get(0).get("method").asText()).isEqualTo("ELECTRONIC");
        assertThat(services.get(0).get("servedOn").asText()).isEqualTo("2026-11-23");
        assertThat(events.documentsServed(UUID.fromString(caseId)))
            .containsExactly(new DocumentServed(UUID.fromString(caseId), UUID.fromString(notice.get("id").asText()),
                    "acceptance-notice", "REQUESTER", LocalDate.of(2026, 11, 23)));
        assertThat(actions(caseId)).containsSubsequence("DOCUMENT_ISSUED", "DOCUMENT_SERVED");
    }

    @Test
    void anOfficerRecordsPostalServiceOnTheDayOnTheReceipt() {
        Api.Response recorded = as(OFFICER_YUBEI).postJson(servicesPath(notice),
                Map.of("method", "POSTAL", "servedOn", "2026-11-23", "receiptRef", "EMS 1180 2345 6789"));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        JsonNode service = documents(caseId, COMPLAINANT).get(0).get("services").get(0);
        assertThat(service.get("method").asText()).isEqualTo("POSTAL");
        assertThat(service.get("servedOn").asText()).isEqualTo("2026-11-23");
        assertThat(service.get("receiptRef").asText()).isEqualTo("EMS 1180 2345 6789");
        assertThat(events.documentsServed(UUID.fromString(caseId))).extracting(DocumentServed::servedOn)
            .containsExactly(LocalDate.of(2026, 11, 23));
        // served already: the requester's later read changes nothing
        as(COMPLAINANT).get(contentPath(notice));
        assertThat(documents(caseId, COMPLAINANT).get(0).get("services")).hasSize(1);
    }

    @Test
    void aPublicNoticeIsDeemedServedThirtyDaysAfterPublication() {
        Api.Response recorded = as(SUPERVISOR_YUBEI).postJson(servicesPath(notice),
                Map.of("method", "PUBLIC_NOTICE", "servedOn", "2026-11-23"));

        assertThat(recorded.status()).isEqualTo(201);
        JsonNode service = documents(caseId, OFFICER_YUBEI).get(0).get("services").get(0);
        // CPL art. 95: published 23 Nov, deemed served when 30 days have passed
        assertThat(service.get("publishedOn").asText()).isEqualTo("2026-11-23");
        assertThat(service.get("servedOn").asText()).isEqualTo("2026-12-23");
    }

    @Test
    void aSecondServiceOnTheSameAddresseeIsRefused() {
        as(COMPLAINANT).get(contentPath(notice));

        Api.Response second = as(OFFICER_YUBEI).postJson(servicesPath(notice),
                Map.of("method", "POSTAL", "servedOn", "2026-11-23"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asText()).contains(notice.get("number").asText(), "2026-11-23", "不能重复");
        assertThat(documents(caseId, OFFICER_YUBEI).get(0).get("services")).hasSize(1);
    }

    @Test
    void aServiceNeedsAMethodAndADayNoLaterThanTodayAndAWrongOneChangesNothing() {
        Api officer = as(OFFICER_YUBEI);

        Api.Response noMethod = officer.postJson(servicesPath(notice), Map.of("servedOn", "2026-11-23"));
        Api.Response future = officer.postJson(servicesPath(notice),
                Map.of("method", "PERSONAL", "servedOn", "2026-11-24"));
        Api.Response beforeIssue = officer.postJson(servicesPath(notice),
                Map.of("method", "PERSONAL", "servedOn", "2026-11-20"));

        assertThat(noMethod.status()).isEqualTo(400);
        assertThat(fields(noMethod)).containsExactly("method");
        assertThat(fields(future)).containsExactly("servedOn");
        assertThat(fields(beforeIssue)).containsExactly("servedOn");
        assertThat(documents(caseId, OFFICER_YUBEI).get(0).get("services")).isEmpty();
        assertThat(actions(caseId)).doesNotContain("DOCUMENT_SERVED");
    }

    @Test
    void partiesMayNotRecordServiceAndOtherOfficesCannotSeeTheDocument() {
        assertThat(as(COMPLAINANT).postJson(servicesPath(notice), Map.of("method", "POSTAL", "servedOn", "2026-11-23"))
            .status()).isEqualTo(403);
        assertThat(
                as(ADMIN).postJson(servicesPath(notice), Map.of("method", "POSTAL", "servedOn", "2026-11-23")).status())
            .isEqualTo(403);
        assertThat(
                as(OFFICER_YUZHONG).postJson(servicesPath(notice), Map.of("method", "POSTAL", "servedOn", "2026-11-23"))
                    .status())
            .isEqualTo(404);
        assertThat(as(OFFICER_YUZHONG).get(contentPath(notice)).status()).isEqualTo(404);
        assertThat(as(OTHER_COMPLAINANT).get(contentPath(notice)).status()).isEqualTo(404);
        assertThat(documents(caseId, OFFICER_YUBEI).get(0).get("services")).isEmpty();
    }

    @Test
    void theGeneralDocumentListNeitherListsNorServesOfficialDocuments() {
        JsonNode view = as(COMPLAINANT).get("/api/cases/" + caseId).json();

        assertThat(view.get("documents")).noneSatisfy(d -> assertThat(d.get("kind").asText()).isEqualTo("OFFICIAL"));
        assertThat(as(COMPLAINANT).get("/api/cases/" + caseId + "/documents/" + notice.get("id").asText() + "/content")
            .status()).isEqualTo(404);
    }

    @Test
    void aPartySeesOnlyDocumentsAddressedToThemOrToAllParties() {
        PartyRecord respondent = cases.parties(UUID.fromString(caseId))
            .stream()
            .filter(p -> p.role().equals(PartyRecord.RESPONDENT))
            .findFirst()
            .orElseThrow();
        OfficialDocuments.IssuedDocument toRespondent = issue(Addressee.party(respondent, ServiceMethod.POSTAL));
        OfficialDocuments.IssuedDocument toAll = issue(Addressee.allParties(ServiceMethod.ELECTRONIC));

        List<String> seenByRequester = new ArrayList<>();
        documents(caseId, COMPLAINANT).forEach(d -> seenByRequester.add(d.get("id").asText()));
        List<String> seenByOfficer = new ArrayList<>();
        documents(caseId, OFFICER_YUBEI).forEach(d -> seenByOfficer.add(d.get("id").asText()));

        assertThat(seenByRequester).containsExactly(notice.get("id").asText(), toAll.id().toString());
        assertThat(seenByOfficer).contains(toRespondent.id().toString(), toAll.id().toString());
        assertThat(as(COMPLAINANT).get(contentPath(toRespondent.id())).status()).isEqualTo(404);
        // a document to all parties is served on each: the requester's read serves the
        // requester only
        assertThat(as(COMPLAINANT).get(contentPath(toAll.id())).status()).isEqualTo(200);
        JsonNode services = byId(documents(caseId, OFFICER_YUBEI), toAll.id()).get("services");
        assertThat(services).hasSize(1);
        assertThat(services.get(0).get("partyRole").asText()).isEqualTo("REQUESTER");
    }

    @Test
    void aDocumentToAllPartiesIsServedOnEachPartyNamed() {
        OfficialDocuments.IssuedDocument toAll = issue(Addressee.allParties(ServiceMethod.POSTAL));
        Api officer = as(OFFICER_YUBEI);

        Api.Response unnamed = officer.postJson(servicesPath(toAll.id()),
                Map.of("method", "POSTAL", "servedOn", "2026-11-23"));
        Api.Response onRespondent = officer.postJson(servicesPath(toAll.id()),
                Map.of("method", "POSTAL", "servedOn", "2026-11-23", "partyRole", "RESPONDENT"));
        Api.Response onRequester = officer.postJson(servicesPath(toAll.id()),
                Map.of("method", "PERSONAL", "servedOn", "2026-11-23", "partyRole", "REQUESTER"));

        assertThat(fields(unnamed)).containsExactly("partyRole");
        assertThat(onRespondent.status()).isEqualTo(201);
        assertThat(onRequester.status()).isEqualTo(201);
        assertThat(byId(documents(caseId, OFFICER_YUBEI), toAll.id()).get("services")).hasSize(2);
    }

    private OfficialDocuments.IssuedDocument issue(Addressee addressee) {
        users.ensureExist();
        // a minute after the last: on the tests' fixed clock, documents issued at one
        // instant have no order
        clock.advance(Duration.ofMinutes(1));
        return tx.execute(status -> officialDocuments.issue(UUID.fromString(caseId), "acceptance-notice", Map.of(),
                addressee, OFFICER_YUBEI));
    }

    private String fileAndDecide(String office, String officer, Map<String, Object> decision) {
        Map<String, Object> filing = new HashMap<>(Filings.valid(office));
        String id = as(COMPLAINANT)
            .postMultipart("/api/cases/infringement-disputes", "filing", filing, "evidence", List.of())
            .json()
            .get("id")
            .asText();
        String taskId = as(officer).get("/api/cases/" + id).json().get("openTasks").get(0).get("taskId").asText();
        as(officer).post("/api/inbox/tasks/" + taskId + "/claim");
        Api.Response done = as(officer).postJson("/api/inbox/tasks/" + taskId + "/complete", decision);
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
        return id;
    }

    private JsonNode documents(String id, String viewer) {
        return as(viewer).get("/api/cases/" + id).json().get("officialDocuments");
    }

    private String number(String id, String viewer) {
        return documents(id, viewer).get(0).get("number").asText();
    }

    private static int sequence(String number, String prefix) {
        assertThat(number).startsWith(prefix).endsWith("号");
        return Integer.parseInt(number.substring(prefix.length(), number.length() - 1));
    }

    private String contentPath(JsonNode document) {
        return contentPath(UUID.fromString(document.get("id").asText()));
    }

    private String contentPath(UUID documentId) {
        return "/api/cases/" + caseId + "/official-documents/" + documentId + "/content";
    }

    private String servicesPath(JsonNode document) {
        return servicesPath(UUID.fromString(document.get("id").asText()));
    }

    private String servicesPath(UUID documentId) {
        return "/api/cases/" + caseId + "/official-documents/" + documentId + "/services";
    }

    private static JsonNode byId(JsonNode documents, UUID id) {
        for (JsonNode d : documents) {
            if (d.get("id").asText().equals(id.toString())) {
                return d;
            }
        }
        throw new AssertionError("no document " + id + " in " + documents);
    }

    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private List<String> actions(String id) {
        return jdbc.sql("select action from audit_events where case_id = :id::uuid order by occurred_at, id")
            .param("id", id)
            .query(String.class)
            .list();
    }

}
