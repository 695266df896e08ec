package io.ipcase.security;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AppUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    AppUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The account of this username in any case ({@code OFFICER.YB} signs in as
     * {@code officer.yb}), named as it was created.
     */
    @Override
    public AppUser loadUserByUsername(String username) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        return jdbc.sql("""
                select username, password_hash, display_name, office_id, id_number, enabled, must_change_password
                from app_users where lower(username) = lower(:u)""")
            .param("u", username)
            .query((rs, i) -> new AppUser(rs.getString("username"), rs.getString("password_hash"),
                    rs.getString("display_name"), rs.getString("office_id"), rs.getString("id_number"), roles,
                    rs.getBoolean("enabled"), rs.getBoolean("must_change_password")))
            .optional()
            .map(user -> {
                jdbc.sql("select role from user_roles where username = :u")
                    .param("u", user.getUsername())
                    .query(String.class)
                    .list()
                    .forEach(r -> roles.add(Role.valueOf(r)));
                return new AppUser(user.getUsername(), user.getPassword(), user.displayName(), user.officeId(),
                        user.idNumber(), roles, user.isEnabled(), user.mustChangePassword());
            })
            .orElseThrow(() -> new UsernameNotFoundException(username));
    }

}
