package io.ipcase.adjudication;

import static io.ipcase.adjudication.CaseAcceptanceIntegrationTests.fields;
import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.RESPONDENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.Api;
import io.ipcase.support.IssuedDocuments;
import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Order 81 art. 19: the 3-year limit is the respondent's defence after acceptance, not a
 * ground the office raises of its own motion; if it holds, with no suspension,
 * interruption or extension, the case is withdrawn (撤销案件) on that ground. The request was
 * received on Mon 23 Nov 2026.
 */
class TimeBarDefenceIntegrationTests extends PostgresIntegrationTests {

    /** Three years before it ended on Fri 20 Nov 2026, before the request came. */
    static final String KNOWN_LONG_AGO = "2023-11-20";

    @Autowired
    CaseDrivers drivers;

    @Autowired
    JdbcClient jdbc;

    private CaseDriver lateRequestServed() {
        Map<String, Object> values = CaseDriver.acceptance();
        @SuppressWarnings("unchecked")
        Map<String, Object> checks = (Map<String, Object>) values.get("admissibility");
        checks.put("infringementKnownOn", KNOWN_LONG_AGO);
        return drivers.file(this::as, CaseDriver.filing()).served(values, LocalDate.of(2026, 11, 24));
    }

    private CaseDriver defenceRaised() {
        CaseDriver c = lateRequestServed();
        Api.Response raised = as(RESPONDENT).postJson("/api/cases/" + c.caseId + "/withdrawal-requests",
                Map.of("ground", "TIME_BARRED", "details", "请求人早在2023年11月即已知悉被控侵权行为，请求已超过三年时限。"));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        return c;
    }

    private static Map<String, Object> finding(String decision, List<Map<String, Object>> events) {
        Map<String, Object> values = new HashMap<>();
        values.put("decision", decision);
        values.put("reasons", "经查明的请求时限情况见上。");
        values.put("ground", "TIME_BARRED");
        values.put("timeBar", Map.of("knownOn", KNOWN_LONG_AGO, "events", events));
        return values;
    }

    @Test
    void timeBarDefenceThatHoldsWithdrawsTheCaseOnThatGround() {
        CaseDriver c = defenceRaised();
        assertThat(c.task("Task_DecideWithdrawal")).isNotNull();

        Api.Response goOn = c.complete(OFFICER_YUBEI, "Task_DecideWithdrawal", finding("CONTINUE", List.of()));
        assertThat(goOn.status()).as("the limit ran out: the case is to be withdrawn").isEqualTo(400);
        assertThat(fields(goOn)).containsExactly("decision");

        c.done(OFFICER_YUBEI, "Task_DecideWithdrawal", finding("WITHDRAW", List.of()));

        assertThat(c.stage()).isEqualTo("WITHDRAWN");
        JsonNode decision = IssuedDocuments.only(c.view(COMPLAINANT), AdjudicationDocuments.WITHDRAWAL_DECISION);
        assertThat(IssuedDocuments.text(as(COMPLAINANT), c.caseId, decision)).contains("请求时限抗辩", "第十九条第三款");
        assertThat(jdbc.sql("select limit_last_day from time_bar_findings where case_id = :id")
            .param("id", c.caseId)
            .query(LocalDate.class)
            .single()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void warningLetterInterruptsTheTimeLimitAndTheDefenceFails() {
        CaseDriver c = defenceRaised();
        List<Map<String, Object>> letter = List
            .of(Map.of("kind", "INTERRUPTION", "from", "2025-03-01", "description", "请求人向被请求人发送侵权警告函。"));

        Api.Response withdraw = c.complete(OFFICER_YUBEI, "Task_DecideWithdrawal", finding("WITHDRAW", letter));
        assertThat(withdraw.status()).isEqualTo(400);
        assertThat(fields(withdraw)).containsExactly("decision");

        c.done(OFFICER_YUBEI, "Task_DecideWithdrawal", finding("CONTINUE", letter));

        assertThat(c.stage()).isNotEqualTo("WITHDRAWN");
        assertThat(jdbc.sql("select kind from time_bar_events").query(String.class).list()).contains("INTERRUPTION");
    }

    @Test
    void suspensionAndExtensionOfTheTimeLimitAreRecordedAndCounted() {
        CaseDriver c = defenceRaised();
        // an obstacle in the last 6 months (from 1 Sep 2026) that ended on 1 Oct 2026:
        // the limit ends 6 months later, 1 Apr 2027
        List<Map<String, Object>> suspended = List.of(Map.of("kind", "SUSPENSION", "from", "2026-09-01", "until",
                "2026-10-01", "description", "请求人因不可抗力不能行使请求权。"));

        assertThat(c.complete(OFFICER_YUBEI, "Task_DecideWithdrawal", finding("WITHDRAW", suspended)).status())
            .isEqualTo(400);
        List<Map<String, Object>> noEnd = List
            .of(Map.of("kind", "EXTENSION", "from", "2026-09-01", "description", "特殊情况延长。"));
        assertThat(fields(c.complete(OFFICER_YUBEI, "Task_DecideWithdrawal", finding("CONTINUE", noEnd))))
            .containsExactly("timeBar.events[0].until");

        c.done(OFFICER_YUBEI, "Task_DecideWithdrawal", finding("CONTINUE", suspended));
        assertThat(jdbc.sql("select limit_last_day from time_bar_findings where case_id = :id")
            .param("id", c.caseId)
            .query(LocalDate.class)
            .single()).isEqualTo(LocalDate.of(2027, 4, 1));
    }

    @Test
    void onlyTheRespondentRaisesTheTimeBar() {
        CaseDriver c = lateRequestServed();
        assertThat(RespondentPortalIntegrationTests.steps(c.view(RESPONDENT))).contains("TIME_BAR_DEFENCE");
        assertThat(RespondentPortalIntegrationTests.steps(c.view(COMPLAINANT))).doesNotContain("TIME_BAR_DEFENCE");

        assertThat(as(COMPLAINANT)
            .postJson("/api/cases/" + c.caseId + "/withdrawal-requests",
                    Map.of("ground", "TIME_BARRED", "details", "超过时限。"))
            .status()).isEqualTo(403);
        assertThat(c.hasTask("Task_DecideWithdrawal")).isFalse();
    }

}
