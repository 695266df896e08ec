package io.ipcase.support;

import java.util.List;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
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

    /** with {@link #OFFICER_YUZHONG}, a panel of three at Yuzhong */
    public static final String OTHER_OFFICER_YUZHONG = "t.officer2.yz";

    public static final String THIRD_OFFICER_YUZHONG = "t.officer3.yz";

    /**
     * The respondent of {@link Filings#valid}, known by its unified social credit code.
     */
    public static final String RESPONDENT = "t.respondent";

    /** A respondent's account of another company. */
    public static final String OTHER_RESPONDENT = "t.respondent2";

    public static final String OTHER_RESPONDENT_CREDIT_CODE = "91500000MA5U000010";

    private record User(String username, String office, List<String> roles, String idNumber) {

        User(String username, String office, List<String> roles) {
            this(username, office, roles, null);
        }
    }

    private static final List<User> USERS = List.of(new User(COMPLAINANT, null, List.of("COMPLAINANT")),
            new User(OTHER_COMPLAINANT, null, List.of("COMPLAINANT")),
            new User(OFFICER_YUBEI, "yubei", List.of("OFFICER")),
            new User(OTHER_OFFICER_YUBEI, "yubei", List.of("OFFICER")),
            new User(OFFICER_YUZHONG, "yuzhong", List.of("OFFICER")),
            new User(THIRD_OFFICER_YUBEI, "yubei", List.of("OFFICER")),
            new User(SUPERVISOR_YUBEI, "yubei", List.of("SUPERVISOR", "OFFICER")),
            new User(ADMIN, null, List.of("ADMIN")), new User(OTHER_OFFICER_YUZHONG, "yuzhong", List.of("OFFICER")),
            new User(THIRD_OFFICER_YUZHONG, "yuzhong", List.of("OFFICER")),
            new User(SUPERVISOR_YUZHONG, "yuzhong", List.of("SUPERVISOR", "OFFICER")),
            new User(SUPERVISOR_CQ, "cq", List.of("SUPERVISOR", "OFFICER")),
            new User(RESPONDENT, null, List.of("RESPONDENT"), Filings.RESPONDENT_CREDIT_CODE),
            new User(OTHER_RESPONDENT, null, List.of("RESPONDENT"), OTHER_RESPONDENT_CREDIT_CODE));

    /** Everyone has an address, so notifications go out by e-mail too. */
    public static String emailOf(String username) {
        return username + "@example.test";
    }

    private final JdbcClient jdbc;

    private final TransactionTemplate tx;

    private volatile boolean created;

    TestUsers(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    public synchronized void ensureExist() {
        if (created) {
            return;
        }
        // the lowest BCrypt cost: every API call of a test signs in with HTTP Basic, and
        // the
        // application's encoder checks a hash of any cost
        String hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
        tx.executeWithoutResult(status -> {
            for (User u : USERS) {
                if (jdbc.sql("select count(*) from app_users where username = :u")
                    .param("u", u.username())
                    .query(Integer.class)
                    .single() > 0) {
                    continue;
                }
                jdbc.sql("""
                        insert into app_users (username, password_hash, display_name, office_id, id_number, email)
                        values (:u, :p, :n, :o, :id, :e)""")
                    .param("u", u.username())
                    .param("p", hash)
                    .param("n", u.username())
                    .param("o", u.office())
                    .param("id", u.idNumber())
                    .param("e", emailOf(u.username()))
                    .update();
                for (String role : u.roles()) {
                    jdbc.sql("insert into user_roles (username, role) values (:u, :r)")
                        .param("u", u.username())
                        .param("r", role)
                        .update();
                }
            }
        });
        created = true;
    }

}
