package io.ipcase.penalty;

import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OTHER_OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.Api;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sealing or seizure (Patent Law art. 69 ¶1(5); Administrative Compulsion Law art. 25)
 * and the referral of a suspected crime to the police (State Council regulation 2020,
 * art. 5-12).
 */
class SeizureAndReferralIntegrationTests extends PenaltyIntegrationTests {

    @Autowired
    RuntimeService runtime;

    private String investigating() {
        String caseId = register(ownFinding());
        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveFiling", Map.of("outcome", "APPROVED"));
        return caseId;
    }

    private Api.Response requestSeizure(String caseId) {
        return as(OFFICER_YUBEI).postJson("/api/penalty/cases/" + caseId + "/seizures",
                Map.of("kind", "SEIZURE", "items", "标注失效专利号的折叠椅32把", "place", "重庆市渝北区龙溪街道5号", "reasons", "防止转移、销毁证据。"));
    }

    private Job seizureTimer(String caseId) {
        String pi = jdbc.sql("select process_instance_id from penalty_seizures where case_id = :c::uuid and seq = 1")
            .param("c", caseId)
            .query(String.class)
            .single();
        return management.createJobQuery().processInstanceId(pi).timers().singleResult();
    }

    private JsonNode seizure(String caseId) {
        return penalty(caseId).get("seizures").get(0);
    }

    @Test
    void aSeizureIsTheSupervisorsToApproveAndLastsThirtyDaysFromTheDayItIsCarriedOut() {
        String caseId = investigating();

        assertThat(requestSeizure(caseId).status()).isEqualTo(201);
        assertThat(openTask(caseId, "Task_ApproveSeizure")).isNotNull();
        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveSeizure", Map.of("outcome", "APPROVED"));
        work(OFFICER_YUBEI, caseId, "Task_CarryOutSeizure",
                Map.of("date", "2026-11-23", "comments", "当场清点32把，制作清单一份，交当事人签收。"));

        JsonNode s = seizure(caseId);
        assertThat(s.get("seizure").get("status").asText()).isEqualTo("HELD");
        assertThat(s.get("clock").get("deadline").get("lastDay").asText()).isEqualTo("2026-12-23");
        assertThat(seizureTimer(caseId).getDuedate().toInstant())
            .isEqualTo(OffsetDateTime.parse("2026-12-24T00:00:00+08:00").toInstant());

        // the decision, made on approval, is handed to the party as the seizure is
        // carried out
        JsonNode decision = official(caseId, "penalty-seizure-decision");
        assertThat(decision.get("title").asText()).isEqualTo("查封扣押决定书");
        assertThat(decision.get("addresseeRole").asText()).isEqualTo("PARTY");
        assertThat(decision.get("services").get(0).get("method").asText()).isEqualTo("PERSONAL");
        assertThat(decision.get("services").get(0).get("servedOn").asText()).isEqualTo("2026-11-23");
    }

    private JsonNode official(String caseId, String templateKey) {
        JsonNode found = null;
        for (JsonNode d : caseView(OFFICER_YUBEI, caseId).get("officialDocuments")) {
            if (d.get("templateKey").asText().equals(templateKey)) {
                assertThat(found).as("one " + templateKey).isNull();
                found = d;
            }
        }
        assertThat(found).as(templateKey).isNotNull();
        return found;
    }

