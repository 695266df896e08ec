package io.ipcase.adjudication;

import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.support.IssuedDocuments;
import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Order 81 art. 54: the evidence period, at least 15 days, runs from the parties' receipt
 * of its notice (举证通知书), issued and served like every other document; it starts when the
 * last party has received it, so that no party has fewer days from its own receipt. Today
 * is Mon 23 Nov 2026.
 */
class EvidenceNoticeIntegrationTests extends PostgresIntegrationTests {

    @Autowired
    CaseDrivers drivers;

    @Autowired
    CaseClocks clocks;

    @Test
    void evidencePeriodRunsFromEachPartysReceiptOfItsNoticeNotFromTheDayThePanelPlansIt() {
        CaseDriver c = drivers.file(this::as, CaseDriver.filing())
            .served(LocalDate.of(2026, 11, 23))
            .answerPeriodOver();

        c.done(OFFICER_YUBEI, "Task_PlanEvidence",
                Map.of("evidenceDays", 15, "measures", List.of("SITE_INSPECTION"), "evaluationReportRequired", false));

        JsonNode notice = IssuedDocuments.only(c.view(COMPLAINANT), AdjudicationDocuments.EVIDENCE_NOTICE);
        assertThat(notice.get("title").asText()).isEqualTo("举证通知书");
        assertThat(notice.get("addresseeRole").asText()).isEqualTo("ALL_PARTIES");
        // read by the office: a party's reading would serve it
        assertThat(IssuedDocuments.text(as(OFFICER_YUBEI), c.caseId, notice)).contains("自收到本通知书之日起15日内", "现场检查",
                "第五十四条");
        assertThat(clocks.find(c.caseId, "evidence")).as("not before it is received").isEmpty();
        assertThat(c.hasTask("Task_RecordInvestigation")).isFalse();

        c.documentServed(AdjudicationDocuments.EVIDENCE_NOTICE, "REQUESTER", LocalDate.of(2026, 11, 23));
        assertThat(clocks.find(c.caseId, "evidence")).as("the respondent has not received it").isEmpty();
        clock.set(OffsetDateTime.parse("2026-11-25T10:00:00+08:00").toInstant());
        c.documentServed(AdjudicationDocuments.EVIDENCE_NOTICE, "RESPONDENT", LocalDate.of(2026, 11, 25));

        // the respondent received it on Wed 25 Nov: 15 days → Thu 10 Dec, for both
        assertThat(clocks.find(c.caseId, "evidence").orElseThrow().deadline().lastDay())
            .isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(c.timer("Event_EvidencePeriodExpired").getDuedate().toInstant())
            .isEqualTo(OffsetDateTime.parse("2026-12-11T00:00:00+08:00").toInstant());
        assertThat(c.task("Task_RecordInvestigation").get("dueAt").asText()).isEqualTo("2026-12-10T23:59:59+08:00");
    }

}
