package io.ipcase.sla;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.ipcase.cases.CaseSummary;
import io.ipcase.cases.Cases;
import io.ipcase.cases.Cases.CaseProcess;
import io.ipcase.engine.ProcessHistory;
import io.ipcase.engine.ProcessHistory.UserTask;
import io.ipcase.inbox.ClockBoard;
import io.ipcase.inbox.InboxTask;
import io.ipcase.inbox.InboxTasks;
import io.ipcase.security.AppUser;
import io.ipcase.security.Office;
import io.ipcase.security.Offices;
import io.ipcase.security.Role;
import io.ipcase.security.StaffDirectory;
import io.ipcase.web.NotFoundException;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.deadlines.ClockState;
import io.ipcase.deadlines.ClockStatus;
import io.ipcase.deadlines.ClockView;
import io.ipcase.deadlines.Period;

/**
 * The supervisor's board: every running clock of the offices they oversee (the municipal
 * office's supervisors see the districts too), with its case, its open tasks and who
 * holds them; the workload per officer; and the figures of the charts, the last two read
 * from Camunda's history.
 */
@Service
public class SlaBoard {

    /** How far back the charts look. */
    static final int TREND_WEEKS = 12;
    static final int STEP_DAYS = 180;

    private static final int EXPORT_PAGE = 1000;

    private final CaseClocks clocks;

    private final ClockBoard board;

    private final Deadlines deadlines;

    private final Cases cases;

    private final InboxTasks tasks;

    private final StaffDirectory staff;

    private final Offices offices;

    private final ProcessHistory history;

    private final Clock clock;

    private final ZoneId zone;

