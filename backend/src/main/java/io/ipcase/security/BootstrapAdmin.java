package io.ipcase.security;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fresh production database has no accounts. When IPCASE_BOOTSTRAP_ADMIN_PASSWORD is
 * set and no administrator exists, create "admin" with it; that administrator then
 * creates the others.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final JdbcClient jdbc;

    private final PasswordEncoder encoder;

    private final String password;

    BootstrapAdmin(JdbcClient jdbc, PasswordEncoder encoder,
            @Value("${ipcase.bootstrap-admin-password:}") String password) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (password.isBlank()) {
            return;
        }
        boolean anyAdmin = jdbc.sql("select count(*) from user_roles where role = 'ADMIN'")
            .query(Integer.class)
            .single() > 0;
        boolean nameTaken = jdbc.sql("select count(*) from app_users where username = 'admin'")
            .query(Integer.class)
            .single() > 0;
        if (!anyAdmin && !nameTaken) {
            UserAdministration.insert(jdbc, encoder, "admin", password, "Administrator", null, Set.of(Role.ADMIN));
            log.info("Created the bootstrap administrator \"admin\"");
        }
    }

}
