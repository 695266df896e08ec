package io.ipcase.adjudication;

import static io.ipcase.support.TestUsers.COMPLAINANT;
import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OTHER_OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.adjudication.answer.Answers;
import io.ipcase.adjudication.decision.Decisions;
import io.ipcase.adjudication.enforcement.Enforcement;
import io.ipcase.adjudication.hearing.Hearings;
import io.ipcase.support.Api;
import io.ipcase.support.Filings;
import io.ipcase.support.IssuedDocuments;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes an adjudication case through its steps as the people and events of the procedure
 * would: through the API where a person acts, through the services the documents' service
 * records call where a document reaches a party, and through the engine's jobs where a
 * period runs out.
 */
public class CaseDriver {

    /**
     * The panel every driven case gets: three officers of the Yubei office, the first
     * handling it.
     */
    public static final List<String> PANEL = List.of(OFFICER_YUBEI, OTHER_OFFICER_YUBEI, SUPERVISOR_YUBEI);

    private final Function<String, Api> as;

    private final JdbcClient jdbc;

    private final ManagementService management;

    private final RuntimeService runtime;

    private final TransactionTemplate tx;

    private final Answers answers;

    private final Decisions decisions;

    private final Enforcement enforcement;

    private final Hearings hearings;

    /** The tests' day, Mon 23 Nov 2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    public final UUID caseId;

    CaseDriver(Function<String, Api> as, JdbcClient jdbc, ManagementService management, RuntimeService runtime,
            TransactionTemplate tx, Answers answers, Decisions decisions, Enforcement enforcement, Hearings hearings,
            Map<String, Object> filing) {
        this.as = as;
        this.jdbc = jdbc;
        this.management = management;
        this.runtime = runtime;
        this.tx = tx;
        this.answers = answers;
        this.decisions = decisions;
        this.enforcement = enforcement;
        this.hearings = hearings;
        Api.Response filed = as.apply(COMPLAINANT)
            .postMultipart("/api/cases/infringement-disputes", "filing", filing, "evidence", List.of());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        this.caseId = UUID.fromString(filed.json().get("id").asText());
    }

    /**
     * The values of an acceptance: the panel, and every admissibility check passed (Order
     * 81 art. 12).
     */
    public static Map<String, Object> acceptance() {
        return acceptance(PANEL);
    }

    /**
     * As {@link #acceptance()}, with a panel of another office; its first member leads.
     */
    public static Map<String, Object> acceptance(List<String> panel) {
        Map<String, Object> checks = new HashMap<>(Map.of("standing", true, "definiteRespondent", true,
                "definiteClaims", true, "withinJurisdiction", true, "noSuitOrOtherAgreement", true, "patentInForce",
                true, "infringementKnownOn", "2026-10-01", "continuingInfringement", false));
        Map<String, Object> values = new HashMap<>();
        values.put("decision", "ACCEPT");
        values.put("panelMembers", panel);
        values.put("leadOfficer", panel.get(0));
        values.put("admissibility", checks);
        values.put("repeatInfringement", false);
        return values;
    }

