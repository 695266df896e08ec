package io.ipcase.penalty;

import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.support.Api;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The periods of the penalty track: the 2-year limitation before filing (Admin. Penalty
 * Law art. 36); then each period counted from the day its document is served (art. 61;
 * CPL art. 85, 95), a public notice 30 days after publication: the statement and hearing
 * request, the hearing notice's 7 working days, payment, reconsideration (60 days, before
 * the body the decision names), lawsuit (6 months; 15 days after reconsideration), the
 * reminder (10 working days) and the court application (3 months).
 */
class PenaltyPeriodsIntegrationTests extends PenaltyIntegrationTests {

    /** Filed and investigated on Mon 23 Nov 2026, gains 30,000.00; a penalty proposed. */
    private String proposed(String fine, String level) {
        String caseId = register(ownFinding());
        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveFiling", Map.of("outcome", "APPROVED"));
        assertThat(recordMeasure(caseId, "SITE_INSPECTION",
                java.util.List.of(OFFICER_YUBEI, io.ipcase.support.TestUsers.OTHER_OFFICER_YUBEI))
            .status()).isEqualTo(201);
        recordSale(caseId, "120.00", 250);
        work(OFFICER_YUBEI, caseId, "Task_Investigate", conclusion("PENALTY", false));
        work(OFFICER_YUBEI, caseId, "Task_ProposePenalty", Map.of("fine", fine, "discretionLevel", level, "correction",
                "立即停止销售并除去产品上的专利标识。", "confiscateSeized", true, "complexOrMajor", false));
        return caseId;
    }

    /**
     * The notice served in person on 23 Nov, the rights period over, the decision
     * approved.
     */
    private String decided() {
        String caseId = proposed("80000", "NORMAL");
        work(OFFICER_YUBEI, caseId, "Task_ServePenaltyNotice", Map.of("date", "2026-11-23", "method", "PERSONAL"));
        management.executeJob(timer(caseId, "Event_RightsPeriodExpired").getId());
        work(SUPERVISOR_YUBEI, caseId, "Task_ApproveDecision", Map.of("outcome", "APPROVED"));
        return caseId;
    }

    private JsonNode clockOf(String caseId, String key) {
        for (JsonNode c : caseView(OFFICER_YUBEI, caseId).get("clocks")) {
            if (c.get("key").asText().equals(key)) {
                return c;
            }
        }
        throw new AssertionError("no clock " + key + " on " + caseId);
    }

    private String lastDay(String caseId, String key) {
        return clockOf(caseId, key).get("deadline").get("lastDay").asText();
    }

    /**
     * Served in person on Mon 23 Nov, unpaid: the windows close and the reminder is due.
     */
    private String atTheReminder() {
        String caseId = decided();
        work(OFFICER_YUBEI, caseId, "Task_ServeDecision", Map.of("date", "2026-11-23", "method", "PERSONAL"));
        // the timers fired by hand before the clock moves, so that the job executor does
        // not fire them too
        management.executeJob(timer(caseId, "Event_PaymentPeriodExpired").getId());
        management.executeJob(timer(caseId, "Event_EnforcementOpens").getId());
        clock.set(Instant.parse("2027-05-25T02:00:00Z"));
        assertThat(openTaskKeys(caseId)).contains("Task_IssueReminder");
        return caseId;
    }

    @Test
    void anActNotDiscoveredWithinTwoYearsIsNotPenalised() {
        long before = jdbc.sql("select count(*) from cases").query(Long.class).single();
        Map<String, Object> lead = ownFinding();
        // found on Mon 23 Nov 2026: an act of 22 Nov 2024 is beyond the 2 years
        lead.put("actEndedOn", "2024-11-22");

        Api.Response late = as(OFFICER_YUBEI).postJson("/api/penalty/cases", lead);

        assertThat(late.status()).isEqualTo(400);
        assertThat(message(late, "actEndedOn")).contains("2026-11-22").contains("第三十六条");
        assertThat(jdbc.sql("select count(*) from cases").query(Long.class).single()).isEqualTo(before);
        lead.put("actEndedOn", "2024-11-23");
        JsonNode limitation = penalty(register(lead)).get("limitation");
        assertThat(limitation.get("actEndedOn").asText()).isEqualTo("2024-11-23");
        assertThat(limitation.get("lastDay").asText()).isEqualTo("2026-11-23");
    }

