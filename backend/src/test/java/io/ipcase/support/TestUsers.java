package io.ipcase.support;

import java.util.List;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** The people the integration tests act as; the postgres profile has no demo users. */
@TestComponent
public class TestUsers {

    public static final String PASSWORD = "secret";

    public static final String COMPLAINANT = "t.complainant";
    public static final String OTHER_COMPLAINANT = "t.complainant2";
    public static final String OFFICER_YUBEI = "t.officer.yb";
    public static final String OTHER_OFFICER_YUBEI = "t.officer2.yb";
    public static final String OFFICER_YUZHONG = "t.officer.yz";
    public static final String THIRD_OFFICER_YUBEI = "t.officer3.yb";
    public static final String SUPERVISOR_YUBEI = "t.supervisor.yb";
    public static final String SUPERVISOR_YUZHONG = "t.supervisor.yz";
    /** a supervisor of the municipal office, above the district offices */
    public static final String SUPERVISOR_CQ = "t.supervisor.cq";
    public static final String ADMIN = "t.admin";

    private record User(String username, String office, List<String> roles) {
    }

    private static final List<User> USERS = List.of(
        new User(COMPLAINANT, null, List.of("COMPLAINANT")),
        new User(OTHER_COMPLAINANT, null, List.of("COMPLAINANT")),
        new User(OFFICER_YUBEI, "yubei", List.of("OFFICER")),
        new User(OTHER_OFFICER_YUBEI, "yubei", List.of("OFFICER")),
        new User(OFFICER_YUZHONG, "yuzhong", List.of("OFFICER")),
        new User(THIRD_OFFICER_YUBEI, "yubei", List.of("OFFICER")),
        new User(SUPERVISOR_YUBEI, "yubei", List.of("SUPERVISOR", "OFFICER")),
        new User(SUPERVISOR_YUZHONG, "yuzhong", List.of("SUPERVISOR", "OFFICER")),
        new User(SUPERVISOR_CQ, "cq", List.of("SUPERVISOR", "OFFICER")),
        new User(ADMIN, null, List.of("ADMIN")));

    /** Everyone has an address, so notifications go out by e-mail too. */
    public static String emailOf(String username) {
        return username + "@example.test";
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;
    private volatile boolean created;

    TestUsers(JdbcClient jdbc, PasswordEncoder encoder, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.tx = tx;
    }

    public synchronized void ensureExist() {
        if (created) {
            return;
        }
        String hash = encoder.encode(PASSWORD);
        tx.executeWithoutResult(status -> {
            for (User u : USERS) {
                if (jdbc.sql("select count(*) from app_users where username = :u").param("u", u.username())
                    .query(Integer.class).single() > 0) {
                    continue;
                }
                jdbc.sql("""
                        insert into app_users (username, password_hash, display_name, office_id, email)
                        values (:u, :p, :n, :o, :e)""")
                    .param("u", u.username()).param("p", hash).param("n", u.username()).param("o", u.office())
                    .param("e", emailOf(u.username()))
                    .update();
                for (String role : u.roles()) {
                    jdbc.sql("insert into user_roles (username, role) values (:u, :r)")
                        .param("u", u.username()).param("r", role).update();
                }
            }
        });
        created = true;
    }
}
