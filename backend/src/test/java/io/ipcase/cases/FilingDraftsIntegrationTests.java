package io.ipcase.cases;

import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OTHER_COMPLAINANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A request kept as a draft on the server, its evidence uploaded file by file, then
 * filed.
 */
class FilingDraftsIntegrationTests extends PostgresIntegrationTests {

    private static final String DRAFTS = "/api/filing-drafts";

    @TempDir
    Path dir;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDraftKeepsWhatWasTypedAndItsFilesAndFilesAsOneRequest() {
        Api complainant = as(COMPLAINANT);
        Map<String, Object> partial = Map.of("officeId", "yubei", "patent", Map.of("number", "ZL202320123456.1"));
        String id = complainant.postJson(DRAFTS, partial).json().get("id").asText();
        assertThat(upload(complainant, id, EvidenceFiles.pdf(dir, "购买凭证.pdf")).status()).isEqualTo(201);
        assertThat(upload(complainant, id, EvidenceFiles.png(dir, "产品照片.png")).status()).isEqualTo(201);

        JsonNode resumed = complainant.get(DRAFTS + "/" + id).json();
        assertThat(resumed.get("content").get("patent").get("number").asText()).isEqualTo("ZL202320123456.1");
        assertThat(resumed.get("files")).extracting(f -> f.get("contentType").asText())
            .containsExactlyInAnyOrder("application/pdf", "image/png");
        assertThat(complainant.get(DRAFTS).json()).anySatisfy(d -> assertThat(d.get("id").asText()).isEqualTo(id));

        assertThat(complainant.putJson(DRAFTS + "/" + id, Filings.valid("yubei")).status()).isEqualTo(200);
        Api.Response filed = complainant.post(DRAFTS + "/" + id + "/file");

        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        JsonNode theCase = complainant.get("/api/cases/" + filed.json().get("id").asText()).json();
        assertThat(theCase.get("documents")).extracting(d -> d.get("fileName").asText())
            .containsExactlyInAnyOrder("购买凭证.pdf", "产品照片.png");
        assertThat(complainant.get(DRAFTS + "/" + id).status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from filing_draft_files where draft_id = :id::uuid")
            .param("id", id)
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void anIncompleteDraftIsNotFiledAndStaysAsItWas() {
        Api complainant = as(COMPLAINANT);
        Map<String, Object> incomplete = Filings.valid("yubei");
        incomplete.remove("factsAndReasons");
        String id = complainant.postJson(DRAFTS, incomplete).json().get("id").asText();

        Api.Response refused = complainant.post(DRAFTS + "/" + id + "/file");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors"))
            .anySatisfy(e -> assertThat(e.get("field").asText()).isEqualTo("factsAndReasons"));
        assertThat(complainant.get(DRAFTS + "/" + id).status()).isEqualTo(200);
    }

    @Test
    void aFileThatIsNoPdfOrImageIsRefusedByItsBytes() {
        Api complainant = as(COMPLAINANT);
        String id = complainant.postJson(DRAFTS, Map.of()).json().get("id").asText();

        Api.Response refused = upload(complainant, id, EvidenceFiles.textNamedPdf(dir, "伪装.pdf"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(complainant.get(DRAFTS + "/" + id).json().get("files")).isEmpty();
    }

    @Test
    void aDraftIsItsOwnersAlone() {
        String id = as(COMPLAINANT).postJson(DRAFTS, Map.of("officeId", "yubei")).json().get("id").asText();

        Api other = as(OTHER_COMPLAINANT);
        assertThat(other.get(DRAFTS + "/" + id).status()).isEqualTo(404);
        assertThat(other.putJson(DRAFTS + "/" + id, Map.of()).status()).isEqualTo(404);
        assertThat(other.post(DRAFTS + "/" + id + "/file").status()).isEqualTo(404);
        assertThat(other.delete(DRAFTS + "/" + id).status()).isEqualTo(404);
        assertThat(other.get(DRAFTS).json()).noneSatisfy(d -> assertThat(d.get("id").asText()).isEqualTo(id));
        assertThat(as(OFFICER_YUBEI).get(DRAFTS).status()).isEqualTo(403);
        assertThat(as(COMPLAINANT).delete(DRAFTS + "/" + id).status()).isEqualTo(204);
    }

    private static Api.Response upload(Api api, String draftId, Path file) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new FileSystemResource(file));
        return api.postMultipart(DRAFTS + "/" + draftId + "/files", parts);
    }

}