    @Test
    void anActEndangeringLifeHealthOrFinancialSecurityWithHarmIsPenalisedWithinFiveYears() {
        Map<String, Object> lead = ownFinding();
        lead.put("actEndedOn", "2022-01-10");

        assertThat(message(as(OFFICER_YUBEI).postJson("/api/penalty/cases", lead), "actEndedOn"))
            .contains("2024-01-10");
        lead.put("safetyHarm", true);
        JsonNode limitation = penalty(register(lead)).get("limitation");
        assertThat(limitation.get("safetyHarm").asBoolean()).isTrue();
        assertThat(limitation.get("lastDay").asText()).isEqualTo("2027-01-10");
    }

    @Test
    void theLimitationOfAContinuingActRunsOnlyFromItsEnd() {
        Map<String, Object> lead = ownFinding();
        lead.remove("actEndedOn");

        Api.Response unrecorded = as(OFFICER_YUBEI).postJson("/api/penalty/cases", lead);
        assertThat(unrecorded.status()).isEqualTo(400);
        assertThat(fields(unrecorded)).containsExactly("actEndedOn");
        Map<String, Object> afterFinding = ownFinding();
        afterFinding.put("actEndedOn", "2026-11-24");
        assertThat(fields(as(OFFICER_YUBEI).postJson("/api/penalty/cases", afterFinding)))
            .containsExactly("actEndedOn");

        lead.put("actContinuing", true);
        JsonNode limitation = penalty(register(lead)).get("limitation");
        assertThat(limitation.get("actContinuing").asBoolean()).isTrue();
        assertThat(limitation.has("lastDay")).isFalse();
    }