    SlaBoard(CaseClocks clocks, ClockBoard board, Deadlines deadlines, Cases cases, InboxTasks tasks,
            StaffDirectory staff, Offices offices, ProcessHistory history, Clock clock) {
        this.clocks = clocks;
        this.board = board;
        this.deadlines = deadlines;
        this.cases = cases;
        this.tasks = tasks;
        this.staff = staff;
        this.offices = offices;
        this.history = history;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /**
     * The offices a user may watch: a supervisor's own and those under it; an
     * administrator's all.
     */
    public List<Office> watchable(AppUser user) {
        if (user.has(Role.ADMIN)) {
            return offices.all();
        }
        List<String> overseen = user.has(Role.SUPERVISOR) ? staff.overseenOffices(user) : List.of();
        return offices.all().stream().filter(o -> overseen.contains(o.id())).toList();
    }

    /**
     * The offices a request is about: the one asked for, if the user may watch it, or all
     * they may.
     */
    List<String> officesFor(AppUser user, String officeId) {
        List<String> watchable = watchable(user).stream().map(Office::id).toList();
        if (officeId == null || officeId.isBlank()) {
            return watchable;
        }
        if (!watchable.contains(officeId)) {
            throw new NotFoundException("office");
        }
        return List.of(officeId);
    }

    /**
     * Every running clock matching the filter, soonest deadline first: for the export,
     * read a page at a time.
     */
    public List<BoardRow> rows(AppUser user, BoardFilter filter) {
        ClockBoard.ClockFilter f = clockFilter(user, filter);
        List<BoardRow> rows = new ArrayList<>();
        List<BoardRow> page;
        do {
            page = rows(board.page(f, rows.size(), EXPORT_PAGE));
            rows.addAll(page);
        }
        while (page.size() == EXPORT_PAGE);
        return rows;
    }

    public Board board(AppUser user, BoardFilter filter, int page, int size) {
        ClockBoard.ClockFilter f = clockFilter(user, filter);
        List<BoardRow> rows = rows(board.page(f, page * size, size));
        ClockBoard.Standings standings = board.totals(f);
        Map<String, Integer> totals = new LinkedHashMap<>();
        standings.asMap().forEach((k, v) -> totals.put(k, v.intValue()));
        totals.put("EXTENDED", (int) standings.extended());
        Map<String, ClockBoard.Standings> byHolder = board.byHolder(f, false);
        List<Workload> workload = tasks.workload(f.officeIds()).stream().map(w -> {
            ClockBoard.Standings c = byHolder.getOrDefault(w.assignee() == null ? "" : w.assignee(),
                    new ClockBoard.Standings(0, 0, 0, 0, 0));
            return new Workload(w.assignee(), w.assigneeName(), w.openTasks(), w.overdueTasks(), (int) c.onTrack(),
                    (int) c.dueSoon(), (int) c.overdue(), (int) c.paused());
        }).toList();
        return new Board(rows, (int) standings.total(), totals, workload, watchable(user));
    }

    private ClockBoard.ClockFilter clockFilter(AppUser user, BoardFilter filter) {
        return new ClockBoard.ClockFilter(officesFor(user, filter.officeId()), filter.status(), filter.clockKey(),
                filter.officer(), filter.q());
    }

    /**
     * A page of the read model's clocks with their cases' stages and open tasks; a paused
     * clock's deadline, which moves each day it stays paused, recomputed as of now.
     */
    private List<BoardRow> rows(List<ClockBoard.BoardClock> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<UUID> caseIds = page.stream().map(ClockBoard.BoardClock::caseId).distinct().toList();
        Map<UUID, CaseSummary> summaries = cases.summaries(caseIds);
        Map<UUID, List<InboxTask>> open = tasks.openForCases(caseIds);
        LocalDate today = deadlines.today();
        List<BoardRow> rows = new ArrayList<>();
        for (ClockBoard.BoardClock c : page) {
            CaseSummary s = summaries.get(c.caseId());
            if (s == null) {
                continue;
            }
            List<BoardTask> caseTasks = open.getOrDefault(c.caseId(), List.of())
                .stream()
                .map(t -> new BoardTask(t.taskId(), t.taskName(), t.assignee(), t.assigneeName(), t.candidateGroup()))
                .toList();
            ClockView paused = c.state() == ClockState.PAUSED ? clocks.find(c.caseId(), c.key()).orElse(null) : null;
            if (paused != null) {
                rows.add(new BoardRow(c.caseId(), s.caseNumber(), s.caseType().name(), s.stage(), s.officeId(), c.key(),
                        c.period(), paused.deadline().lastDay(), paused.deadline().dueAt(), paused.state(),
                        paused.pausedDays(), paused.extended(), paused.status(), paused.workingDaysLeft(),
                        paused.calendarDaysLeft(), caseTasks));
                continue;
            }
            rows.add(new BoardRow(c.caseId(), s.caseNumber(), s.caseType().name(), s.stage(), s.officeId(), c.key(),
                    c.period(), c.lastDay(), c.dueAt(), c.state(), c.pausedDays(), c.extended(), c.status(),
                    deadlines.workingDaysBetween(today, c.lastDay()), (int) ChronoUnit.DAYS.between(today, c.lastDay()),
                    caseTasks));
        }
        return rows;
    }

    /**
     * Cases per stage, the weekly count of tasks finished late or still open past their
     * deadline, time per step.
     */
    public Charts charts(AppUser user, String officeId) {
        List<String> officeIds = officesFor(user, officeId);
        if (officeIds.isEmpty()) {
            return new Charts(List.of(), List.of(), List.of());
        }
        List<CaseProcess> carried = cases.processes(officeIds);
        List<String> instances = carried.stream().map(CaseProcess::processInstanceId).toList();
        Set<String> running = history.running(instances);
        Map<String, Long> perStage = new HashMap<>();
        carried.stream()
            .filter(c -> running.contains(c.processInstanceId()))
            .forEach(c -> perStage.merge(c.stage(), 1L, Long::sum));
        List<StageCount> stages = perStage.entrySet()
            .stream()
            .map(e -> new StageCount(e.getKey(), e.getValue()))
            .sorted(Comparator.comparing(StageCount::cases)
                .reversed()
                .thenComparing(StageCount::stage, Comparator.nullsLast(Comparator.naturalOrder())))
            .toList();

        LocalDate today = LocalDate.now(clock);
        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .minusWeeks(TREND_WEEKS - 1);
        OffsetDateTime since = firstMonday.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<LocalDate, long[]> weeks = new LinkedHashMap<>();
        for (int w = 0; w < TREND_WEEKS; w++) {
            weeks.put(firstMonday.plusWeeks(w), new long[2]);
        }
        // the engine's own history of user tasks: each due in the week, and whether it
        // was done in time
        for (UserTask task : history.userTasksDue(instances, since, now)) {
            LocalDate due = task.dueAt().toLocalDate();
            long[] week = weeks.get(due.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            if (week != null) {
                week[0]++;
                if (task.endedAt() == null || task.endedAt().isAfter(task.dueAt())) {
                    week[1]++;
                }
            }
        }
        List<WeekCount> trend = weeks.entrySet()
            .stream()
            .map(e -> new WeekCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
            .toList();

        Map<String, List<Long>> durations = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (UserTask task : history.userTasksDoneSince(instances, now.minusDays(STEP_DAYS))) {
            durations.computeIfAbsent(task.taskKey(), k -> new ArrayList<>()).add(task.durationMillis());
            names.putIfAbsent(task.taskKey(), task.name());
        }
        List<StepTime> steps = durations.entrySet().stream().map(e -> {
            List<Long> sorted = e.getValue().stream().sorted().toList();
            return new StepTime(e.getKey(), names.get(e.getKey()), sorted.size(), hours(quantile(sorted, 0.5)),
                    hours(quantile(sorted, 0.9)));
        }).sorted(Comparator.comparing(StepTime::medianHours).reversed()).toList();
        return new Charts(stages, trend, steps);
    }

    private static long quantile(List<Long> sorted, double q) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.max(0, Math.ceil(q * sorted.size()) - 1)));
    }