    public JsonNode view(String user) {
        Api.Response response = as.apply(user).get("/api/cases/" + caseId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    public String stage() {
        return view(OFFICER_YUBEI).get("stage").asText();
    }

    /** The open task of this key, as the case page shows it to the office's staff. */
    public JsonNode task(String taskKey) {
        for (JsonNode t : view(OFFICER_YUBEI).get("openTasks")) {
            if (t.get("taskKey").asText().equals(taskKey)) {
                return t;
            }
        }
        throw new AssertionError("no open task " + taskKey + " in " + view(OFFICER_YUBEI).get("openTasks"));
    }

    public boolean hasTask(String taskKey) {
        for (JsonNode t : view(OFFICER_YUBEI).get("openTasks")) {
            if (t.get("taskKey").asText().equals(taskKey)) {
                return true;
            }
        }
        return false;
    }

    /** Claims the task if nobody has it, and completes it with these values. */
    public Api.Response complete(String user, String taskKey, Object values) {
        JsonNode task = task(taskKey);
        String id = task.get("taskId").asText();
        if (task.get("assignee") == null || task.get("assignee").isNull()) {
            Api.Response claimed = as.apply(user).post("/api/inbox/tasks/" + id + "/claim");
            assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);
        }
        return as.apply(user).postJson("/api/inbox/tasks/" + id + "/complete", values);
    }

    public void done(String user, String taskKey, Object values) {
        Api.Response response = complete(user, taskKey, values);
        assertThat(response.status()).as(taskKey + ": " + response).isEqualTo(204);
    }

    public CaseDriver accepted() {
        done(OFFICER_YUBEI, "Task_ReviewAcceptance", acceptance());
        return this;
    }

    /**
     * Accepted, the request issued to the respondent, and received by it on
     * {@code receivedOn}.
     */
    public CaseDriver served(LocalDate receivedOn) {
        return served(acceptance(), receivedOn);
    }

    /** As {@link #served(LocalDate)}, accepted with these values. */
    public CaseDriver served(Map<String, Object> acceptance, LocalDate receivedOn) {
        done(OFFICER_YUBEI, "Task_ReviewAcceptance", acceptance);
        done(OFFICER_YUBEI, "Task_ServeRequest", Map.of());
        tx.executeWithoutResult(s -> answers.requestServed(caseId, receivedOn, "t.post"));
        return this;
    }

    public CaseDriver answerPeriodOver() {
        runTimer("Event_AnswerPeriodExpired");
        return this;
    }

    /**
     * The evidence period planned so that it ends on {@code lastDay}: its notice issued
     * and served on both parties today, Mon 23 Nov 2026 (Order 81 art. 54).
     */
    public CaseDriver evidencePlanned(LocalDate lastDay) {
        done(OFFICER_YUBEI, "Task_PlanEvidence", Map.of("evidenceDays", ChronoUnit.DAYS.between(TODAY, lastDay),
                "measures", List.of("SITE_INSPECTION"), "evaluationReportRequired", false));
        documentServed(AdjudicationDocuments.EVIDENCE_NOTICE, "REQUESTER", TODAY);
        documentServed(AdjudicationDocuments.EVIDENCE_NOTICE, "RESPONDENT", TODAY);
        return this;
    }

    /**
     * An officer records that the case's latest document of this template reached the
     * party of this role on {@code servedOn}, by post.
     */
    public void documentServed(String templateKey, String partyRole, LocalDate servedOn) {
        JsonNode document = IssuedDocuments.of(view(OFFICER_YUBEI), templateKey)
            .stream()
            .max(Comparator.comparing(d -> d.get("issuedAt").asText()))
            .orElseThrow(() -> new AssertionError("no document " + templateKey));
        Api.Response recorded = as.apply(OFFICER_YUBEI)
            .postJson("/api/cases/" + caseId + "/official-documents/" + document.get("id").asText() + "/services",
                    Map.of("partyRole", partyRole, "method", "POSTAL", "servedOn", servedOn.toString()));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    }

    public CaseDriver evidenceClosed() {
        done(OFFICER_YUBEI, "Task_RecordInvestigation", Map.of("records", List.of()));
        runTimer("Event_EvidencePeriodExpired");
        return this;
    }

    /**
     * The decision drafted, approved, and served on the respondent on {@code servedOn}.
     */
    public CaseDriver decided(boolean infringement, LocalDate servedOn) {
        Map<String, Object> draft = new HashMap<>(Map.of("outcome", infringement ? "INFRINGEMENT_FOUND" : "NOT_FOUND",
                "reasoning", "被控侵权产品落入权利要求1的保护范围。", "priorArtDefence", "NOT_RAISED", "seriousDishonesty", false));
        if (infringement) {
            draft.put("stopMeasures", List.of("SALE", "OFFER_FOR_SALE"));
            draft.put("stopScope", "停止销售、许诺销售被控侵权的折叠椅。");
        }
        done(OFFICER_YUBEI, "Task_DraftDecision", draft);
        done(SUPERVISOR_YUBEI, "Task_ApproveDecision", Map.of("decision", "APPROVE"));
        tx.executeWithoutResult(s -> decisions.served(caseId, servedOn, "t.post"));
        return this;
    }

    public void reminderServed(LocalDate servedOn) {
        tx.executeWithoutResult(s -> enforcement.reminderServed(caseId, servedOn, "t.post"));
    }

    /** The hearing notice served on both parties on {@code receivedOn}, by post. */
    public void hearingNoticeServed(LocalDate receivedOn) {
        documentServed(AdjudicationDocuments.HEARING_NOTICE, "REQUESTER", receivedOn);
        documentServed(AdjudicationDocuments.HEARING_NOTICE, "RESPONDENT", receivedOn);
    }

    public void hearingNoticeReceived(LocalDate receivedOn) {
        tx.executeWithoutResult(s -> hearings.noticeReceived(caseId, receivedOn, "t.post"));
    }

    public String processInstanceId() {
        return jdbc.sql("select process_instance_id from cases where id = :id")
            .param("id", caseId)
            .query(String.class)
            .single();
    }

    /**
     * A timer of the case's procedure (the called models' included), by its event's id.
     */
    public Job timer(String activityId) {
        List<Job> jobs = runtime.createProcessInstanceQuery()
            .processInstanceBusinessKey(caseId.toString())
            .list()
            .stream()
            .flatMap(pi -> management.createJobQuery()
                .processInstanceId(pi.getId())
                .activityId(activityId)
                .timers()
                .list()
                .stream())
            .toList();
        assertThat(jobs).as("timer " + activityId).hasSize(1);
        return jobs.get(0);
    }

    public void runTimer(String activityId) {
        management.executeJob(timer(activityId).getId());
    }

    public static Map<String, Object> filing() {
        return Filings.valid("yubei");
    }

}
