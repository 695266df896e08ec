package io.ipcase.inbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.ipcase.audit.AuditActions;
import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.security.AppUser;
import io.ipcase.security.StaffDirectory;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import io.ipcase.web.NotFoundException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Substitutes (代理人): an officer names a colleague of the same office for a period of
 * absence. From its first to its last day (office time) the colleague's inbox shows the
 * absent officer's tasks, and the colleague may work them as the absent officer could.
 */
@Service
public class Substitutions {

    /** The longest absence one substitution covers; a longer one is named again. */
    static final int MAX_DAYS = 366;

    private final JdbcClient jdbc;

    private final StaffDirectory staff;

    private final Deadlines deadlines;

    private final AuditTrail audit;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    Substitutions(JdbcClient jdbc, StaffDirectory staff, Deadlines deadlines, AuditTrail audit, Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** The inbox's view of a user today. */
    public InboxViewer viewerOf(AppUser user) {
        List<String> actingFor = new ArrayList<>();
        actingFor.add(user.getUsername());
        if (user.isStaff()) {
            actingFor.addAll(jdbc.sql("""
                    select distinct absent_user from substitutions
                    where substitute = :me and starts_on <= :today and ends_on >= :today order by absent_user""")
                .param("me", user.getUsername())
                .param("today", deadlines.today())
                .query(String.class)
                .list());
        }
        return new InboxViewer(user, List.copyOf(actingFor), user.candidateGroups(), staff.overseenOffices(user));
    }

    /** The substitutions a user named or was named in that have not ended yet. */
    public List<Substitution> current(AppUser user) {
        List<Substitution> current = jdbc.sql("""
                select s.id, s.absent_user, s.substitute, s.starts_on, s.ends_on, s.reason, s.created_at
                from substitutions s
                where (s.absent_user = :me or s.substitute = :me) and s.ends_on >= :today
                order by s.starts_on, s.id""")
            .param("me", user.getUsername())
            .param("today", deadlines.today())
            .query((rs, i) -> new Substitution(rs.getLong("id"), rs.getString("absent_user"), null,
                    rs.getString("substitute"), null, rs.getObject("starts_on", LocalDate.class),
                    rs.getObject("ends_on", LocalDate.class), rs.getString("reason"),
                    rs.getObject("created_at", OffsetDateTime.class)))
            .list();
        List<String> people = new ArrayList<>();
        current.forEach(s -> {
            people.add(s.absentUser());
            people.add(s.substitute());
        });
        Map<String, String> names = staff.displayNames(people);
        return current.stream()
            .map(s -> new Substitution(s.id(), s.absentUser(), names.get(s.absentUser()), s.substitute(),
                    names.get(s.substitute()), s.startsOn(), s.endsOn(), s.reason(), s.createdAt()))
            .toList();
    }

    @Transactional
    public Substitution name(AppUser absent, NewSubstitution request) {
        List<Violation> violations = new ArrayList<>();
        AppUser substitute = staff.find(request.substitute()).orElse(null);
        if (substitute == null || !absent.officeId().equals(substitute.officeId())) {
            violations.add(Violation.keyed("substitute", "substitution.substitute.not-colleague"));
        }
        else if (substitute.getUsername().equals(absent.getUsername())) {
            violations.add(Violation.keyed("substitute", "substitution.substitute.self"));
        }
        LocalDate from = request.startsOn();
        LocalDate to = request.endsOn();
        if (to.isBefore(from)) {
            violations.add(Violation.keyed("endsOn", "substitution.ends-before-start"));
        }
        else if (to.isBefore(deadlines.today())) {
            violations.add(Violation.keyed("endsOn", "substitution.in-the-past"));
        }
        else if (from.plusDays(MAX_DAYS).isBefore(to)) {
            violations.add(Violation.keyed("endsOn", "substitution.too-long", MAX_DAYS));
        }
        else if (overlaps(absent.getUsername(), from, to)) {
            violations.add(Violation.keyed("startsOn", "substitution.overlaps"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into substitutions (absent_user, substitute, office_id, starts_on, ends_on, reason, created_at)
                values (:absent, :substitute, :office, :from, :to, :reason, :at)""")
            .param("absent", absent.getUsername())
            .param("substitute", substitute.getUsername())
            .param("office", absent.officeId())
            .param("from", from)
            .param("to", to)
            .param("reason", request.reason() == null || request.reason().isBlank() ? null : request.reason().strip())
            .param("at", OffsetDateTime.now(clock))
            .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.recordWithDetails(absent.getUsername(), AuditActions.SUBSTITUTE_NAMED, null,
                Map.of("substitute", substitute.getUsername(), "startsOn", from.toString(), "endsOn", to.toString()));
        events.publishEvent(
                new SubstituteNamed(absent.getUsername(), absent.displayName(), substitute.getUsername(), from, to));
        return find(absent, id);
    }

    @Transactional
    public void cancel(AppUser absent, long id) {
        int rows = jdbc.sql("delete from substitutions where id = :id and absent_user = :me")
            .param("id", id)
            .param("me", absent.getUsername())
            .update();
        if (rows == 0) {
            throw new NotFoundException("substitution");
        }
        audit.recordWithDetails(absent.getUsername(), AuditActions.SUBSTITUTE_CANCELLED, null, Map.of("id", id));
    }

    private boolean overlaps(String absent, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(*) from substitutions
                where absent_user = :absent and starts_on <= :to and ends_on >= :from""")
            .param("absent", absent)
            .param("from", from)
            .param("to", to)
            .query(Long.class)
            .single() > 0;
    }

    private Substitution find(AppUser user, long id) {
        return current(user).stream()
            .filter(s -> s.id() == id)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("substitution"));
    }

    @NullMarked
    public record NewSubstitution(
            @NotBlank(message = "{substitution.substitute.required}") @Size(max = 64) String substitute,
            @NotNull(message = "{substitution.starts-on.required}") LocalDate startsOn,
            @NotNull(message = "{substitution.ends-on.required}") LocalDate endsOn,
            @Nullable @Size(max = 500, message = "{field.too-long}") String reason) {
    }

    @NullMarked
    public record Substitution(long id, String absentUser, String absentName, String substitute, String substituteName,
            LocalDate startsOn, LocalDate endsOn, @Nullable String reason, OffsetDateTime createdAt) {
    }

}