    @Test
    void theDecisionNamesTheReconsiderationBodyAtTheOfficesLevel() throws IOException {
        String caseId = decided();

        JsonNode decision = caseView(OFFICER_YUBEI, caseId).get("officialDocuments")
            .findParents("templateKey")
            .stream()
            .filter(d -> d.get("templateKey").asText().equals("penalty-decision"))
            .findFirst()
            .orElseThrow();
        Api.Response pdf = as(OFFICER_YUBEI)
            .get("/api/cases/" + caseId + "/official-documents/" + decision.get("id").asText() + "/content");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            // Administrative Reconsideration Law 2023 art. 24: the Yubei district
            // government
            assertThat(text).contains("60日内依法向重庆市渝北区人民政府申请行政复议");
        }
    }

    private JsonNode hearingNotice(String caseId) {
        for (JsonNode d : caseView(OFFICER_YUBEI, caseId).get("officialDocuments")) {
            if (d.get("templateKey").asText().equals("penalty-hearing-notice")) {
                return d;
            }
        }
        throw new AssertionError("no hearing notice on " + caseId);
    }

    /** A hearing asked for on Mon 23 Nov and set for Wed 2 Dec, 7 working days on. */
    private String hearingScheduled() {
        String caseId = proposed("180000", "HEAVY");
        work(OFFICER_YUBEI, caseId, "Task_ServePenaltyNotice", Map.of("date", "2026-11-23", "method", "PERSONAL"));
        assertThat(as(OFFICER_YUBEI)
            .postJson("/api/penalty/cases/" + caseId + "/responses",
                    Map.of("kind", "HEARING_REQUEST", "receivedOn", "2026-11-23"))
            .status()).isEqualTo(201);
        work(OFFICER_YUBEI, caseId, "Task_ScheduleHearing", Map.of("at", "2026-12-02T09:30:00+08:00", "place",
                "渝北区知识产权局听证室", "presider", SUPERVISOR_YUBEI, "publicHearing", true));
        return caseId;
    }

    @Test
    void hearingNoticeGivesSevenWorkingDaysCountedFromItsServiceNotItsIssue() {
        String caseId = hearingScheduled();
        // issued on Mon 23 Nov, received by post on Tue 24 Nov: 7 working days on is
        // Thu 3 Dec, after the hearing set for Wed 2 Dec
        clock.set(Instant.parse("2026-11-24T02:00:00Z"));

        work(OFFICER_YUBEI, caseId, "Task_ServeHearingNotice", Map.of("date", "2026-11-24", "method", "POSTAL"));

        assertThat(openTaskKeys(caseId)).containsExactly("Task_ScheduleHearing");
        Api.Response tooSoon = complete(OFFICER_YUBEI, caseId, "Task_ScheduleHearing",
                Map.of("at", "2026-12-02T09:30:00+08:00", "place", "渝北区知识产权局听证室", "presider", SUPERVISOR_YUBEI));
        assertThat(tooSoon.status()).isEqualTo(400);
        work(OFFICER_YUBEI, caseId, "Task_ScheduleHearing", Map.of("at", "2026-12-03T09:30:00+08:00", "place",
                "渝北区知识产权局听证室", "presider", SUPERVISOR_YUBEI, "publicHearing", true));
        work(OFFICER_YUBEI, caseId, "Task_ServeHearingNotice", Map.of("date", "2026-11-24", "method", "PERSONAL"));
        assertThat(openTaskKeys(caseId)).containsExactly("Task_HoldHearing");
    }

    @Test
    void hearingNoticeServedOnItsIssueDayKeepsTheHearing() {
        String caseId = hearingScheduled();

        work(OFFICER_YUBEI, caseId, "Task_ServeHearingNotice", Map.of("date", "2026-11-23", "method", "PERSONAL"));

        assertThat(openTaskKeys(caseId)).containsExactly("Task_HoldHearing");
        assertThat(hearingNotice(caseId).get("services").get(0).get("servedOn").asText()).isEqualTo("2026-11-23");
    }

    @Test
    void aHearingNoticeServiceWithoutDayOrMethodChangesNothing() {
        String caseId = hearingScheduled();

        Api.Response bad = complete(OFFICER_YUBEI, caseId, "Task_ServeHearingNotice", Map.of("comments", "x"));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("type")).isNotNull();
        assertThat(fields(bad)).contains("date", "method");
        clock.set(Instant.parse("2026-12-04T02:00:00Z"));
        Api.Response afterHearing = complete(OFFICER_YUBEI, caseId, "Task_ServeHearingNotice",
                Map.of("date", "2026-12-03", "method", "PERSONAL"));
        assertThat(afterHearing.status()).isEqualTo(400);
        assertThat(message(afterHearing, "date")).contains("听证日期");
        assertThat(openTaskKeys(caseId)).containsExactly("Task_ServeHearingNotice");
        assertThat(hearingNotice(caseId).get("services")).isEmpty();
    }

    @Test
    void reconsiderationWindowIsSixtyDaysFromServiceOfTheDecision() {
        String caseId = decided();

        work(OFFICER_YUBEI, caseId, "Task_ServeDecision", Map.of("date", "2026-11-23", "method", "PERSONAL"));

        // Administrative Reconsideration Law art. 20: 60 days from Mon 23 Nov is Fri 22
        // Jan
        JsonNode window = clockOf(caseId, PenaltyClocks.RECONSIDERATION_WINDOW);
        assertThat(window.get("trigger").asText()).isEqualTo("2026-11-23");
        assertThat(window.get("deadline").get("lastDay").asText()).isEqualTo("2027-01-22");
    }

    private Api.Response challenge(String caseId, String kind, String filedOn, String body) {
        return as(OFFICER_YUBEI).postJson("/api/penalty/cases/" + caseId + "/challenges",
                Map.of("kind", kind, "filedOn", filedOn, "body", body));
    }

    @Test
    void reconsiderationAppliedForAfterTheSixtyDaysIsRefused() {
        String caseId = decided();
        work(OFFICER_YUBEI, caseId, "Task_ServeDecision", Map.of("date", "2026-11-23", "method", "PERSONAL"));
        clock.set(Instant.parse("2027-01-25T02:00:00Z"));

        Api.Response late = challenge(caseId, "RECONSIDERATION", "2027-01-23", "重庆市渝北区人民政府");

        assertThat(late.status()).isEqualTo(400);
        assertThat(fields(late)).containsExactly("filedOn");
        assertThat(challenge(caseId, "RECONSIDERATION", "2027-01-22", "重庆市渝北区人民政府").status()).isBetween(200, 299);
    }

    @Test
    void lawsuitBroughtAfterTheSixMonthsIsRefused() {
        String caseId = decided();
        work(OFFICER_YUBEI, caseId, "Task_ServeDecision", Map.of("date", "2026-11-23", "method", "PERSONAL"));
        clock.set(Instant.parse("2027-05-26T02:00:00Z"));

        Api.Response late = challenge(caseId, "LITIGATION", "2027-05-25", "重庆市第一中级人民法院");

        assertThat(late.status()).isEqualTo(400);
        assertThat(fields(late)).containsExactly("filedOn");
        assertThat(challenge(caseId, "LITIGATION", "2027-05-24", "重庆市第一中级人民法院").status()).isBetween(200, 299);
    }

    @Test
    void lawsuitAfterReconsiderationIsFifteenDaysFromItsDecision() {
        String caseId = decided();
        work(OFFICER_YUBEI, caseId, "Task_ServeDecision", Map.of("date", "2026-11-23", "method", "PERSONAL"));
        clock.set(Instant.parse("2026-12-20T02:00:00Z"));
        assertThat(challenge(caseId, "RECONSIDERATION", "2026-12-01", "重庆市渝北区人民政府").status()).isBetween(200, 299);
        long challengeId = penalty(caseId).get("challenges").get(0).get("id").asLong();

        Api.Response decided = as(OFFICER_YUBEI).postJson(
                "/api/penalty/cases/" + caseId + "/challenges/" + challengeId + "/decision",
                Map.of("decidedOn", "2026-12-20", "outcome", "UPHELD"));

        assertThat(decided.status()).isBetween(200, 299);
        // Administrative Litigation Law art. 45: Sun 20 Dec + 15 days is Mon 4 Jan 2027
        JsonNode window = clockOf(caseId, PenaltyClocks.LITIGATION_WINDOW);
        assertThat(window.get("trigger").asText()).isEqualTo("2026-12-20");
        assertThat(window.get("deadline").get("lastDay").asText()).isEqualTo("2027-01-04");
        assertThat(penalty(caseId).get("decision").get("windowsCloseOn").asText()).isEqualTo("2027-01-04");
    }

    @Test
    void lawsuitWindowIsSixMonthsFromServiceOfTheDecision() {
        String caseId = decided();

        work(OFFICER_YUBEI, caseId, "Task_ServeDecision", Map.of("date", "2026-11-23", "method", "PERSONAL"));

        // Administrative Litigation Law art. 46: 6 months from 23 Nov is Sun 23 May 2027,
        // a rest day: Mon 24 May; enforcement opens only after it
        JsonNode window = clockOf(caseId, PenaltyClocks.LITIGATION_WINDOW);
        assertThat(window.get("trigger").asText()).isEqualTo("2026-11-23");
        assertThat(window.get("deadline").get("lastDay").asText()).isEqualTo("2027-05-24");
        assertThat(timer(caseId, "Event_PaymentPeriodExpired")).isNotNull();
        assertThat(penalty(caseId).get("decision").get("windowsCloseOn").asText()).isEqualTo("2027-05-24");
    }

    @Test
    void courtApplicationIsDueThreeMonthsAfterTheReconsiderationAndLawsuitWindowsClose() {
        String caseId = atTheReminder();

        // Administrative Compulsion Law art. 53: 3 months from Mon 24 May 2027
        assertThat(lastDay(caseId, PenaltyClocks.COURT_APPLICATION)).isEqualTo("2027-08-24");
        assertThat(openTask(caseId, "Task_IssueReminder").get("dueAt").asText()).isEqualTo("2027-08-24T23:59:59+08:00");
    }

    @Test
    void courtIsAskedTenWorkingDaysAfterTheReminderIsServed() {
        String caseId = atTheReminder();

        work(OFFICER_YUBEI, caseId, "Task_IssueReminder", Map.of("date", "2027-05-25", "method", "PERSONAL"));

        // Administrative Compulsion Law art. 54, 69: Tue 25 May + 10 working days
        assertThat(lastDay(caseId, PenaltyClocks.REMINDER)).isEqualTo("2027-06-08");
        assertThat(openTaskKeys(caseId)).doesNotContain("Task_ApplyForEnforcement");
        management.executeJob(timer(caseId, "Event_ReminderPeriodExpired").getId());
        assertThat(openTaskKeys(caseId)).contains("Task_ApplyForEnforcement");
    }

    @Test
    void statementAndHearingRequestRunFromServiceThirtyDaysAfterPublicNotice() {
        String caseId = proposed("180000", "HEAVY");

        // published on Mon 23 Nov: served on Wed 23 Dec (CPL art. 95)
        work(OFFICER_YUBEI, caseId, "Task_ServePenaltyNotice", Map.of("date", "2026-11-23", "method", "PUBLIC_NOTICE"));

        JsonNode proposal = penalty(caseId).get("proposal");
        assertThat(proposal.get("noticeServedOn").asText()).isEqualTo("2026-12-23");
        // 3 working days to state and defend: Mon 28 Dec; 5 to ask for a hearing: Wed 30
        // Dec
        assertThat(clockOf(caseId, PenaltyClocks.STATEMENT).get("trigger").asText()).isEqualTo("2026-12-23");
        assertThat(lastDay(caseId, PenaltyClocks.STATEMENT)).isEqualTo("2026-12-28");
        assertThat(proposal.get("hearingRequestEndOn").asText()).isEqualTo("2026-12-30");
        assertThat(proposal.get("rightsEndOn").asText()).isEqualTo("2026-12-30");
        // a party who read the notice may state its case before it is deemed served
        clock.set(Instant.parse("2026-11-30T02:00:00Z"));
        assertThat(as(OFFICER_YUBEI)
            .postJson("/api/penalty/cases/" + caseId + "/responses",
                    Map.of("kind", "STATEMENT", "receivedOn", "2026-11-30", "content", "当事人称已全部下架。"))
            .status()).isEqualTo(201);
    }

    @Test
    void paymentReconsiderationAndLawsuitRunFromServiceThirtyDaysAfterPublicNotice() {
        String caseId = decided();

        work(OFFICER_YUBEI, caseId, "Task_ServeDecision", Map.of("date", "2026-11-23", "method", "PUBLIC_NOTICE"));

        // published on Mon 23 Nov, served on Wed 23 Dec (CPL art. 95): 15 days to pay,
        // Thu 7 Jan; 60 days to apply for reconsideration, Sun 21 Feb, a rest day: Mon 22
        // Feb; 6 months to sue, Wed 23 Jun
        JsonNode decision = penalty(caseId).get("decision");
        assertThat(decision.get("servedOn").asText()).isEqualTo("2026-12-23");
        assertThat(decision.get("paymentDueOn").asText()).isEqualTo("2027-01-07");
        assertThat(clockOf(caseId, PenaltyClocks.PAYMENT).get("trigger").asText()).isEqualTo("2026-12-23");
        assertThat(lastDay(caseId, PenaltyClocks.RECONSIDERATION_WINDOW)).isEqualTo("2027-02-22");
        assertThat(lastDay(caseId, PenaltyClocks.LITIGATION_WINDOW)).isEqualTo("2027-06-23");
        assertThat(decision.get("windowsCloseOn").asText()).isEqualTo("2027-06-23");
        JsonNode service = caseView(OFFICER_YUBEI, caseId).get("officialDocuments")
            .findValues("services")
            .stream()
            .filter(s -> s.size() > 0 && "PUBLIC_NOTICE".equals(s.get(0).get("method").asText()))
            .findFirst()
            .orElseThrow()
            .get(0);
        assertThat(service.get("servedOn").asText()).isEqualTo("2026-12-23");
    }

    @Test
    void reminderPeriodRunsFromServiceThirtyDaysAfterPublicNotice() {
        String caseId = atTheReminder();

        work(OFFICER_YUBEI, caseId, "Task_IssueReminder", Map.of("date", "2027-05-25", "method", "PUBLIC_NOTICE"));

        // published on Tue 25 May, served on Thu 24 Jun: 10 working days, Thu 8 Jul
        assertThat(clockOf(caseId, PenaltyClocks.REMINDER).get("trigger").asText()).isEqualTo("2027-06-24");
        assertThat(lastDay(caseId, PenaltyClocks.REMINDER)).isEqualTo("2027-07-08");
    }

}
