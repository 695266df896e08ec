package io.ipcase.audit;

import static io.ipcase.support.TestUsers.ADMIN;
import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.Api;
import io.ipcase.support.Filings;
import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.Test;

/**
 * The administrator's audit log: filtered, paged, newest first, and for administrators
 * only.
 */
class AuditLogIntegrationTests extends PostgresIntegrationTests {

    @Test
    void theLogIsFilteredByCaseActorActionAndDayAndPaged() {
        String caseId = as(COMPLAINANT)
            .postMultipart("/api/cases/infringement-disputes", "filing", Filings.valid("yubei"), "evidence", List.of())
            .json()
            .get("id")
            .asText();
        Api admin = as(ADMIN);

        JsonNode ofTheCase = admin.get("/api/admin/audit?caseId=" + caseId).json();
        assertThat(ofTheCase.get("total").asLong()).isPositive();
        assertThat(ofTheCase.get("items")).allSatisfy(e -> assertThat(e.get("caseId").asText()).isEqualTo(caseId));

        JsonNode filed = admin
            .get("/api/admin/audit?caseId=" + caseId + "&action=CASE_FILED&actor=" + COMPLAINANT
                    + "&from=2026-11-23&to=2026-11-23")
            .json();
        assertThat(filed.get("total").asLong()).isEqualTo(1);
        assertThat(filed.get("items").get(0).get("actor").asText()).isEqualTo(COMPLAINANT);
        assertThat(admin.get("/api/admin/audit?caseId=" + caseId + "&from=2026-11-24").json().get("total").asLong())
            .isZero();

        JsonNode firstPage = admin.get("/api/admin/audit?size=1&page=0").json();
        JsonNode secondPage = admin.get("/api/admin/audit?size=1&page=1").json();
        assertThat(firstPage.get("items")).hasSize(1);
        assertThat(firstPage.get("items").get(0).get("id").asLong())
            .isNotEqualTo(secondPage.get("items").get(0).get("id").asLong());
        assertThat(admin.get("/api/admin/audit/actions").json())
            .anySatisfy(a -> assertThat(a.asText()).isEqualTo("CASE_FILED"));
    }

    @Test
    void aFilterThatIsNoValueIsRefusedFieldByField() {
        Api.Response refused = as(ADMIN).get("/api/admin/audit?caseId=nope&from=2026-11-30&to=2026-11-01&size=1000");

        assertThat(refused.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("caseId", "to", "size");
    }

    @Test
    void onlyAdministratorsReadTheLog() {
        assertThat(as(SUPERVISOR_YUBEI).get("/api/admin/audit").status()).isEqualTo(403);
        assertThat(as(OFFICER_YUBEI).get("/api/admin/audit").status()).isEqualTo(403);
        assertThat(as(COMPLAINANT).get("/api/admin/audit/actions").status()).isEqualTo(403);
    }

}
