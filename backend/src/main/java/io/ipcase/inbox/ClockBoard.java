package io.ipcase.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.ipcase.deadlines.ClockState;
import io.ipcase.deadlines.ClockStatus;
import io.ipcase.deadlines.Period;
import io.ipcase.deadlines.PeriodUnit;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reading the clocks' read model ({@code inbox_clocks}) for the SLA board: a page of
 * clocks by deadline, the counts by standing, per office and per person holding a case's
 * tasks. Each is one indexed query whatever the caseload; how a clock stands is decided
 * in the query, comparing its stored warning point and expiry with now.
 */
@Service
public class ClockBoard {

    /** Standings as the board names them; a paused clock is PAUSED whatever its dates. */
    public static final List<String> STANDINGS = List.of("ON_TRACK", "DUE_SOON", "OVERDUE", "PAUSED");

    private static final String COUNTS = """
            count(*) as total,
            sum(case when c.state = 'PAUSED' then 1 else 0 end) as paused,
            sum(case when c.state <> 'PAUSED' and c.expires_at <= :now then 1 else 0 end) as overdue,
            sum(case when c.state <> 'PAUSED' and c.expires_at > :now and c.warning_at <= :now then 1 else 0 end)
                as due_soon,
            sum(case when c.extended then 1 else 0 end) as extended""";

    private final JdbcClient jdbc;

    private final Clock clock;