    @Test
    void testingTimeIsNotCountedAndTheExtensionIsGrantedOnce() {
        String caseId = investigating();
        requestSeizure(caseId);
        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveSeizure", Map.of("outcome", "APPROVED"));
        work(OFFICER_YUBEI, caseId, "Task_CarryOutSeizure", Map.of("date", "2026-11-23", "comments", "清点32把。"));

        assertThat(as(OFFICER_YUBEI)
            .postJson("/api/penalty/cases/" + caseId + "/seizures/1/testing", Map.of("starts", true, "reason", "送检鉴定"))
            .status()).isEqualTo(204);
        assertThat(seizureTimer(caseId)).isNull();
        clock.advance(Duration.ofDays(5));
        as(OFFICER_YUBEI).postJson("/api/penalty/cases/" + caseId + "/seizures/1/testing", Map.of("starts", false));

        assertThat(seizure(caseId).get("clock").get("deadline").get("lastDay").asText()).isEqualTo("2026-12-28");
        assertThat(seizureTimer(caseId).getDuedate().toInstant())
            .isEqualTo(OffsetDateTime.parse("2026-12-29T00:00:00+08:00").toInstant());

        as(OFFICER_YUBEI).postJson("/api/penalty/cases/" + caseId + "/seizures/1/extension-request",
                Map.of("reasons", "鉴定尚未完成。"));
        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveSeizureExtension",
                Map.of("outcome", "APPROVED", "comments", "情况复杂，延长三十日。"));
        // 28 Dec + 30 days
        assertThat(seizure(caseId).get("clock").get("deadline").get("lastDay").asText()).isEqualTo("2027-01-27");
        assertThat(as(OFFICER_YUBEI)
            .postJson("/api/penalty/cases/" + caseId + "/seizures/1/extension-request", Map.of("reasons", "再延长。"))
            .status()).isEqualTo(409);
    }

    @Test
    void aSeizureEndingLeavesTheCasesOwnClocksRunning() {
        String caseId = investigating();
        requestSeizure(caseId);

        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveSeizure", Map.of("outcome", "REFUSED", "comments", "证据已固定。"));

        assertThat(penalty(caseId).get("seizures").get(0).get("seizure").get("status").asText()).isEqualTo("REFUSED");
        assertThat(caseView(OFFICER_YUBEI, caseId).get("clocks")).anySatisfy(c -> {
            assertThat(c.get("key").asText()).isEqualTo("case-period");
            assertThat(c.get("state").asText()).isEqualTo("RUNNING");
        });
    }

    @Test
    void thePenaltyDecisionConfiscatesTheItemsStillHeld() {
        String caseId = investigating();
        requestSeizure(caseId);
        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveSeizure", Map.of("outcome", "APPROVED"));
        work(OFFICER_YUBEI, caseId, "Task_CarryOutSeizure", Map.of("date", "2026-11-23", "comments", "清点32把。"));
        recordMeasure(caseId, "SEALING_OR_SEIZURE", List.of(OFFICER_YUBEI, OTHER_OFFICER_YUBEI));
        recordSale(caseId, "100.00", 10);
        work(OFFICER_YUBEI, caseId, "Task_Investigate", conclusion("PENALTY", false));
        work(OFFICER_YUBEI, caseId, "Task_ProposePenalty",
                Map.of("fine", "20000", "discretionLevel", "LIGHT", "correction", "停止销售。", "confiscateSeized", true));
        work(OFFICER_YUBEI, caseId, "Task_ServePenaltyNotice", Map.of("date", "2026-11-23", "method", "PERSONAL"));
        as(OFFICER_YUBEI).postJson("/api/penalty/cases/" + caseId + "/responses",
                Map.of("kind", "WAIVER", "receivedOn", "2026-11-23"));

        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveDecision", Map.of("outcome", "APPROVED"));

        JsonNode s = seizure(caseId);
        assertThat(s.get("seizure").get("status").asText()).isEqualTo("CONFISCATED");
        assertThat(s.get("clock").get("state").asText()).isEqualTo("STOPPED");
        assertThat(runtime.createProcessInstanceQuery()
            .processInstanceId(s.get("seizure").get("processInstanceId").asText())
            .count()).isZero();
    }

    @Test
    void gainsAtTheCrimeThresholdGoToThePoliceFirstAndAPenaltyNeverReplacesIt() {
        String caseId = investigating();
        recordMeasure(caseId, "RECORDS_COPYING", List.of(OFFICER_YUBEI, OTHER_OFFICER_YUBEI));
        recordSale(caseId, "400.00", 250);

        work(OFFICER_YUBEI, caseId, "Task_Investigate", conclusion("PENALTY", true));

        JsonNode referred = caseView(OFFICER_YUBEI, caseId);
        assertThat(referred.get("stage").asText()).isEqualTo("REFERRED_TO_POLICE");
        assertThat(referred.get("penalty").get("findings").get("crimeGround").asText()).isEqualTo("GAINS_OR_VOLUME");
        assertThat(openTaskKeys(caseId)).containsExactly("Task_ApproveReferral");
        // the head decides within 3 days of the report, Thu 26 Nov
        assertThat(openTask(caseId, "Task_ApproveReferral").get("dueAt").asText())
            .isEqualTo("2026-11-26T23:59:59+08:00");

        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveReferral", Map.of("outcome", "APPROVED"));
        // within 24 hours of the approval at 09:00 on 23 Nov
        assertThat(openTask(caseId, "Task_TransferToPolice").get("dueAt").asText())
            .isEqualTo("2026-11-24T08:59:59+08:00");
        work(OFFICER_YUBEI, caseId, "Task_TransferToPolice",
                Map.of("at", "2026-11-23T15:00:00+08:00", "reference", "渝北区公安分局，渝北知移〔2026〕1号"));
        JsonNode referral = official(caseId, "penalty-police-referral");
        assertThat(referral.get("title").asText()).isEqualTo("涉嫌犯罪案件移送书");
        assertThat(referral.get("addresseeRole").asText()).isEqualTo("AUTHORITY");
        assertThat(referral.get("services").get(0).get("servedOn").asText()).isEqualTo("2026-11-23");
        assertThat(referral.get("services").get(0).get("receiptRef").asText()).startsWith("渝北区公安分局");
        work(OFFICER_YUBEI, caseId, "Task_RecordPoliceDecision",
                Map.of("outcome", "CASE_OPENED", "date", "2026-11-23", "reference", "渝北公（经）立字〔2026〕88号"));
        work(OFFICER_YUBEI, caseId, "Task_HandOverItems", Map.of("date", "2026-11-23", "reference", "移交清单001"));

        JsonNode ended = caseView(OFFICER_YUBEI, caseId);
        assertThat(ended.get("stage").asText()).isEqualTo("TRANSFERRED");
        assertThat(actions(ended)).doesNotContain("PENALTY_PROPOSED", "PENALTY_DECISION_ISSUED");
    }

    @Test
    void whenThePoliceOpenNoCaseTheOfficeMayObjectAndThenGoesOnToPenalise() {
        String caseId = investigating();
        recordMeasure(caseId, "RECORDS_COPYING", List.of(OFFICER_YUBEI, OTHER_OFFICER_YUBEI));
        recordSale(caseId, "400.00", 250);
        work(OFFICER_YUBEI, caseId, "Task_Investigate", conclusion("PENALTY", true));
        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveReferral", Map.of("outcome", "APPROVED"));
        work(OFFICER_YUBEI, caseId, "Task_TransferToPolice",
                Map.of("at", "2026-11-23T15:00:00+08:00", "reference", "渝北区公安分局"));

        work(OFFICER_YUBEI, caseId, "Task_RecordPoliceDecision",
                Map.of("outcome", "NO_CASE", "date", "2026-11-23", "reference", "不予立案通知书"));
        assertThat(openTask(caseId, "Task_DecideOnReconsideration").get("dueAt").asText())
            .isEqualTo("2026-11-26T23:59:59+08:00");
        work(OFFICER_YUBEI, caseId, "Task_DecideOnReconsideration",
                Map.of("outcome", "ACCEPTED", "date", "2026-11-23", "comments", "不立案理由成立。"));

        assertThat(caseView(OFFICER_YUBEI, caseId).get("stage").asText()).isEqualTo("INVESTIGATION");
        assertThat(openTaskKeys(caseId)).containsExactly("Task_ProposePenalty");
    }

}
