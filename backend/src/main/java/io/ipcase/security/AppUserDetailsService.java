package io.ipcase.security;

import java.util.EnumSet;
import java.util.List;
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

    @Override
    public AppUser loadUserByUsername(String username) {
        List<String> roleNames = jdbc.sql("select role from user_roles where username = :u")
            .param("u", username)
            .query(String.class)
            .list();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roleNames.forEach(r -> roles.add(Role.valueOf(r)));
        return jdbc.sql("""
                select username, password_hash, display_name, office_id, id_number, enabled
                from app_users where username = :u""")
            .param("u", username)
            .query((rs, i) -> new AppUser(rs.getString("username"), rs.getString("password_hash"),
                    rs.getString("display_name"), rs.getString("office_id"), rs.getString("id_number"), roles,
                    rs.getBoolean("enabled")))
            .optional()
            .orElseThrow(() -> new UsernameNotFoundException(username));
    }

}
