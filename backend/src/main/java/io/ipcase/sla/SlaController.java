package io.ipcase.sla;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.ipcase.cases.CaseSummary;
import io.ipcase.cases.Cases;
import io.ipcase.inbox.InboxTasks;
import io.ipcase.security.AppUser;
import io.ipcase.security.Role;
import io.ipcase.web.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockEvent;
import io.ipcase.deadlines.ClockState;
import io.ipcase.deadlines.ClockStatus;
import io.ipcase.deadlines.ClockView;
import io.ipcase.deadlines.Period;

/**
 * Every running clock of an office, as supervisors watch them: the same dates the models'
 * timers and the tasks' due dates use. A supervisor sees their office; an administrator
 * any office, or all.
 */
@RestController
class SlaController {

    private final CaseClocks clocks;

    private final Cases cases;

    private final InboxTasks tasks;

    SlaController(CaseClocks clocks, Cases cases, InboxTasks tasks) {
        this.clocks = clocks;
        this.cases = cases;
        this.tasks = tasks;
    }

    @GetMapping("/api/sla/clocks")
    SlaReport clocks(@AuthenticationPrincipal AppUser user, @RequestParam(required = false) String officeId) {
        String office = officeFor(user, officeId);
        List<ClockView> running = clocks.running(office);
        List<UUID> caseIds = running.stream().map(ClockView::caseId).distinct().toList();
        Map<UUID, CaseSummary> summaries = cases.summaries(caseIds);
        Map<UUID, List<String>> officers = tasks.assigneesByCase(caseIds);

        List<ClockRow> rows = new ArrayList<>();
        for (ClockView c : running) {
            CaseSummary s = summaries.get(c.caseId());
            rows.add(new ClockRow(c.caseId(), s.caseNumber(), s.caseType().name(), s.stage(), s.officeId(), c.key(),
                    c.period(), c.trigger(), c.deadline().lastDay(), c.deadline().dueAt(), c.state(), c.pausedDays(),
                    c.extended(), c.events().stream().filter(e -> "EXTEND".equals(e.type())).toList(), c.status(),
                    c.workingDaysLeft(), c.calendarDaysLeft(), officers.getOrDefault(c.caseId(), List.of())));
        }
        rows.sort(Comparator.comparing(ClockRow::dueAt));
        return new SlaReport(rows, totals(rows, r -> List.of(r.officeId())),
                totals(rows, r -> r.officers().isEmpty() ? List.of("") : r.officers()));
    }

    private static String officeFor(AppUser user, String requested) {
        if (user.has(Role.ADMIN)) {
            return requested;
        }
        if (requested != null && !requested.equals(user.officeId())) {
            throw new NotFoundException("office");
        }
        return user.officeId();
    }

    private static List<Totals> totals(List<ClockRow> rows, Function<ClockRow, List<String>> keys) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (ClockRow r : rows) {
            for (String key : keys.apply(r)) {
                int[] c = counts.computeIfAbsent(key, k -> new int[4]);
                if (r.state() == ClockState.PAUSED) {
                    c[3]++;
                }
                else {
                    c[r.status().ordinal()]++;
                }
            }
        }
        return counts.entrySet()
            .stream()
            .map(e -> new Totals(e.getKey().isEmpty() ? null : e.getKey(), e.getValue()[0], e.getValue()[1],
                    e.getValue()[2], e.getValue()[3]))
            .toList();
    }

    record ClockRow(UUID caseId, String caseNumber, String caseType, String stage, String officeId, String key,
            Period period, LocalDate startedOn, LocalDate lastDay, OffsetDateTime dueAt, ClockState state,
            int pausedDays, boolean extended, List<ClockEvent> extensions, ClockStatus status, Integer workingDaysLeft,
            Integer calendarDaysLeft, List<String> officers) {
    }

    /**
     * Counts by status; a paused clock counts as paused whatever its status. {@code key}
     * null: unassigned.
     */
    record Totals(String key, int onTrack, int dueSoon, int overdue, int paused) {
    }

    record SlaReport(List<ClockRow> clocks, List<Totals> byOffice, List<Totals> byOfficer) {
    }

}
