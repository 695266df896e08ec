package io.ipcase.cases;

import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.Api;
import io.ipcase.support.EvidenceFiles;
import io.ipcase.support.Filings;
import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the officer's case page shows beyond the case itself: linked cases, next steps,
 * previews.
 */
class CaseWorkspaceIntegrationTests extends PostgresIntegrationTests {

    @TempDir
    Path dir;

    @Test
    void linkedCasesAreThoseOfTheSamePatentOrTheSameRespondentAndOnlyStaffSeeThem() {
        int serial = ThreadLocalRandom.current().nextInt(1_000_000, 9_000_000);
        String p1 = Filings.patentNumber(serial);
        String p2 = Filings.patentNumber(serial + 1);
        String p3 = Filings.patentNumber(serial + 2);
        String first = file(p1, "关联测试" + serial + "甲公司");
        String samePatent = file(p1, "关联测试" + serial + "乙公司");
        String sameRespondent = file(p2, "关联测试" + serial + "甲公司");
        String unrelated = file(p3, "关联测试" + serial + "丙公司");

        JsonNode linked = as(OFFICER_YUBEI).get("/api/cases/" + first).json().get("linkedCases");

        assertThat(links(linked)).containsExactlyInAnyOrder(samePatent + " SAME_PATENT",
                sameRespondent + " SAME_RESPONDENT");
        assertThat(links(linked)).noneMatch(l -> l.startsWith(unrelated));
        assertThat(as(COMPLAINANT).get("/api/cases/" + first).json().has("linkedCases")).isFalse();
    }

    @Test
    void theDiagramMarksWhatMayComeNextAfterTheActiveStep() {
        String id = file(Filings.patentNumber(ThreadLocalRandom.current().nextInt(1_000_000, 9_000_000)), "某公司");

        JsonNode diagram = as(OFFICER_YUBEI).get("/api/cases/" + id + "/diagram").json();

        assertThat(strings(diagram.get("activeActivityIds"))).containsExactly("Task_ReviewAcceptance");
        assertThat(strings(diagram.get("nextActivityIds"))).contains("Gateway_AcceptanceDecision")
            .doesNotContain("Task_ReviewAcceptance", "StartEvent_RequestReceived");
    }

    @Test
    void aDocumentCanBeOpenedInlineForItsPreview() {
        Api complainant = as(COMPLAINANT);
        String id = complainant
            .postMultipart("/api/cases/infringement-disputes", "filing", Filings.valid("yubei"), "evidence",
                    List.of(EvidenceFiles.png(dir, "照片.png")))
            .json()
            .get("id")
            .asText();
        String documentId = complainant.get("/api/cases/" + id).json().get("documents").get(0).get("id").asText();
        String content = "/api/cases/" + id + "/documents/" + documentId + "/content";

        assertThat(as(OFFICER_YUBEI).get(content + "?inline=true").headers().getFirst("Content-Disposition"))
            .startsWith("inline");
        assertThat(as(OFFICER_YUBEI).get(content).headers().getFirst("Content-Disposition")).startsWith("attachment");
    }

    private String file(String patentNumber, String respondentName) {
        Map<String, Object> filing = Filings.valid("yubei");
        Filings.part(filing, "patent").put("number", patentNumber);
        Filings.part(filing, "respondent").put("name", respondentName);
        Filings.part(filing, "respondent").remove("idNumber");
        Api.Response filed = as(COMPLAINANT).postMultipart("/api/cases/infringement-disputes", "filing", filing,
                "evidence", List.of());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().get("id").asText();
    }

    private static List<String> links(JsonNode linked) {
        List<String> links = new ArrayList<>();
        linked.forEach(l -> links.add(l.get("id").asText() + " " + l.get("link").asText()));
        return links;
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

}
