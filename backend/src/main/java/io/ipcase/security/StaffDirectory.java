package io.ipcase.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The officers and supervisors of the offices: who may be handed a task, who may stand in
 * for whom, and which offices a supervisor oversees (their own, and for the municipal
 * office's supervisors the district offices under it). Other modules ask it, too, for the
 * names and addresses of any account, rather than reading the users' table.
 */
@Service
public class StaffDirectory {

    private final JdbcClient jdbc;

    StaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An enabled member of staff, with their roles and office. */
    public Optional<AppUser> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return load("u.username = :u", Map.of("u", username)).stream().findFirst();
    }

    /** The enabled staff of one office, by name. */
    public List<AppUser> ofOffice(String officeId) {
        return load("u.office_id = :o", Map.of("o", officeId));
    }

    /**
     * Whether an account is registered under this identity number (a party's portal
     * account is linked by it).
     */
    public boolean hasAccountWithIdNumber(String idNumber) {
        return jdbc.sql("select count(*) from app_users where id_number = :n")
            .param("n", idNumber)
            .query(Integer.class)
            .single() > 0;
    }

    /**
     * The offices whose work a user may oversee: a supervisor's own and its subordinate
     * offices.
     */
    public List<String> overseenOffices(AppUser user) {
        if (!user.has(Role.SUPERVISOR) || user.officeId() == null) {
            return user.isStaff() ? List.of(user.officeId()) : List.of();
        }
        return jdbc.sql("select id from offices where id = :o or parent_id = :o order by level desc, id")
            .param("o", user.officeId())
            .query(String.class)
            .list();
    }

    /**
     * The names people are shown by, of any account (staff or party, enabled or not), by
     * username; unknown usernames are left out. One indexed query however many names a
     * page holds.
     */
    public Map<String, String> displayNames(Collection<String> usernames) {
        String[] names = usernames.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        if (names.length == 0) {
            return Map.of();
        }
        Map<String, String> byUsername = new HashMap<>();
        jdbc.sql("select username, display_name from app_users where username = any(:names)")
            .param("names", names)
            .query((rs, i) -> byUsername.put(rs.getString("username"), rs.getString("display_name")))
            .list();
        return byUsername;
    }

    /**
     * How this viewer is shown the people named by these usernames: staff and
     * administrators by username, as recorded; parties by the names people are shown by,
     * never by the login names of staff accounts. Names that are no account stay as they
     * are ("system").
     */
    public UnaryOperator<String> shownTo(AppUser viewer, Collection<String> usernames) {
        if (viewer.isStaff() || viewer.has(Role.ADMIN)) {
            return UnaryOperator.identity();
        }
        Map<String, String> names = displayNames(usernames);
        return username -> username == null ? null : names.getOrDefault(username, username);
    }

    /** The e-mail address of an account (staff or party), if it has one. */
    public Optional<String> emailOf(String username) {
        return jdbc.sql("select email from app_users where username = :u")
            .param("u", username)
            .query(String.class)
            .list()
            .stream()
            .filter(email -> email != null && !email.isBlank())
            .findFirst();
    }

    private List<AppUser> load(String where, Map<String, Object> params) {
        List<StaffRow> rows = jdbc
            .sql("select username, display_name, office_id from app_users u"
                    + " where u.enabled and u.office_id is not null and " + where + " order by display_name, username")
            .params(params)
            .query(StaffRow.class)
            .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Set<Role>> roles = new HashMap<>();
        jdbc.sql("select username, role from user_roles where username in (:names)")
            .param("names", rows.stream().map(StaffRow::username).toList())
            .query((rs, i) -> roles.computeIfAbsent(rs.getString(1), u -> EnumSet.noneOf(Role.class))
                .add(Role.valueOf(rs.getString(2))))
            .list();
        return rows.stream()
            .map(r -> new AppUser(r.username(), "", r.displayName(), r.officeId(),
                    roles.getOrDefault(r.username(), Set.of()), true))
            .filter(AppUser::isStaff)
            .toList();
    }

    private record StaffRow(String username, String displayName, String officeId) {
    }

}
