package io.ipcase.inbox;

import static io.ipcase.support.TestUsers.OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.OFFICER_YUZHONG;
import static io.ipcase.support.TestUsers.OTHER_OFFICER_YUBEI;
import static io.ipcase.support.TestUsers.SUPERVISOR_CQ;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUBEI;
import static io.ipcase.support.TestUsers.SUPERVISOR_YUZHONG;
import static io.ipcase.support.TestUsers.THIRD_OFFICER_YUBEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.security.AppUser;
import io.ipcase.security.StaffDirectory;
import io.ipcase.support.Api;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The inbox's views, filters, search, sorts and refresh, read from the read model. */
class InboxQueriesIntegrationTests extends InboxIntegrationTests {

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Substitutions substitutions;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    StaffDirectory staff;

    @Test
    void unclaimedListsTheOfficesPoolAndMineWhatIClaimed() {
        Filed first = fileAtYubei();
        Filed second = fileAtYubei();

        assertThat(taskIds(inbox(OFFICER_YUBEI, "view=UNCLAIMED"))).contains(first.taskId(), second.taskId());
        as(OFFICER_YUBEI).post(task(first, "claim"));

        assertThat(taskIds(inbox(OFFICER_YUBEI, "view=MINE"))).contains(first.taskId()).doesNotContain(second.taskId());
        assertThat(taskIds(inbox(OFFICER_YUBEI, "view=UNCLAIMED"))).contains(second.taskId())
            .doesNotContain(first.taskId());
        assertThat(taskIds(inbox(OTHER_OFFICER_YUBEI, "view=ALL"))).contains(first.taskId(), second.taskId());
        assertThat(taskIds(inbox(OTHER_OFFICER_YUBEI, "view=MINE"))).doesNotContain(first.taskId());
    }

    @Test
    void rowsCarryTheCaseFieldsAndTheDeadline() {
        Filed filed = fileAtYubei();

        JsonNode row = row(inbox(OFFICER_YUBEI, "view=UNCLAIMED&q=" + encode(filed.caseNumber())), filed);

        assertThat(row.get("caseNumber").asText()).isEqualTo(filed.caseNumber());
        assertThat(row.get("patentNumber").asText()).isEqualTo(filed.patentNumber());
        assertThat(row.get("respondentName").asText()).isEqualTo(filed.respondent());
        assertThat(row.get("requesterName").asText()).isEqualTo("张伟");
        assertThat(row.get("caseType").asText()).isEqualTo("INFRINGEMENT_ADJUDICATION");
        assertThat(row.get("processKey").asText()).isEqualTo("infringement-adjudication");
        // Order 81 art. 20: five working days from receipt on Mon 23 Nov
        assertThat(row.get("dueAt").asText()).isEqualTo("2026-11-30T23:59:59+08:00");
    }

    @Test
    void searchFindsATaskByCaseNumberPartyOrPatentNumber() {
        Filed filed = fileAtYubei();
        Filed other = fileAtYubei();
        String digits = filed.patentNumber().substring(2, 14);

        for (String q : new String[] { filed.caseNumber(),
                filed.respondent().substring(2, filed.respondent().length() - 4), digits,
                filed.patentNumber().toLowerCase() }) {
            assertThat(taskIds(inbox(OFFICER_YUBEI, "q=" + encode(q)))).as(q)
                .contains(filed.taskId())
                .doesNotContain(other.taskId());
        }
        assertThat(taskIds(inbox(OFFICER_YUBEI, "q=" + encode("没有这样的当事人%_")))).isEmpty();
    }

    @Test
    void filtersNarrowByPatentNumberPartyModelTaskAndCaseType() {
        Filed filed = fileAtYubei();
        Filed other = fileAtYubei();

        assertThat(taskIds(inbox(OFFICER_YUBEI, "patentNumber=" + encode(filed.patentNumber()))))
            .contains(filed.taskId())
            .doesNotContain(other.taskId());
        assertThat(taskIds(inbox(OFFICER_YUBEI, "party=" + encode(filed.respondent())))).contains(filed.taskId())
            .doesNotContain(other.taskId());
        assertThat(taskIds(inbox(OFFICER_YUBEI, "processKey=infringement-adjudication&taskKey=Task_ReviewAcceptance"
                + "&caseType=INFRINGEMENT_ADJUDICATION")))
            .contains(filed.taskId(), other.taskId());
        assertThat(taskIds(inbox(OFFICER_YUBEI, "taskKey=Task_SomethingElse"))).doesNotContain(filed.taskId());
        assertThat(as(OFFICER_YUBEI).get("/api/inbox/tasks?caseType=NO_SUCH_TYPE").status()).isEqualTo(400);
    }

