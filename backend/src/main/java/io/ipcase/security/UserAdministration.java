package io.ipcase.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts, for administrators: who exists, and a new account with its roles and office.
 * Staff (officers and supervisors) must belong to an office; parties must not.
 */
@RestController
class UserAdministration {

    private final JdbcClient jdbc;

    private final PasswordEncoder encoder;

    private final Offices offices;

    UserAdministration(JdbcClient jdbc, PasswordEncoder encoder, Offices offices) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.offices = offices;
    }

    @GetMapping("/api/admin/users")
    List<UserSummary> users() {
        Map<String, List<String>> roles = new HashMap<>();
        jdbc.sql("select username, role from user_roles order by role")
            .query((rs, i) -> roles.computeIfAbsent(rs.getString(1), u -> new ArrayList<>()).add(rs.getString(2)))
            .list();
        return jdbc.sql("select username, display_name, office_id, enabled from app_users order by username")
            .query((rs, i) -> new UserSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                    roles.getOrDefault(rs.getString(1), List.of())))
            .list();
    }

    @PostMapping("/api/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public UserSummary create(@Valid @RequestBody NewUser user) {
        List<Violation> violations = new ArrayList<>();
        Set<Role> roles = EnumSet.copyOf(user.roles());
        boolean staff = roles.contains(Role.OFFICER) || roles.contains(Role.SUPERVISOR);
        if (staff && (user.officeId() == null || offices.find(user.officeId()).isEmpty())) {
            violations.add(Violation.keyed("officeId", "user.office.required-for-staff"));
        }
        if (!staff && user.officeId() != null) {
            violations.add(Violation.keyed("officeId", "user.office.only-for-staff"));
        }
        String idNumber = user.idNumber() == null || user.idNumber().isBlank() ? null
                : user.idNumber().strip().toUpperCase();
        if (roles.contains(Role.RESPONDENT) && idNumber == null) {
            violations.add(Violation.keyed("idNumber", "user.id-number.required-for-respondent"));
        }
        if (staff && idNumber != null) {
            violations.add(Violation.keyed("idNumber", "user.id-number.only-for-parties"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (jdbc.sql("select count(*) from app_users where username = :u")
            .param("u", user.username())
            .query(Integer.class)
            .single() > 0) {
            throw new ConflictException("problem.user-exists", user.username());
        }
        insert(jdbc, encoder, user.username(), user.password(), user.displayName(), user.officeId(), roles);
        if (idNumber != null) {
            jdbc.sql("update app_users set id_number = :id where username = :u")
                .param("id", idNumber)
                .param("u", user.username())
                .update();
        }
        return new UserSummary(user.username(), user.displayName(), user.officeId(), true,
                roles.stream().map(Enum::name).sorted().toList());
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

    record NewUser(
            @NotBlank(message = "{user.username.required}") @Pattern(regexp = "[a-zA-Z0-9._-]{3,64}",
                    message = "{user.username.format}") String username,
            @NotBlank(message = "{user.display-name.required}") @Size(max = 100,
                    message = "{field.too-long}") String displayName,
            @NotBlank(message = "{user.password.required}") @Size(min = 10, max = 72,
                    message = "{user.password.length}") String password,
            String officeId,
            @NotEmpty(message = "{user.roles.required}") Set<@NotNull(message = "{user.roles.required}") Role> roles,
            // a resident ID or a unified social credit code: both have 18 characters
            @Pattern(regexp = "[0-9A-Za-z]{18}", message = "{user.id-number.format}") String idNumber) {
    }

    record UserSummary(String username, String displayName, String officeId, boolean enabled, List<String> roles) {
    }

}