    ClockBoard(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The clocks matching the filter, soonest deadline first, from {@code offset}. */
    public List<BoardClock> page(ClockFilter filter, int offset, int limit) {
        if (filter.officeIds().isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("""
                select c.case_id, c.clock_key, c.office_id, c.case_number, c.case_type, c.unit, c.amount,
                    c.trigger_on, c.started_at, c.state, c.last_day, c.expires_at, c.warning_at, c.paused_days,
                    c.extended
                from inbox_clocks c where""" + where + """
                 order by c.expires_at, c.case_number, c.clock_key
                offset :offset rows fetch next :limit rows only""").params(params).query(this::clock).list();
    }

    /** How many clocks match the filter, by standing. */
    public Standings totals(ClockFilter filter) {
        if (filter.officeIds().isEmpty()) {
            return Standings.NONE;
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        return jdbc.sql("select " + COUNTS + " from inbox_clocks c where" + where)
            .params(params)
            .query(ClockBoard::standings)
            .single();
    }

    /** The matching clocks by office, by standing. */
    public Map<String, Standings> byOffice(ClockFilter filter) {
        Map<String, Standings> byOffice = new LinkedHashMap<>();
        if (filter.officeIds().isEmpty()) {
            return byOffice;
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        jdbc.sql("select c.office_id, " + COUNTS + " from inbox_clocks c where" + where
                + " group by c.office_id order by c.office_id")
            .params(params)
            .query((rs, i) -> byOffice.put(rs.getString("office_id"), standings(rs, i)))
            .list();
        return byOffice;
    }

    /**
     * The matching clocks by who holds their case's open tasks: a case counts once for
     * each person holding one of its tasks, and under {@code ""} when one of its tasks is
     * unclaimed or it has none. With {@code claimedOnly}, unclaimed tasks make no holder.
     */
    public Map<String, Standings> byHolder(ClockFilter filter, boolean claimedOnly) {
        Map<String, Standings> byHolder = new LinkedHashMap<>();
        if (filter.officeIds().isEmpty()) {
            return byHolder;
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        String holders = claimedOnly
                ? "select distinct t.case_id, t.assignee as holder from inbox_tasks t"
                        + " where t.office_id in (:offices) and t.assignee is not null"
                : "select distinct t.case_id, coalesce(t.assignee, '') as holder from inbox_tasks t"
                        + " where t.office_id in (:offices)";
        jdbc.sql("select h.holder, " + COUNTS + " from inbox_clocks c join (" + holders
                + ") h on h.case_id = c.case_id where" + where + " group by h.holder")
            .params(params)
            .query((rs, i) -> byHolder.put(rs.getString("holder"), standings(rs, i)))
            .list();
        String noHolder = claimedOnly ? "t.assignee is not null and " : "";
        Standings none = jdbc
            .sql("select " + COUNTS + " from inbox_clocks c where" + where
                    + " and not exists (select 1 from inbox_tasks t where " + noHolder + "t.case_id = c.case_id)")
            .params(params)
            .query(ClockBoard::standings)
            .single();
        if (none.total() > 0) {
            byHolder.merge("", none, Standings::plus);
        }
        return byHolder;
    }

    private String where(ClockFilter f, Map<String, Object> params) {
        params.put("offices", f.officeIds());
        params.put("now", Timestamp.from(clock.instant()));
        StringBuilder where = new StringBuilder(" c.office_id in (:offices)");
        if (f.standing() != null && !f.standing().isBlank()) {
            where.append(switch (f.standing()) {
                case "PAUSED" -> " and c.state = 'PAUSED'";
                case "OVERDUE" -> " and c.state <> 'PAUSED' and c.expires_at <= :now";
                case "DUE_SOON" -> " and c.state <> 'PAUSED' and c.expires_at > :now and c.warning_at <= :now";
                case "ON_TRACK" ->
                    " and c.state <> 'PAUSED' and c.expires_at > :now and (c.warning_at is null or c.warning_at > :now)";
                case "EXTENDED" -> " and c.extended";
                default -> " and 1 = 0";
            });
        }
        if (f.clockKey() != null && !f.clockKey().isBlank()) {
            where.append(" and c.clock_key = :clockKey");
            params.put("clockKey", f.clockKey());
        }
        if (f.officer() != null && !f.officer().isBlank()) {
            where.append(" and c.case_id in (select t.case_id from inbox_tasks t where t.assignee = :officer)");
            params.put("officer", f.officer());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and lower(c.case_number) like :q");
            params.put("q", "%" + f.q().strip().toLowerCase(Locale.ROOT) + "%");
        }
        return where.toString();
    }

    private BoardClock clock(ResultSet rs, int row) throws SQLException {
        Instant now = clock.instant();
        Instant expires = rs.getTimestamp("expires_at").toInstant();
        Timestamp warning = rs.getTimestamp("warning_at");
        ClockStatus status = !now.isBefore(expires) ? ClockStatus.OVERDUE
                : warning != null && !now.isBefore(warning.toInstant()) ? ClockStatus.DUE_SOON : ClockStatus.ON_TRACK;
        return new BoardClock(rs.getObject("case_id", UUID.class), rs.getString("clock_key"), rs.getString("office_id"),
                rs.getString("case_number"), rs.getString("case_type"),
                new Period(PeriodUnit.valueOf(rs.getString("unit")), rs.getInt("amount")),
                rs.getObject("trigger_on", LocalDate.class), rs.getTimestamp("started_at").toInstant(),
                ClockState.valueOf(rs.getString("state")), rs.getObject("last_day", LocalDate.class),
                expires.atZone(clock.getZone()).toOffsetDateTime(), warning == null ? null : warning.toInstant(),
                rs.getInt("paused_days"), rs.getBoolean("extended"), status);
    }

    private static Standings standings(ResultSet rs, int row) throws SQLException {
        long total = rs.getLong("total");
        long paused = rs.getLong("paused");
        long overdue = rs.getLong("overdue");
        long dueSoon = rs.getLong("due_soon");
        return new Standings(total - paused - overdue - dueSoon, dueSoon, overdue, paused, rs.getLong("extended"));
    }

    /**
     * What the board is narrowed to: offices (those the reader may watch), a standing or
     * EXTENDED, a period, a person holding one of the case's tasks, a case number.
     */
    @NullMarked
    public record ClockFilter(List<String> officeIds, @Nullable String standing, @Nullable String clockKey,
            @Nullable String officer, @Nullable String q) {
    }

    /** A clock as the read model holds it, with how it stands now. */
    @NullMarked
    public record BoardClock(UUID caseId, String key, String officeId, String caseNumber, String caseType,
            Period period, @Nullable LocalDate trigger, Instant startedAt, ClockState state, LocalDate lastDay,
            OffsetDateTime expiresAt, @Nullable Instant warningAt, int pausedDays, boolean extended,
            ClockStatus status) {

        public OffsetDateTime dueAt() {
            return expiresAt.minusSeconds(1);
        }

    }

    /** Counts of clocks by standing; an extended clock counts in its standing too. */
    public record Standings(long onTrack, long dueSoon, long overdue, long paused, long extended) {

        static final Standings NONE = new Standings(0, 0, 0, 0, 0);

        public long total() {
            return onTrack + dueSoon + overdue + paused;
        }

        Standings plus(Standings other) {
            return new Standings(onTrack + other.onTrack, dueSoon + other.dueSoon, overdue + other.overdue,
                    paused + other.paused, extended + other.extended);
        }

        public Map<String, Long> asMap() {
            Map<String, Long> map = new LinkedHashMap<>();
            map.put("ON_TRACK", onTrack);
            map.put("DUE_SOON", dueSoon);
            map.put("OVERDUE", overdue);
            map.put("PAUSED", paused);
            return map;
        }

    }

}