    @Test
    void dueRangeAndOverdueFiltersFollowTheDeadline() {
        Filed filed = fileAtYubei();
        String q = "&q=" + encode(filed.caseNumber());

        assertThat(taskIds(inbox(OFFICER_YUBEI, "dueFrom=2026-11-30&dueTo=2026-11-30" + q))).contains(filed.taskId());
        assertThat(taskIds(inbox(OFFICER_YUBEI, "dueTo=2026-11-29" + q))).doesNotContain(filed.taskId());
        assertThat(taskIds(inbox(OFFICER_YUBEI, "overdue=true" + q))).doesNotContain(filed.taskId());

        // the engine moves the deadline into the past; the read model follows in the same
        // transaction
        taskService.setDueDate(filed.taskId(),
                Date.from(OffsetDateTime.parse("2026-11-20T23:59:59+08:00").toInstant()));

        assertThat(taskIds(inbox(OFFICER_YUBEI, "overdue=true" + q))).contains(filed.taskId());
        assertThat(taskIds(inbox(OFFICER_YUBEI, "overdue=false" + q))).doesNotContain(filed.taskId());
        assertThat(as(OFFICER_YUBEI).get("/api/inbox/tasks?dueFrom=2026-12-02&dueTo=2026-12-01").status())
            .isEqualTo(400);
    }

    @Test
    void sortsByDeadlineByCreationOrByPriority() {
        String token = unique("排序");
        Filed a = file("yubei", token + "甲公司");
        Filed b = file("yubei", token + "乙公司");
        Filed c = file("yubei", token + "丙公司");
        taskService.setDueDate(a.taskId(), Date.from(OffsetDateTime.parse("2026-12-10T23:59:59+08:00").toInstant()));
        taskService.setDueDate(c.taskId(), Date.from(OffsetDateTime.parse("2026-11-25T23:59:59+08:00").toInstant()));
        taskService.setPriority(b.taskId(), 90);
        String q = "q=" + encode(token);

        assertThat(taskIds(inbox(OFFICER_YUBEI, q))).containsExactly(c.taskId(), b.taskId(), a.taskId());
        assertThat(taskIds(inbox(OFFICER_YUBEI, q + "&sort=CREATED"))).containsExactly(c.taskId(), b.taskId(),
                a.taskId());
        assertThat(taskIds(inbox(OFFICER_YUBEI, q + "&sort=PRIORITY"))).containsExactly(b.taskId(), c.taskId(),
                a.taskId());
    }

    @Test
    void pagesCutTheViewAndCountAllOfIt() {
        String token = unique("分页");
        Filed a = file("yubei", token + "甲公司");
        Filed b = file("yubei", token + "乙公司");
        Filed c = file("yubei", token + "丙公司");
        // tasks that several branches of the view reach count once: claimed from the
        // pool, and
        // offered to the officer by name besides
        as(OFFICER_YUBEI).post("/api/inbox/tasks/" + a.taskId() + "/claim");
        taskService.addCandidateUser(b.taskId(), OFFICER_YUBEI);

        JsonNode first = as(OFFICER_YUBEI).get("/api/inbox/tasks?size=2&page=0&q=" + encode(token)).json();
        JsonNode second = as(OFFICER_YUBEI).get("/api/inbox/tasks?size=2&page=1&q=" + encode(token)).json();

        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(taskIds(first)).hasSize(2);
        assertThat(taskIds(second)).hasSize(1);
        assertThat(concat(taskIds(first), taskIds(second))).containsExactlyInAnyOrder(a.taskId(), b.taskId(),
                c.taskId());
    }

    @Test
    void countingStopsPastTheLimitAndSaysThereAreMore() {
        String token = unique("计数");
        for (String name : List.of("甲", "乙", "丙", "丁", "戊")) {
            file("yubei", token + name + "公司");
        }
        // the same reading with a limit of 2 instead of 1,000: past it, the page says "2
        // and more"
        InboxTasks limited = new InboxTasks(jdbc, staff, clock, 2);
        InboxViewer officer = substitutions.viewerOf((AppUser) accounts.loadUserByUsername(OFFICER_YUBEI));
        InboxCriteria search = new InboxCriteria(InboxCriteria.View.UNCLAIMED, token, null, null, null, null, null,
                null, null, null, null, null, null);

        InboxTasks.TaskPage first = limited.page(officer, search, 0, 1);
        assertThat(first.items()).hasSize(1);
        assertThat(first.total()).isEqualTo(2);
        assertThat(first.moreThanTotal()).isTrue();
        // the count reaches past the page after the one asked for, so that page can
        // always be opened
        InboxTasks.TaskPage third = limited.page(officer, search, 2, 1);
        assertThat(third.total()).isEqualTo(4);
        assertThat(third.moreThanTotal()).isTrue();
        InboxTasks.TaskPage all = limited.page(officer, search, 0, 5);
        assertThat(all.total()).isEqualTo(5);
        assertThat(all.moreThanTotal()).isFalse();
        assertThat(new InboxTasks(jdbc, staff, clock, 1000).page(officer, search, 0, 1).total()).isEqualTo(5);
    }

