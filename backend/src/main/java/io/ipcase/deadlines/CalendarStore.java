package io.ipcase.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import io.ipcase.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The calendar kept in the database: each year's notice as loaded, and the
 * administrators' overrides on top. Deadlines read an in-memory snapshot, refreshed when
 * this node changes the calendar and every minute for changes other nodes made.
 */
@Service
public class CalendarStore implements WorkingDayCalendar {

    static final String AUDIT_ACTION = "CALENDAR_CHANGED";

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final Clock clock;

    private final AtomicReference<CalendarSnapshot> current = new AtomicReference<>();

    private final ApplicationEventPublisher events;

    CalendarStore(JdbcClient jdbc, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return snapshot().isWorkingDay(day);
    }

    @Override
    public boolean holdsYear(int year) {
        return snapshot().holdsYear(year);
    }

    public CalendarSnapshot snapshot() {
        CalendarSnapshot snapshot = current.get();
        return snapshot != null ? snapshot : reload();
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    public CalendarSnapshot reload() {
        CalendarSnapshot snapshot = read();
        current.set(snapshot);
        return snapshot;
    }

    private CalendarSnapshot read() {
        Set<Integer> years = new HashSet<>(
                jdbc.sql("select calendar_year from calendar_years").query(Integer.class).list());
        Map<LocalDate, DayKind> exceptions = new HashMap<>();
        jdbc.sql("select calendar_day, coalesce(override_kind, official_kind) kind from calendar_days")
            .query((rs, i) -> exceptions.put(rs.getObject("calendar_day", LocalDate.class),
                    DayKind.valueOf(rs.getString("kind"))))
            .list();
        return new CalendarSnapshot(years, exceptions);
    }

    public List<YearInfo> years() {
        return jdbc.sql("select calendar_year, source, loaded_by, loaded_at from calendar_years order by calendar_year")
            .query((rs, i) -> new YearInfo(rs.getInt("calendar_year"), rs.getString("source"),
                    rs.getString("loaded_by"), rs.getObject("loaded_at", OffsetDateTime.class)))
            .list();
    }

    /**
     * The days of a year that differ from a plain Monday-to-Friday week, notice and
     * overrides apart.
     */
    public List<DayEntry> days(int year) {
        return jdbc.sql("""
                select calendar_day, official_kind, override_kind, note, updated_by, updated_at from calendar_days
                where calendar_day between :from and :to order by calendar_day""")
            .param("from", LocalDate.of(year, 1, 1))
            .param("to", LocalDate.of(year, 12, 31))
            .query((rs, i) -> new DayEntry(rs.getObject("calendar_day", LocalDate.class), rs.getString("official_kind"),
                    rs.getString("override_kind"), rs.getString("note"), rs.getString("updated_by"),
                    rs.getObject("updated_at", OffsetDateTime.class)))
            .list();
    }

    /** Loads, or replaces, a year's notice. Overrides of that year stay. */
    @Transactional
    public void loadYear(CalendarSnapshot.YearNotice notice, String actor) {
        CalendarSnapshot before = snapshot();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("update calendar_days set official_kind = null where calendar_day between :from and :to")
            .param("from", LocalDate.of(notice.year(), 1, 1))
            .param("to", LocalDate.of(notice.year(), 12, 31))
            .update();
        notice.rest().forEach(day -> setOfficial(day, DayKind.REST, actor, now));
        notice.work().forEach(day -> setOfficial(day, DayKind.WORK, actor, now));
        jdbc.sql("delete from calendar_days where official_kind is null and override_kind is null").update();
        jdbc.sql("delete from calendar_years where calendar_year = :y").param("y", notice.year()).update();
        jdbc.sql("insert into calendar_years (calendar_year, source, loaded_by, loaded_at) values (:y, :s, :by, :at)")
            .param("y", notice.year())
            .param("s", notice.source())
            .param("by", actor)
            .param("at", now)
            .update();
        String what = "year " + notice.year() + ": " + notice.source();
        audit.record(actor, AUDIT_ACTION, null, what);
        changed(before, actor, what);
    }

    /** An administrator's word on one day, over the notice's. */
    @Transactional
    public void override(LocalDate day, DayKind kind, String note, String actor) {
        CalendarSnapshot before = snapshot();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int updated = jdbc.sql("""
                update calendar_days set override_kind = :kind, note = :note, updated_by = :by, updated_at = :at
                where calendar_day = :day""")
            .param("kind", kind.name())
            .param("note", note)
            .param("by", actor)
            .param("at", now)
            .param("day", day)
            .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into calendar_days (calendar_day, override_kind, note, updated_by, updated_at)
                    values (:day, :kind, :note, :by, :at)""")
                .param("day", day)
                .param("kind", kind.name())
                .param("note", note)
                .param("by", actor)
                .param("at", now)
                .update();
        }
        String what = day + " " + kind + (note == null ? "" : ": " + note);
        audit.record(actor, AUDIT_ACTION, null, what);
        changed(before, actor, what);
    }

    /** Back to the notice's word (or a plain week day) for this day. */
    @Transactional
    public void clearOverride(LocalDate day, String actor) {
        CalendarSnapshot before = snapshot();
        jdbc.sql(
                "update calendar_days set override_kind = null, note = null, updated_by = :by, updated_at = :at where calendar_day = :day")
            .param("by", actor)
            .param("at", OffsetDateTime.now(clock))
            .param("day", day)
            .update();
        jdbc.sql("delete from calendar_days where calendar_day = :day and official_kind is null")
            .param("day", day)
            .update();
        String what = day + " override cleared";
        audit.record(actor, AUDIT_ACTION, null, what);
        changed(before, actor, what);
    }

    private void setOfficial(LocalDate day, DayKind kind, String actor, OffsetDateTime now) {
        int updated = jdbc.sql(
                "update calendar_days set official_kind = :kind, updated_by = :by, updated_at = :at where calendar_day = :day")
            .param("kind", kind.name())
            .param("by", actor)
            .param("at", now)
            .param("day", day)
            .update();
        if (updated == 0) {
            jdbc.sql(
                    "insert into calendar_days (calendar_day, official_kind, updated_by, updated_at) values (:day, :kind, :by, :at)")
                .param("day", day)
                .param("kind", kind.name())
                .param("by", actor)
                .param("at", now)
                .update();
        }
    }

    /**
     * Counts on the changed calendar from now on in this transaction, so that the clocks
     * it moves are recalculated with the change ({@link CalendarChanged}); after the
     * transaction, on the calendar as committed (the old one again if it rolled back).
     */
    private void changed(CalendarSnapshot before, String actor, String what) {
        current.set(read());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                reload();
            }
        });
        events.publishEvent(new CalendarChanged(before, actor, what));
    }

    public record YearInfo(int year, String source, String loadedBy, OffsetDateTime loadedAt) {
    }

    public record DayEntry(LocalDate day, String officialKind, String overrideKind, String note, String updatedBy,
            OffsetDateTime updatedAt) {
    }

}
