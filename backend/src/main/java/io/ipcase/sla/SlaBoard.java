package io.ipcase.sla;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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

    private final CaseClocks clocks;

    private final Cases cases;

    private final InboxTasks tasks;

    private final StaffDirectory staff;

    private final Offices offices;

    private final ProcessHistory history;

    private final Clock clock;

    private final ZoneId zone;

    SlaBoard(CaseClocks clocks, Cases cases, InboxTasks tasks, StaffDirectory staff, Offices offices,
            ProcessHistory history, Clock clock) {
        this.clocks = clocks;
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

    /** Every running clock matching the filter, soonest deadline first. */
    public List<BoardRow> rows(AppUser user, BoardFilter filter) {
        List<ClockView> running = new ArrayList<>();
        for (String office : officesFor(user, filter.officeId())) {
            running.addAll(clocks.running(office));
        }
        List<UUID> caseIds = running.stream().map(ClockView::caseId).distinct().toList();
        Map<UUID, CaseSummary> summaries = cases.summaries(caseIds);
        Map<UUID, List<InboxTask>> open = tasks.openForCases(caseIds);
        String q = filter.q() == null ? null : filter.q().strip().toLowerCase(Locale.ROOT);
        List<BoardRow> rows = new ArrayList<>();
        for (ClockView c : running) {
            CaseSummary s = summaries.get(c.caseId());
            if (s == null) {
                continue;
            }
            List<BoardTask> caseTasks = open.getOrDefault(c.caseId(), List.of())
                .stream()
                .map(t -> new BoardTask(t.taskId(), t.taskName(), t.assignee(), t.assigneeName(), t.candidateGroup()))
                .toList();
            BoardRow row = new BoardRow(c.caseId(), s.caseNumber(), s.caseType().name(), s.stage(), s.officeId(),
                    c.key(), c.period(), c.deadline().lastDay(), c.deadline().dueAt(), c.state(), c.pausedDays(),
                    c.extended(), c.status(), c.workingDaysLeft(), c.calendarDaysLeft(), caseTasks);
            if (matches(row, filter, q)) {
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparing(BoardRow::dueAt).thenComparing(BoardRow::caseNumber));
        return rows;
    }

    public Board board(AppUser user, BoardFilter filter, int page, int size) {
        List<BoardRow> all = rows(user, filter);
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (String s : List.of("ON_TRACK", "DUE_SOON", "OVERDUE", "PAUSED", "EXTENDED")) {
            totals.put(s, 0);
        }
        Map<String, OfficerClocks> byOfficer = new LinkedHashMap<>();
        for (BoardRow r : all) {
            String standing = standing(r);
            totals.merge(standing, 1, Integer::sum);
            if (r.extended()) {
                totals.merge("EXTENDED", 1, Integer::sum);
            }
            List<String> holders = r.tasks().stream().map(BoardTask::assignee).distinct().toList();
            for (String holder : holders.isEmpty() ? java.util.Collections.<String>singletonList(null) : holders) {
                byOfficer.computeIfAbsent(holder == null ? "" : holder, k -> new OfficerClocks()).add(standing);
            }
        }
        List<Workload> workload = tasks.workload(officesFor(user, filter.officeId())).stream().map(w -> {
            OfficerClocks c = byOfficer.getOrDefault(w.assignee() == null ? "" : w.assignee(), new OfficerClocks());
            return new Workload(w.assignee(), w.assigneeName(), w.openTasks(), w.overdueTasks(), c.onTrack, c.dueSoon,
                    c.overdue, c.paused);
        }).toList();
        int from = Math.min(all.size(), page * size);
        return new Board(all.subList(from, Math.min(all.size(), from + size)), all.size(), totals, workload,
                watchable(user));
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

    private static boolean matches(BoardRow r, BoardFilter f, String q) {
        if (f.status() != null && !f.status().isBlank()) {
            boolean wanted = "EXTENDED".equals(f.status()) ? r.extended() : standing(r).equals(f.status());
            if (!wanted) {
                return false;
            }
        }
        if (f.clockKey() != null && !f.clockKey().isBlank() && !f.clockKey().equals(r.key())) {
            return false;
        }
        if (f.officer() != null && !f.officer().isBlank()
                && r.tasks().stream().noneMatch(t -> f.officer().equals(t.assignee()))) {
            return false;
        }
        return q == null || q.isEmpty() || r.caseNumber().toLowerCase(Locale.ROOT).contains(q);
    }

    private static final class OfficerClocks {

        int onTrack;

        int dueSoon;

        int overdue;

        int paused;

        void add(String standing) {
            switch (standing) {
                case "ON_TRACK" -> onTrack++;
                case "DUE_SOON" -> dueSoon++;
                case "OVERDUE" -> overdue++;
                default -> paused++;
            }
        }

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
