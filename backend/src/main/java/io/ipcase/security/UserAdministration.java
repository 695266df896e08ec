package io.ipcase.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import io.ipcase.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts, for administrators: who exists (and who is locked out), a new account with
 * its roles and office, and its lifecycle: disable and enable, unlock, reset the
 * password, change roles and office. Staff (officers and supervisors) must belong to an
 * office; parties must not. An account created or reset here sets its own password at
 * first sign-in. Disabling an account, and changing its roles or office, ends its
 * sessions; the tasks a withdrawn officer held go back to the office's pool or to a named
 * colleague. Every change is audited.
 */
@RestController
class UserAdministration {

    private final JdbcClient jdbc;

    private final PasswordEncoder encoder;

    private final Offices offices;

    private final PasswordPolicy policy;

    private final SignInThrottle throttle;

    private final StaffDirectory staff;

    private final ApplicationEventPublisher events;

    UserAdministration(JdbcClient jdbc, PasswordEncoder encoder, Offices offices, PasswordPolicy policy,
            SignInThrottle throttle, StaffDirectory staff, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.offices = offices;
        this.policy = policy;
        this.throttle = throttle;
        this.staff = staff;
        this.events = events;
    }

    @GetMapping("/api/admin/users")
    List<UserSummary> users() {
        Map<String, List<String>> roles = new HashMap<>();
        jdbc.sql("select username, role from user_roles order by role")
            .query((rs, i) -> roles.computeIfAbsent(rs.getString(1), u -> new ArrayList<>()).add(rs.getString(2)))
            .list();
        Map<String, Instant> locked = throttle.lockedAccounts();
        return jdbc
            .sql("select username, display_name, office_id, enabled, must_change_password from app_users"
                    + " order by username")
            .query((rs, i) -> new UserSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                    roles.getOrDefault(rs.getString(1), List.of()), rs.getBoolean(5),
                    locked.get(SignInThrottle.accountKey(rs.getString(1)))))
            .list();
    }

    @PostMapping("/api/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public UserSummary create(@AuthenticationPrincipal AppUser admin, @Valid @RequestBody NewUser user) {
        List<Violation> violations = new ArrayList<>();
        Set<Role> roles = EnumSet.copyOf(user.roles());
        checkOffice(roles, user.officeId(), violations);
        String idNumber = user.idNumber() == null || user.idNumber().isBlank() ? null
                : user.idNumber().strip().toUpperCase(Locale.ROOT);
        boolean staffRoles = isStaff(roles);
        if (roles.contains(Role.RESPONDENT) && idNumber == null) {
            violations.add(Violation.keyed("idNumber", "user.id-number.required-for-respondent"));
        }
        if (staffRoles && idNumber != null) {
            violations.add(Violation.keyed("idNumber", "user.id-number.only-for-parties"));
        }
        policy.check("password", user.password(), user.username(), roles).ifPresent(violations::add);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        // usernames are one whatever their case: OFFICER.YB is officer.yb
        if (jdbc.sql("select count(*) from app_users where lower(username) = lower(:u)")
            .param("u", user.username())
            .query(Integer.class)
            .single() > 0) {
            throw new ConflictException("problem.user-exists", user.username());
        }
        insert(jdbc, encoder, user.username(), user.password(), user.displayName(), user.officeId(), roles);
        jdbc.sql("update app_users set must_change_password = true, id_number = :id where username = :u")
            .param("id", idNumber)
            .param("u", user.username())
            .update();
        audit(admin, SecurityEventOccurred.ACCOUNT_CREATED, user.username(),
                Map.of("roles", sorted(roles), "officeId", Objects.toString(user.officeId(), "")));
        return summary(user.username());
    }

    /**
     * Disables an account: its sessions end at once, and the tasks it held go back to its
     * office's pool, or to {@code handOverTo}.
     */
    @PostMapping("/api/admin/users/{username}/disable")
    @Transactional
    public UserSummary disable(@AuthenticationPrincipal AppUser admin, @PathVariable String username,
            @Valid @RequestBody(required = false) @Nullable Withdrawal withdrawal) {
        Account account = require(username);
        if (account.username().equals(admin.getUsername())) {
            throw new ConflictException("problem.own-account");
        }
        String handOverTo = withdrawal == null ? null : blankToNull(withdrawal.handOverTo());
        checkHandOver(account, account.officeId(), handOverTo);
        jdbc.sql("update app_users set enabled = false where username = :u").param("u", account.username()).update();
        endSessions(account.username());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("username", account.username());
        if (handOverTo != null) {
            details.put("handOverTo", handOverTo);
        }
        audit(admin, SecurityEventOccurred.ACCOUNT_DISABLED, account.username(), details);
        if (account.officeId() != null && isStaff(account.roles())) {
            events.publishEvent(
                    new StaffWithdrawn(account.username(), account.officeId(), handOverTo, admin.getUsername()));
        }
        return summary(account.username());
    }

    @PostMapping("/api/admin/users/{username}/enable")
    @Transactional
    public UserSummary enable(@AuthenticationPrincipal AppUser admin, @PathVariable String username) {
        Account account = require(username);
        jdbc.sql("update app_users set enabled = true where username = :u").param("u", account.username()).update();
        audit(admin, SecurityEventOccurred.ACCOUNT_ENABLED, account.username(), Map.of());
        return summary(account.username());
    }

    @PostMapping("/api/admin/users/{username}/unlock")
    @Transactional
    public UserSummary unlock(@AuthenticationPrincipal AppUser admin, @PathVariable String username) {
        Account account = require(username);
        throttle.unlock(account.username());
        audit(admin, SecurityEventOccurred.ACCOUNT_UNLOCKED, account.username(), Map.of());
        return summary(account.username());
    }

    /**
     * A new password from the administrator, which the person must replace at their next
     * sign-in; their sessions end and any lockout is lifted.
     */
    @PostMapping("/api/admin/users/{username}/password")
    @Transactional
    public UserSummary resetPassword(@AuthenticationPrincipal AppUser admin, @PathVariable String username,
            @Valid @RequestBody PasswordReset reset) {
        Account account = require(username);
        policy.check("password", reset.password(), account.username(), account.roles()).ifPresent(v -> {
            throw new InvalidInputException(List.of(v));
        });
        jdbc.sql("update app_users set password_hash = :p, must_change_password = true where username = :u")
            .param("p", encoder.encode(reset.password()))
            .param("u", account.username())
            .update();
        throttle.unlock(account.username());
        endSessions(account.username());
        audit(admin, SecurityEventOccurred.PASSWORD_RESET, account.username(), Map.of());
        return summary(account.username());
    }

    /**
     * New roles and office. The person's sessions end, so they sign in again with their
     * new rights; an officer who leaves an office (or stops being staff) leaves its tasks
     * to its pool or to {@code handOverTo}.
     */
    @PutMapping("/api/admin/users/{username}/roles")
    @Transactional
    public UserSummary changeRoles(@AuthenticationPrincipal AppUser admin, @PathVariable String username,
            @Valid @RequestBody RoleChange change) {
        Account account = require(username);
        Set<Role> roles = EnumSet.copyOf(change.roles());
        List<Violation> violations = new ArrayList<>();
        checkOffice(roles, change.officeId(), violations);
        if (roles.contains(Role.RESPONDENT) && account.idNumber() == null) {
            violations.add(Violation.keyed("roles", "user.id-number.required-for-respondent"));
        }
        if (isStaff(roles) && account.idNumber() != null) {
            violations.add(Violation.keyed("roles", "user.id-number.only-for-parties"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (account.username().equals(admin.getUsername()) && !roles.contains(Role.ADMIN)) {
            throw new ConflictException("problem.own-account");
        }
        boolean leavesOffice = account.officeId() != null && isStaff(account.roles())
                && (!isStaff(roles) || !account.officeId().equals(change.officeId()));
        String handOverTo = leavesOffice ? blankToNull(change.handOverTo()) : null;
        checkHandOver(account, account.officeId(), handOverTo);
        jdbc.sql("update app_users set office_id = :o where username = :u")
            .param("o", isStaff(roles) ? change.officeId() : null)
            .param("u", account.username())
            .update();
        jdbc.sql("delete from user_roles where username = :u").param("u", account.username()).update();
        for (Role role : roles) {
            jdbc.sql("insert into user_roles (username, role) values (:u, :r)")
                .param("u", account.username())
                .param("r", role.name())
                .update();
        }
        endSessions(account.username());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fromRoles", sorted(account.roles()));
        details.put("fromOfficeId", Objects.toString(account.officeId(), ""));
        details.put("roles", sorted(roles));
        details.put("officeId", Objects.toString(isStaff(roles) ? change.officeId() : null, ""));
        audit(admin, SecurityEventOccurred.ACCOUNT_CHANGED, account.username(), details);
        if (leavesOffice) {
            events.publishEvent(
                    new StaffWithdrawn(account.username(), account.officeId(), handOverTo, admin.getUsername()));
        }
        return summary(account.username());
    }

    static void insert(JdbcClient jdbc, PasswordEncoder encoder, String username, String password, String displayName,
            String officeId, Set<Role> roles) {
        jdbc.sql("""
                insert into app_users (username, password_hash, display_name, office_id, enabled)
                values (:u, :p, :n, :o, true)""")
            .param("u", username)
            .param("p", encoder.encode(password))
            .param("n", displayName)
            .param("o", officeId)
            .update();
        for (Role role : roles) {
            jdbc.sql("insert into user_roles (username, role) values (:u, :r)")
                .param("u", username)
                .param("r", role.name())
                .update();
        }
    }

    private void checkOffice(Set<Role> roles, String officeId, List<Violation> violations) {
        boolean staffRoles = isStaff(roles);
        if (staffRoles && (officeId == null || offices.find(officeId).isEmpty())) {
            violations.add(Violation.keyed("officeId", "user.office.required-for-staff"));
        }
        if (!staffRoles && officeId != null) {
            violations.add(Violation.keyed("officeId", "user.office.only-for-staff"));
        }
    }

    /** A colleague who takes over must be enabled staff of the office, not the person. */
    private void checkHandOver(Account account, String officeId, String handOverTo) {
        if (handOverTo == null) {
            return;
        }
        boolean eligible = officeId != null && !handOverTo.equalsIgnoreCase(account.username())
                && staff.find(handOverTo).filter(u -> officeId.equals(u.officeId())).isPresent();
        if (!eligible) {
            throw InvalidInputException.of("handOverTo", "user.hand-over.invalid");
        }
    }

    /**
     * Spring Session keeps sessions in the database: removing them signs the person out
     * everywhere.
     */
    private void endSessions(String username) {
        jdbc.sql("delete from spring_session where principal_name = :u").param("u", username).update();
    }

    private void audit(AppUser admin, String action, String username, Map<String, ?> details) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("username", username);
        all.putAll(details);
        events.publishEvent(new SecurityEventOccurred(admin.getUsername(), action, all));
    }

    private Account require(String username) {
        return jdbc.sql("""
                select username, office_id, id_number from app_users where lower(username) = lower(:u)""")
            .param("u", username)
            .query((rs, i) -> new Account(rs.getString(1), rs.getString(2), rs.getString(3), rolesOf(rs.getString(1))))
            .optional()
            .orElseThrow(() -> new NotFoundException("user"));
    }

    private Set<Role> rolesOf(String username) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from user_roles where username = :u")
            .param("u", username)
            .query(String.class)
            .list()
            .forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    private UserSummary summary(String username) {
        return users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    private static boolean isStaff(Set<Role> roles) {
        return roles.contains(Role.OFFICER) || roles.contains(Role.SUPERVISOR);
    }

    private static List<String> sorted(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private record Account(String username, String officeId, String idNumber, Set<Role> roles) {
    }

    record NewUser(
            @NotBlank(message = "{user.username.required}") @Pattern(regexp = "[a-zA-Z0-9._-]{3,64}",
                    message = "{user.username.format}") String username,
            @NotBlank(message = "{user.display-name.required}") @Size(max = 100,
                    message = "{field.too-long}") String displayName,
            @NotBlank(message = "{user.password.required}") String password, String officeId,
            @NotEmpty(message = "{user.roles.required}") Set<@NotNull(message = "{user.roles.required}") Role> roles,
            // a resident ID or a unified social credit code: both have 18 characters
            @Pattern(regexp = "[0-9A-Za-z]{18}", message = "{user.id-number.format}") String idNumber) {
    }

    record Withdrawal(@Nullable String handOverTo) {
    }

    record PasswordReset(@NotBlank(message = "{user.password.required}") String password) {
    }

    record RoleChange(@NotEmpty(message = "{user.roles.required}") Set<@NotNull Role> roles, @Nullable String officeId,
            @Nullable String handOverTo) {
    }

    /**
     * An account as administrators see it; {@code lockedUntil} is set while failed
     * sign-ins keep it locked.
     */
    @NullMarked
    record UserSummary(String username, String displayName, @Nullable String officeId, boolean enabled,
            List<String> roles, boolean mustChangePassword, @Nullable Instant lockedUntil) {
    }

}
