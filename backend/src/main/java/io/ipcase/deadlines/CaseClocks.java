package io.ipcase.deadlines;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.Cases;
import io.ipcase.web.ConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legal periods of each case. A clock counts from a recorded event; excluded periods
 * (suspension, public notice, appraisal … Order 81 art. 37 ¶2) pause it and move its
 * deadline by the days paused, in the period's own unit; approved extensions lengthen it
 * with the approver recorded. Every change is audited and published as
 * {@link ClockChanged} in the caller's transaction.
 */
@Service
public class CaseClocks {

    static final String AUDIT_ACTION = "CLOCK_CHANGED";

    private final JdbcClient jdbc;

    private final Cases cases;

    private final Deadlines deadlines;

    private final SlaSettings settings;

    private final AuditTrail audit;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    CaseClocks(JdbcClient jdbc, Cases cases, Deadlines deadlines, SlaSettings settings, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.deadlines = deadlines;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Starts, or restarts, a period running from the day after {@code trigger}. */
    @Transactional
    public ClockView start(UUID caseId, String key, Period period, LocalDate trigger, String actor) {
        if (period.unit() == PeriodUnit.HOURS || period.unit() == PeriodUnit.FIXED_DATE) {
            throw new IllegalArgumentException("use startHours or startUntil for " + period.unit());
        }
        return begin(caseId, key, period, trigger, null, clock.instant(), actor);
    }

    /**
     * Starts, or restarts, a period of hours running from an instant (a 48-hour review).
     */
    @Transactional
    public ClockView startHours(UUID caseId, String key, int hours, Instant from, String actor) {
        return begin(caseId, key, Period.hours(hours), null, null, from, actor);
    }

    /** Starts, or restarts, a period someone fixed the last day of. */
    @Transactional
    public ClockView startUntil(UUID caseId, String key, LocalDate lastDay, String actor) {
        return begin(caseId, key, new Period(PeriodUnit.FIXED_DATE, 0), null, lastDay, clock.instant(), actor);
    }

    @Transactional
    public ClockView pause(UUID caseId, String key, String reason, String actor) {
        ClockRow row = row(caseId, key);
        requireState(row, ClockState.RUNNING);
        Instant now = clock.instant();
        jdbc.sql("update case_clocks set state = 'PAUSED', paused_since = :at where id = :id")
            .param("at", at(now))
            .param("id", row.id())
            .update();
        event(row.id(), "PAUSE", now, actor, reason, null, null);
        return changed(caseId, key, actor, "PAUSE " + key + (reason == null ? "" : ": " + reason));
    }

    @Transactional
    public ClockView resume(UUID caseId, String key, String actor) {
        ClockRow row = row(caseId, key);
        requireState(row, ClockState.PAUSED);
        Instant now = clock.instant();
        jdbc.sql("update case_clocks set state = 'RUNNING', paused_since = null where id = :id")
            .param("id", row.id())
            .update();
        event(row.id(), "RESUME", now, actor, null, null, null);
        return changed(caseId, key, actor, "RESUME " + key);
    }

    /**
     * An approved extension, in the period's own unit, recording who approved it at which
     * level.
     */
    @Transactional
    public ClockView extend(UUID caseId, String key, Period extra, String approver, String approverLevel,
            String reason) {
        ClockRow row = row(caseId, key);
        if (row.state() == ClockState.STOPPED) {
            throw new ConflictException("problem.clock-stopped", key);
        }
        if (extra.unit() != row.unit()) {
            throw new IllegalArgumentException("extend " + key + " in " + row.unit() + ", not " + extra.unit());
        }
        event(row.id(), "EXTEND", clock.instant(), approver, reason, extra, approverLevel);
        return changed(caseId, key, approver,
                "EXTEND " + key + " +" + extra.amount() + " " + extra.unit() + " (" + approverLevel + ")");
    }

    /**
     * An approved extension to a last day someone fixed (Order 81 art. 22, 54: the panel
     * grants more time until a date). The extension ends on that day, itself moved off a
     * rest day; it is measured from the period's own last day before any such move, so a
     * period that had rolled off a weekend or holiday loses nothing of it. Calendar-day
     * periods only.
     */
    @Transactional
    public ClockView extendUntil(UUID caseId, String key, LocalDate grantedLastDay, String approver,
            String approverLevel, String reason) {
        ClockRow row = row(caseId, key);
        if (row.unit() != PeriodUnit.CALENDAR_DAYS) {
            throw new IllegalArgumentException("extend " + key + " to a day: not a period of calendar days");
        }
        ClockView current = view(row);
        int extended = current.events()
            .stream()
            .filter(e -> e.extension() != null)
            .mapToInt(e -> e.extension().amount())
            .sum();
        LocalDate unrolledLastDay = row.trigger().plusDays(row.amount() + extended + current.pausedDays());
        int extra = (int) ChronoUnit.DAYS.between(unrolledLastDay, grantedLastDay);
        if (extra <= 0 || !grantedLastDay.isAfter(current.deadline().lastDay())) {
            throw new IllegalArgumentException(
                    "extend " + key + " to " + grantedLastDay + ": not after " + current.deadline().lastDay());
        }
        return extend(caseId, key, Period.calendarDays(extra), approver, approverLevel, reason);
    }

    @Transactional
    public ClockView stop(UUID caseId, String key, String actor) {
        ClockRow row = row(caseId, key);
        if (row.state() == ClockState.STOPPED) {
            return view(row);
        }
        Instant now = clock.instant();
        if (row.state() == ClockState.PAUSED) {
            event(row.id(), "RESUME", now, actor, null, null, null);
        }
        jdbc.sql("update case_clocks set state = 'STOPPED', paused_since = null, stopped_at = :at where id = :id")
            .param("at", at(now))
            .param("id", row.id())
            .update();
        event(row.id(), "STOP", now, actor, null, null, null);
        return changed(caseId, key, actor, "STOP " + key);
    }

    /** Stops every clock of a case still running: the case has come to its end. */
    @Transactional
    public void stopAll(UUID caseId, String actor) {
        jdbc.sql("select clock_key from case_clocks where case_id = :c and state <> 'STOPPED'")
            .param("c", caseId)
            .query(String.class)
            .list()
            .forEach(key -> stop(caseId, key, actor));
    }

    /**
     * The calendar changed (a year's notice loaded, a day corrected): every running clock
     * whose dates it moves, or whose provisional count it makes final, is recalculated,
     * audited and published like any other change, and {@link ClockRecalculated} tells
     * the models the dates it replaces. Periods of hours do not count days.
     * @param before the calendar as it was
     * @return how many clocks moved
     */
    @Transactional
    public int recalculate(WorkingDayCalendar before, String actor, String reason) {
        Deadlines was = new Deadlines(before, clock);
        int moved = 0;
        for (ClockRow row : jdbc.sql(ClockRow.SELECT + " where state <> 'STOPPED' and unit <> 'HOURS' order by id")
            .query(ClockRow::map)
            .list()) {
            ClockView old = view(row, was);
            ClockView now = view(row, deadlines);
            if (old.deadline().equals(now.deadline()) && Objects.equals(old.warningAt(), now.warningAt())) {
                continue;
            }
            event(row.id(), "RECOUNT", clock.instant(), actor, reason, null, null);
            ClockView changed = changed(row.caseId(), row.key(), actor, "RECOUNT " + row.key() + ": " + reason);
            events.publishEvent(new ClockRecalculated(row.caseId(), row.key(), old, changed));
            moved++;
        }
        return moved;
    }

    /** The running clocks whose deadline is counted on a provisional calendar. */
    public long provisionalCount() {
        return jdbc.sql(ClockRow.SELECT + " where state <> 'STOPPED' and unit <> 'HOURS'")
            .query(ClockRow::map)
            .list()
            .stream()
            .filter(row -> view(row).deadline().provisional())
            .count();
    }

    public Optional<ClockView> find(UUID caseId, String key) {
        return rowIfAny(caseId, key).map(this::view);
    }

    public List<ClockView> forCase(UUID caseId) {
        return jdbc.sql(ClockRow.SELECT + " where case_id = :c order by started_at, id")
            .param("c", caseId)
            .query(ClockRow::map)
            .list()
            .stream()
            .map(this::view)
            .toList();
    }

    /** The clocks not stopped, of one office or of all; for the SLA figures. */
    public List<ClockView> running(String officeId) {
        String where = officeId == null ? "" : " and office_id = :o";
        var query = jdbc.sql(ClockRow.SELECT + " where state <> 'STOPPED'" + where + " order by case_id, started_at");
        if (officeId != null) {
            query = query.param("o", officeId);
        }
        return query.query(ClockRow::map).list().stream().map(this::view).toList();
    }

    /**
     * The clocks not stopped, in pages by (case, key) after the given one: a read model
     * fills itself from these without holding every clock in memory.
     */
    public List<ClockView> runningAfter(UUID afterCase, String afterKey, int limit) {
        return jdbc
            .sql(ClockRow.SELECT + " where state <> 'STOPPED' and (case_id > :c or (case_id = :c and clock_key > :k))"
                    + " order by case_id, clock_key limit :limit")
            .param("c", afterCase)
            .param("k", afterKey)
            .param("limit", limit)
            .query(ClockRow::map)
            .list()
            .stream()
            .map(this::view)
            .toList();
    }

    private ClockView begin(UUID caseId, String key, Period period, LocalDate trigger, LocalDate fixedLastDay,
            Instant startedAt, String actor) {
        Optional<ClockRow> existing = rowIfAny(caseId, key);
        long id;
        if (existing.isPresent()) {
            id = existing.get().id();
            jdbc.sql(
                    """
                            update case_clocks set unit = :unit, amount = :amount, trigger_on = :trigger, fixed_last_day = :fixed,
                                started_at = :started, state = 'RUNNING', paused_since = null, stopped_at = null where id = :id""")
                .param("unit", period.unit().name())
                .param("amount", period.amount())
                .param("trigger", trigger)
                .param("fixed", fixedLastDay)
                .param("started", at(startedAt))
                .param("id", id)
                .update();
        }
        else {
            String officeId = cases.findUnchecked(caseId)
                .orElseThrow(() -> new IllegalStateException("no case " + caseId))
                .officeId();
            jdbc.sql("""
                    insert into case_clocks (case_id, office_id, clock_key, unit, amount, trigger_on, fixed_last_day,
                        started_at, state)
                    values (:case, :office, :key, :unit, :amount, :trigger, :fixed, :started, 'RUNNING')""")
                .param("case", caseId)
                .param("office", officeId)
                .param("key", key)
                .param("unit", period.unit().name())
                .param("amount", period.amount())
                .param("trigger", trigger)
                .param("fixed", fixedLastDay)
                .param("started", at(startedAt))
                .update();
            id = row(caseId, key).id();
        }
        event(id, "START", startedAt, actor, null, null, null);
        return changed(caseId, key, actor, "START " + key);
    }

    private ClockView changed(UUID caseId, String key, String actor, String what) {
        ClockView view = view(row(caseId, key));
        audit.record(actor, AUDIT_ACTION, caseId, what + " → " + view.deadline().lastDay());
        events.publishEvent(new ClockChanged(caseId, key, view));
        return view;
    }

    private ClockView view(ClockRow row) {
        return view(row, deadlines);
    }

    /** The clock as it stands, its dates counted on the given calendar. */
    private ClockView view(ClockRow row, Deadlines deadlines) {
        List<ClockEvent> all = jdbc.sql("""
                select event_type, occurred_at, actor, reason, extension_unit, extension_amount, approver_level
                from case_clock_events where clock_id = :id order by occurred_at, id""")
            .param("id", row.id())
            .query((rs, i) -> new ClockEvent(rs.getString("event_type"),
                    rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                    rs.getString("reason"),
                    rs.getString("extension_unit") == null ? null
                            : new Period(PeriodUnit.valueOf(rs.getString("extension_unit")),
                                    rs.getInt("extension_amount")),
                    rs.getString("approver_level")))
            .list();
        // a restart begins the period afresh: only what happened since the latest START
        // counts
        int lastStart = 0;
        for (int i = 0; i < all.size(); i++) {
            if ("START".equals(all.get(i).type())) {
                lastStart = i;
            }
        }
        List<ClockEvent> current = all.subList(lastStart, all.size());
        Instant now = clock.instant();
        Instant end = row.state() == ClockState.STOPPED ? row.stoppedAt() : now;

        int extension = current.stream().filter(e -> e.extension() != null).mapToInt(e -> e.extension().amount()).sum();
        List<Instant[]> pauses = pauses(current, row, end);
        int excluded = excluded(row.unit(), pauses, deadlines);
        Deadline deadline = deadline(row, extension, excluded, pauses, deadlines);
        Instant start = row.unit() == PeriodUnit.HOURS || row.trigger() == null ? row.startedAt()
                : row.trigger().plusDays(1).atStartOfDay(deadlines.zone()).toInstant();
        Instant warningAt = warningAt(row.unit(), start, deadline, deadlines);

        Instant judgedAt = row.state() == ClockState.STOPPED ? row.stoppedAt() : now;
        ClockStatus status = !judgedAt.isBefore(deadline.expiresAt().toInstant()) ? ClockStatus.OVERDUE
                : !judgedAt.isBefore(warningAt) ? ClockStatus.DUE_SOON : ClockStatus.ON_TRACK;
        LocalDate today = deadlines.today();
        Integer calendarLeft = (int) ChronoUnit.DAYS.between(today, deadline.lastDay());
        Integer workingLeft = deadlines.workingDaysBetween(today, deadline.lastDay());
        return new ClockView(row.caseId(), row.key(), new Period(row.unit(), row.amount()), row.trigger(),
                row.startedAt(), deadline, row.state(), excluded, List.copyOf(current), warningAt, status, workingLeft,
                calendarLeft);
    }

    private static List<Instant[]> pauses(List<ClockEvent> events, ClockRow row, Instant end) {
        List<Instant[]> pauses = new ArrayList<>();
        Instant since = null;
        for (ClockEvent e : events) {
            if ("PAUSE".equals(e.type())) {
                since = e.at();
            }
            else if ("RESUME".equals(e.type()) && since != null) {
                pauses.add(new Instant[] { since, e.at() });
                since = null;
            }
        }
        if (since != null) {
            pauses.add(new Instant[] { since, end });
        }
        return pauses;
    }

    /** The excluded time in the period's unit: working days, calendar days, or hours. */
    private static int excluded(PeriodUnit unit, List<Instant[]> pauses, Deadlines deadlines) {
        int total = 0;
        for (Instant[] p : pauses) {
            LocalDate from = p[0].atZone(deadlines.zone()).toLocalDate();
            LocalDate to = p[1].atZone(deadlines.zone()).toLocalDate();
            total += switch (unit) {
                case HOURS -> (int) Duration.between(p[0], p[1]).toHours();
                case WORKING_DAYS -> deadlines.workingDaysBetween(from.minusDays(1), to.minusDays(1));
                default -> (int) ChronoUnit.DAYS.between(from, to);
            };
        }
        return total;
    }

    private static Deadline deadline(ClockRow row, int extension, int excluded, List<Instant[]> pauses,
            Deadlines deadlines) {
        int amount = row.amount() + extension;
        return switch (row.unit()) {
            case WORKING_DAYS -> deadlines.workingDays(row.trigger(), amount + excluded);
            case CALENDAR_DAYS -> deadlines.calendarDays(row.trigger(), amount + excluded);
            case MONTHS -> deadlines.endingOn(row.trigger().plusMonths(amount).plusDays(excluded));
            case FIXED_DATE -> deadlines.endingOn(row.fixedLastDay().plusDays(excluded));
            case HOURS -> {
                Duration paused = pauses.stream()
                    .map(p -> Duration.between(p[0], p[1]))
                    .reduce(Duration.ZERO, Duration::plus);
                yield Deadline.at(row.startedAt().plus(Duration.ofHours(amount)).plus(paused), deadlines.zone());
            }
        };
    }

    /**
     * The earlier of the two warning points: a share of the period gone, or the start of
     * its last working days (not for hours).
     */
    private Instant warningAt(PeriodUnit unit, Instant start, Deadline deadline, Deadlines deadlines) {
        Instant expires = deadline.expiresAt().toInstant();
        long span = Math.max(0, Duration.between(start, expires).toSeconds());
        Instant byShare = start.plusSeconds((long) (span * settings.warnAtFraction()));
        if (unit == PeriodUnit.HOURS || settings.warnWorkingDays() <= 0) {
            return byShare;
        }
        LocalDate day = deadline.lastDay();
        int counted = deadlines.isWorkingDay(day) ? 1 : 0;
        while (counted < settings.warnWorkingDays()) {
            day = day.minusDays(1);
            if (deadlines.isWorkingDay(day)) {
                counted++;
            }
        }
        Instant byLastDays = day.atStartOfDay(deadlines.zone()).toInstant();
        Instant earlier = byShare.isBefore(byLastDays) ? byShare : byLastDays;
        return earlier.isBefore(start) ? start : earlier;
    }

    private void event(long clockId, String type, Instant at, String actor, String reason, Period extension,
            String approverLevel) {
        jdbc.sql("""
                insert into case_clock_events (clock_id, event_type, occurred_at, actor, reason, extension_unit,
                    extension_amount, approver_level)
                values (:clock, :type, :at, :actor, :reason, :unit, :amount, :level)""")
            .param("clock", clockId)
            .param("type", type)
            .param("at", at(at))
            .param("actor", actor)
            .param("reason", reason)
            .param("unit", extension == null ? null : extension.unit().name())
            .param("amount", extension == null ? null : extension.amount())
            .param("level", approverLevel)
            .update();
    }

    private ClockRow row(UUID caseId, String key) {
        return rowIfAny(caseId, key)
            .orElseThrow(() -> new IllegalStateException("no clock " + key + " on case " + caseId));
    }

    private Optional<ClockRow> rowIfAny(UUID caseId, String key) {
        return jdbc.sql(ClockRow.SELECT + " where case_id = :c and clock_key = :k")
            .param("c", caseId)
            .param("k", key)
            .query(ClockRow::map)
            .optional();
    }

    private static void requireState(ClockRow row, ClockState expected) {
        if (row.state() != expected) {
            throw new ConflictException("problem.clock-not-" + expected.name().toLowerCase(), row.key());
        }
    }

    private OffsetDateTime at(Instant instant) {
        return instant.atZone(deadlines.zone()).toOffsetDateTime();
    }

    private record ClockRow(long id, UUID caseId, String key, PeriodUnit unit, int amount, LocalDate trigger,
            LocalDate fixedLastDay, Instant startedAt, ClockState state, Instant stoppedAt) {

        static final String SELECT = """
                select id, case_id, clock_key, unit, amount, trigger_on, fixed_last_day, started_at, state, stopped_at
                from case_clocks""";

        static ClockRow map(ResultSet rs, int i) throws SQLException {
            OffsetDateTime stopped = rs.getObject("stopped_at", OffsetDateTime.class);
            return new ClockRow(rs.getLong("id"), rs.getObject("case_id", UUID.class), rs.getString("clock_key"),
                    PeriodUnit.valueOf(rs.getString("unit")), rs.getInt("amount"),
                    rs.getObject("trigger_on", LocalDate.class), rs.getObject("fixed_last_day", LocalDate.class),
                    rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                    ClockState.valueOf(rs.getString("state")), stopped == null ? null : stopped.toInstant());
        }
    }

}