    @Test
    void anUnchangedPageAnswers304ToItsETagAndAChangedOneAFreshPage() {
        Filed filed = fileAtYubei();
        String path = "/api/inbox/tasks?view=UNCLAIMED&q=" + encode(filed.caseNumber());
        Api.Response first = as(OFFICER_YUBEI).get(path);
        String etag = first.headers().getETag();
        assertThat(etag).isNotBlank();
        assertThat(first.headers().getCacheControl()).contains("no-cache");

        HttpHeaders conditional = new HttpHeaders();
        conditional.setIfNoneMatch(etag);
        assertThat(as(OFFICER_YUBEI).get(path, conditional).status()).isEqualTo(304);

        as(OTHER_OFFICER_YUBEI).post(task(filed, "claim"));

        Api.Response changed = as(OFFICER_YUBEI).get(path, conditional);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(taskIds(changed.json())).doesNotContain(filed.taskId());
    }

    @Test
    void aTaskOfferedToAnOfficerByNameShowsInTheirPanelView() {
        Filed filed = fileAtYubei();

        taskService.addCandidateUser(filed.taskId(), THIRD_OFFICER_YUBEI);

        assertThat(taskIds(inbox(THIRD_OFFICER_YUBEI, "view=PANEL"))).contains(filed.taskId());
        assertThat(taskIds(inbox(OTHER_OFFICER_YUBEI, "view=PANEL"))).doesNotContain(filed.taskId());

        taskService.deleteCandidateUser(filed.taskId(), THIRD_OFFICER_YUBEI);

        assertThat(taskIds(inbox(THIRD_OFFICER_YUBEI, "view=PANEL"))).doesNotContain(filed.taskId());
    }

    @Test
    void aTaskOfferedToASecondGroupReachesThatGroupsPool() {
        Filed filed = fileAtYubei();

        taskService.addCandidateGroup(filed.taskId(), "supervisor-yubei");

        assertThat(taskIds(inbox(SUPERVISOR_YUBEI, "view=UNCLAIMED"))).contains(filed.taskId());
        assertThat(as(SUPERVISOR_YUBEI).post(task(filed, "claim")).status()).isEqualTo(204);
    }

    @Test
    void supervisorsOfTheMunicipalOfficeOverseeTheDistrictOfficesAndFilterByOffice() {
        Filed yubei = fileAtYubei();
        Filed yuzhong = file("yuzhong");

        JsonNode overseen = inbox(SUPERVISOR_CQ, "view=OFFICE");
        assertThat(taskIds(overseen)).contains(yubei.taskId(), yuzhong.taskId());
        assertThat(taskIds(inbox(SUPERVISOR_CQ, "view=OFFICE&officeId=yubei"))).contains(yubei.taskId())
            .doesNotContain(yuzhong.taskId());
        assertThat(as(SUPERVISOR_CQ).get("/api/cases/" + yubei.caseId()).status()).isEqualTo(200);

        // a district supervisor oversees their own office only, and an officer has no
        // office view
        assertThat(taskIds(inbox(SUPERVISOR_YUZHONG, "view=OFFICE"))).contains(yuzhong.taskId())
            .doesNotContain(yubei.taskId());
        assertThat(as(SUPERVISOR_YUZHONG).get("/api/cases/" + yubei.caseId()).status()).isEqualTo(404);
        assertThat(taskIds(inbox(OFFICER_YUZHONG, "view=OFFICE"))).isEmpty();
        assertThat(taskIds(inbox(OFFICER_YUZHONG, "view=ALL"))).doesNotContain(yubei.taskId());
    }

    @Test
    void filterOptionsOfferTheDeployedModelsAndTheirTasks() {
        JsonNode options = as(OFFICER_YUBEI).get("/api/inbox/filter-options").json();

        assertThat(options.get("models")).anySatisfy(model -> {
            assertThat(model.get("key").asText()).isEqualTo("infringement-adjudication");
            assertThat(model.get("tasks"))
                .anySatisfy(t -> assertThat(t.get("key").asText()).isEqualTo("Task_ReviewAcceptance"));
        });
        assertThat(options.get("offices")).extracting(o -> o.get("id").asText()).containsExactly("yubei");
        assertThat(as(SUPERVISOR_CQ).get("/api/inbox/filter-options").json().get("offices"))
            .extracting(o -> o.get("id").asText())
            .contains("cq", "yubei", "yuzhong");
    }

    private static JsonNode row(JsonNode page, Filed filed) {
        for (JsonNode item : page.get("items")) {
            if (item.get("taskId").asText().equals(filed.taskId())) {
                return item;
            }
        }
        throw new AssertionError("task " + filed.taskId() + " not in " + page);
    }

    private static java.util.List<String> concat(java.util.List<String> a, java.util.List<String> b) {
        java.util.List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The API client encodes the query itself; the text goes in as typed. */
    private static String encode(String s) {
        return s;
    }

}
