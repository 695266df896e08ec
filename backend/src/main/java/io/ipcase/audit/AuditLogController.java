package io.ipcase.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.ipcase.security.StaffDirectory;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The whole audit trail for administrators (/api/admin/**, SecurityConfig): who did what,
 * to which case, filtered by actor, case, action and day (the office's days), newest
 * first, a page at a time.
 */
@RestController
class AuditLogController {

    static final int MAX_SIZE = 200;

    private final JdbcClient jdbc;

    private final StaffDirectory staff;

    private final Clock clock;

    AuditLogController(JdbcClient jdbc, StaffDirectory staff, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping("/api/admin/audit")
    AuditPage page(@RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String caseId,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        List<Violation> violations = new ArrayList<>();
        UUID theCase = parse("caseId", caseId, UUID::fromString, violations);
        LocalDate fromDay = parse("from", from, LocalDate::parse, violations);
        LocalDate toDay = parse("to", to, LocalDate::parse, violations);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            violations.add(Violation.keyed("to", "audit.to.before-from"));
        }
        if (page < 0) {
            violations.add(Violation.keyed("page", "audit.page.negative"));
        }
        if (size < 1 || size > MAX_SIZE) {
            violations.add(Violation.keyed("size", "audit.size.range", MAX_SIZE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (actor != null && !actor.isBlank()) {
            where.append(" and actor = :actor");
            params.put("actor", actor.strip());
        }
        if (theCase != null) {
            where.append(" and case_id = :caseId");
            params.put("caseId", theCase);
        }
        if (action != null && !action.isBlank()) {
            where.append(" and action = :action");
            params.put("action", action.strip());
        }
        if (fromDay != null) {
            where.append(" and occurred_at >= :from");
            params.put("from", fromDay.atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        if (toDay != null) {
            where.append(" and occurred_at < :to");
            params.put("to", toDay.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        long total = jdbc.sql("select count(*) from audit_events" + where).params(params).query(Long.class).single();
        List<AuditEntry> rows = jdbc
            .sql("select id, occurred_at, actor, action, case_id, details from audit_events" + where
                    + " order by occurred_at desc, id desc limit :limit offset :offset")
            .params(params)
            .param("limit", size)
            .param("offset", (long) page * size)
            .query((rs, i) -> new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                    rs.getString("actor"), null, rs.getString("action"), rs.getObject("case_id", UUID.class),
                    rs.getString("details")))
            .list();
        Map<String, String> names = staff.displayNames(rows.stream().map(AuditEntry::actor).distinct().toList());
        return new AuditPage(rows.stream()
            .map(e -> new AuditEntry(e.id(), e.at(), e.actor(), names.get(e.actor()), e.action(), e.caseId(),
                    e.details()))
            .toList(), total, page, size);
    }

    /** The actions the trail holds, for the filter. */
    @GetMapping("/api/admin/audit/actions")
    List<String> actions() {
        return jdbc.sql("select distinct action from audit_events order by action").query(String.class).list();
    }

    private static <T> @Nullable T parse(String field, @Nullable String value, Function<String, T> parser,
            List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        }
        catch (IllegalArgumentException | DateTimeParseException e) {
            violations.add(Violation.keyed(field, "audit.filter.invalid", value));
            return null;
        }
    }

    @NullMarked
    record AuditEntry(long id, OffsetDateTime at, String actor, @Nullable String actorName, String action,
            @Nullable UUID caseId, @Nullable String details) {
    }

    @NullMarked
    record AuditPage(List<AuditEntry> items, long total, int page, int size) {
    }

}