    private static double hours(long millis) {
        return Math.round(Duration.ofMillis(millis).toMinutes() / 6.0) / 10.0;
    }

    /** How a clock stands on the board: paused, or its status. */
    static String standing(BoardRow r) {
        return r.state() == ClockState.PAUSED ? "PAUSED" : r.status().name();
    }

    /**
     * What the board is narrowed to: an office, a standing (or EXTENDED), a period, an
     * officer, a case number.
     */
    @NullMarked
    public record BoardFilter(@Nullable String officeId, @Nullable String status, @Nullable String clockKey,
            @Nullable String officer, @Nullable String q) {
    }

    @NullMarked
    public record BoardTask(String taskId, String name, @Nullable String assignee, @Nullable String assigneeName,
            @Nullable String candidateGroup) {
    }

    @NullMarked
    public record BoardRow(UUID caseId, String caseNumber, String caseType, String stage, String officeId, String key,
            Period period, LocalDate lastDay, OffsetDateTime dueAt, ClockState state, int pausedDays, boolean extended,
            ClockStatus status, @Nullable Integer workingDaysLeft, @Nullable Integer calendarDaysLeft,
            List<BoardTask> tasks) {
    }

    /**
     * One person's load: open tasks, those past due, and the running clocks of their
     * cases by standing.
     */
    @NullMarked
    public record Workload(@Nullable String assignee, @Nullable String assigneeName, long openTasks, long overdueTasks,
            int onTrack, int dueSoon, int overdue, int paused) {
    }

    @NullMarked
    public record Board(List<BoardRow> rows, int total, Map<String, Integer> totals, List<Workload> workload,
            List<Office> offices) {
    }

    @NullMarked
    public record StageCount(String stage, long cases) {
    }

    /**
     * Tasks due in the week starting on {@code week}, and how many of them were done late
     * or not yet.
     */
    @NullMarked
    public record WeekCount(LocalDate week, long due, long late) {
    }

    @NullMarked
    public record StepTime(String taskKey, @Nullable String name, int completed, double medianHours, double p90Hours) {
    }

    @NullMarked
    public record Charts(List<StageCount> stages, List<WeekCount> overdueTrend, List<StepTime> timePerStep) {
    }

}
