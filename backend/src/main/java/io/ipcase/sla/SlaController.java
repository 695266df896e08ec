package io.ipcase.sla;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.time.temporal.ChronoUnit;

import io.ipcase.cases.CaseSummary;
import io.ipcase.cases.Cases;
import io.ipcase.inbox.ClockBoard;
import io.ipcase.inbox.InboxTasks;
import io.ipcase.security.Office;
import io.ipcase.security.Offices;
import io.ipcase.deadlines.Deadlines;
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

    private final ClockBoard board;

    private final Deadlines deadlines;

    private final Cases cases;

    private final InboxTasks tasks;

    private final Offices offices;

    SlaController(CaseClocks clocks, ClockBoard board, Deadlines deadlines, Cases cases, InboxTasks tasks,
            Offices offices) {
        this.clocks = clocks;
        this.board = board;
        this.deadlines = deadlines;
        this.cases = cases;
        this.tasks = tasks;
        this.offices = offices;
    }

    /**
     * A page of the running clocks by deadline, with the counts of all of them by office
     * and by officer holding a case's claimed tasks.
     */
    @GetMapping("/api/sla/clocks")
    SlaReport clocks(@AuthenticationPrincipal AppUser user, @RequestParam(required = false) String officeId,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        String office = officeFor(user, officeId);
        List<String> offices = office == null ? this.offices.all().stream().map(Office::id).toList() : List.of(office);
        ClockBoard.ClockFilter filter = new ClockBoard.ClockFilter(offices, null, null, null, q);
        int limit = Math.min(Math.max(size, 1), 500);
        List<ClockBoard.BoardClock> clocks = board.page(filter, Math.max(page, 0) * limit, limit);
        List<UUID> caseIds = clocks.stream().map(ClockBoard.BoardClock::caseId).distinct().toList();
        Map<UUID, CaseSummary> summaries = cases.summaries(caseIds);
        Map<UUID, List<String>> officers = tasks.assigneesByCase(caseIds);
        LocalDate today = deadlines.today();
        List<ClockRow> rows = new ArrayList<>();
        for (ClockBoard.BoardClock c : clocks) {
            CaseSummary s = summaries.get(c.caseId());
            // a paused clock's deadline moves each day it stays paused; an extended one's
            // extensions are in its events: both read from the clock itself
            ClockView live = c.state() == ClockState.PAUSED || c.extended()
                    ? this.clocks.find(c.caseId(), c.key()).orElse(null) : null;
            if (live != null) {
                rows.add(new ClockRow(c.caseId(), s.caseNumber(), s.caseType().name(), s.stage(), s.officeId(), c.key(),
                        c.period(), c.trigger(), live.deadline().lastDay(), live.deadline().dueAt(), live.state(),
                        live.pausedDays(), live.extended(),
                        live.events().stream().filter(e -> "EXTEND".equals(e.type())).toList(), live.status(),
                        live.workingDaysLeft(), live.calendarDaysLeft(), officers.getOrDefault(c.caseId(), List.of())));
                continue;
            }
            rows.add(new ClockRow(c.caseId(), s.caseNumber(), s.caseType().name(), s.stage(), s.officeId(), c.key(),
                    c.period(), c.trigger(), c.lastDay(), c.dueAt(), c.state(), c.pausedDays(), c.extended(), List.of(),
                    c.status(), deadlines.workingDaysBetween(today, c.lastDay()),
                    (int) ChronoUnit.DAYS.between(today, c.lastDay()), officers.getOrDefault(c.caseId(), List.of())));
        }
        return new SlaReport(rows, (int) board.totals(filter).total(), totals(board.byOffice(filter)),
                totals(board.byHolder(filter, true)));
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

    private static List<Totals> totals(Map<String, ClockBoard.Standings> counts) {
        return counts.entrySet()
            .stream()
            .map(e -> new Totals(e.getKey().isEmpty() ? null : e.getKey(), (int) e.getValue().onTrack(),
                    (int) e.getValue().dueSoon(), (int) e.getValue().overdue(), (int) e.getValue().paused()))
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

    record SlaReport(List<ClockRow> clocks, int total, List<Totals> byOffice, List<Totals> byOfficer) {
    }

}
