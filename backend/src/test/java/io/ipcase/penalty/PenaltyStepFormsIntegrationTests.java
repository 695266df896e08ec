package io.ipcase.penalty;

import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OTHER_OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The penalty steps' forms as the server describes them to the one step form: the words
 * officers read, what is required when, and the days a date may take.
 */
class PenaltyStepFormsIntegrationTests extends PenaltyIntegrationTests {

    private JsonNode form(String user, String caseId, String taskKey) {
        return as(user).get("/api/inbox/tasks/" + taskId(caseId, taskKey) + "/form").json();
    }

    private static JsonNode field(JsonNode form, String name) {
        for (JsonNode field : form.get("fields")) {
            if (field.get("name").asText().equals(name)) {
                return field;
            }
        }
        throw new AssertionError("no field " + name + " in " + form);
    }

    private static List<String> choices(JsonNode field) {
        List<String> labels = new ArrayList<>();
        field.get("choices").forEach(c -> labels.add(c.get("label").asText()));
        return labels;
    }

    @Test
    void theFilingApprovalOffersItsThreeOutcomesAndAsksForReasonsWithARefusalOrAnExtension() {
        String caseId = register(ownFinding());

        JsonNode form = form(SUPERVISOR_YUBEI, caseId, "Task_ApproveFiling");

        assertThat(form.get("intro").asText()).isEqualTo("批准后立案，办案期限开始计算。");
        JsonNode outcome = field(form, "outcome");
        assertThat(outcome.get("kind").asText()).isEqualTo("RADIO");
        assertThat(outcome.get("required").asBoolean()).isTrue();
        assertThat(choices(outcome)).containsExactly("批准", "不予批准", "延长核查期限（市场监管程序）");
        JsonNode comments = field(form, "comments");
        assertThat(comments.get("label").asText()).isEqualTo("意见或理由");
        assertThat(comments.get("requiredWhen").get("is")).extracting(JsonNode::asText)
            .containsExactly("REFUSED", "EXTENDED");
        assertThat(form.get("submitLabel").asText()).isEqualTo("提交");
    }

    @Test
    void aServiceIsRecordedWithADayNotAfterTodayAndHowItWasServed() {
        String caseId = register(ownFinding());
        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveFiling", Map.of("outcome", "APPROVED"));
        recordMeasure(caseId, "SITE_INSPECTION", List.of(OFFICER_YUBEI, OTHER_OFFICER_YUBEI));
        recordSale(caseId, "120.00", 250);
        work(OFFICER_YUBEI, caseId, "Task_Investigate", conclusion("PENALTY", false));
        work(OFFICER_YUBEI, caseId, "Task_ProposePenalty",
                Map.of("fine", "80000", "discretionLevel", "NORMAL", "correction", "停止销售。"));

        JsonNode form = form(OFFICER_YUBEI, caseId, "Task_ServePenaltyNotice");

        assertThat(form.get("intro").asText()).contains("五个工作日内要求听证");
        JsonNode date = field(form, "date");
        assertThat(date.get("label").asText()).isEqualTo("日期");
        assertThat(date.get("required").asBoolean()).isTrue();
        assertThat(date.get("notAfter").asText()).isEqualTo("2026-11-23");
        JsonNode method = field(form, "method");
        assertThat(method.get("label").asText()).isEqualTo("送达方式");
        assertThat(method.get("kind").asText()).isEqualTo("SELECT");
        assertThat(choices(method)).contains("直接送达", "邮寄送达", "公告送达");
    }

    @Test
    void theInvestigationOpensAsAConclusionHeadedByTheGainsRecorded() {
        String caseId = register(ownFinding());
        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveFiling", Map.of("outcome", "APPROVED"));
        recordSale(caseId, "120.00", 250);

        JsonNode form = form(OFFICER_YUBEI, caseId, "Task_Investigate");

        assertThat(form.get("intro").asText()).contains("30,000.00");
        assertThat(form.get("initialValues").get("step").asText()).isEqualTo("CONCLUDED");
        assertThat(choices(field(form, "outcome"))).contains("给予行政处罚");
        assertThat(field(form, "outcome").get("shownWhen").get(0).get("is")).extracting(JsonNode::asText)
            .containsExactly("CONCLUDED");
        assertThat(field(form, "report").get("label").asText()).isEqualTo("调查终结报告（或延期理由）");
    }

    @Test
    void theHearingIsPresidedByAnOfficerWhoDidNotInvestigate() {
        String caseId = register(ownFinding());
        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveFiling", Map.of("outcome", "APPROVED"));
        recordMeasure(caseId, "SITE_INSPECTION", List.of(OFFICER_YUBEI, OTHER_OFFICER_YUBEI));
        recordSale(caseId, "120.00", 250);
        work(OFFICER_YUBEI, caseId, "Task_Investigate", conclusion("PENALTY", false));
        work(OFFICER_YUBEI, caseId, "Task_ProposePenalty",
                Map.of("fine", "180000", "discretionLevel", "HEAVY", "correction", "停止销售。"));
        work(OFFICER_YUBEI, caseId, "Task_ServePenaltyNotice", Map.of("date", "2026-11-23", "method", "PERSONAL"));
        as(OFFICER_YUBEI).postJson("/api/penalty/cases/" + caseId + "/responses",
                Map.of("kind", "HEARING_REQUEST", "receivedOn", "2026-11-23"));

        JsonNode form = form(OFFICER_YUBEI, caseId, "Task_ScheduleHearing");

        assertThat(field(form, "presider").get("choices")).extracting(c -> c.get("value").asText())
            .contains(SUPERVISOR_YUBEI)
            .doesNotContain(OFFICER_YUBEI, OTHER_OFFICER_YUBEI);
        // 7 working days after Mon 23 Nov
        assertThat(field(form, "at").get("notBefore").asText()).isEqualTo("2026-12-02");
        assertThat(form.get("initialValues").get("publicHearing").asBoolean()).isTrue();
    }

}
