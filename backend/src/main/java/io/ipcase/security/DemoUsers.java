package io.ipcase.security;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo accounts of the default profile (listed in the README), all with the password
 * "demo". Never created under the postgres profile.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "ipcase.demo-data", havingValue = "true")
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("complainant", "张伟", null, "zhang.wei@example.com", null, Set.of(Role.COMPLAINANT)),
            new DemoUser("complainant2", "李娜", null, "li.na@example.com", null, Set.of(Role.COMPLAINANT)),
            // the respondent of the README's example filing, identified by its unified
            // social credit code
            new DemoUser("respondent", "重庆某贸易有限公司", null, "legal@trade.example.com", "91500000MA5U00000W",
                    Set.of(Role.RESPONDENT)),
            new DemoUser("officer.cq", "王强", "cq", null, null, Set.of(Role.OFFICER)),
            new DemoUser("officer2.cq", "赵敏", "cq", null, null, Set.of(Role.OFFICER)),
            new DemoUser("officer3.cq", "孙磊", "cq", null, null, Set.of(Role.OFFICER)),
            new DemoUser("supervisor.cq", "周建国", "cq", null, null, Set.of(Role.SUPERVISOR, Role.OFFICER)),
            new DemoUser("officer.yz", "刘洋", "yuzhong", null, null, Set.of(Role.OFFICER)),
            new DemoUser("officer2.yz", "吴芳", "yuzhong", null, null, Set.of(Role.OFFICER)),
            new DemoUser("officer3.yz", "郑浩", "yuzhong", null, null, Set.of(Role.OFFICER)),
            new DemoUser("supervisor.yz", "黄丽", "yuzhong", null, null, Set.of(Role.SUPERVISOR, Role.OFFICER)),
            new DemoUser("officer.yb", "陈静", "yubei", null, null, Set.of(Role.OFFICER)),
            new DemoUser("officer2.yb", "杨帆", "yubei", null, null, Set.of(Role.OFFICER)),
            new DemoUser("officer3.yb", "何军", "yubei", null, null, Set.of(Role.OFFICER)),
            new DemoUser("supervisor.yb", "林涛", "yubei", null, null, Set.of(Role.SUPERVISOR, Role.OFFICER)),
            new DemoUser("admin", "系统管理员", null, null, null, Set.of(Role.ADMIN)));

    private final JdbcClient jdbc;

    private final PasswordEncoder encoder;

    DemoUsers(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int created = 0;
        for (DemoUser user : USERS) {
            boolean exists = jdbc.sql("select count(*) from app_users where username = :u")
                .param("u", user.username())
                .query(Integer.class)
                .single() > 0;
            if (exists) {
                // a demo database made before accounts carried identity numbers gets them
                // now
                if (user.idNumber() != null) {
                    jdbc.sql("update app_users set id_number = :id where username = :u and id_number is null")
                        .param("id", user.idNumber())
                        .param("u", user.username())
                        .update();
                }
                continue;
            }
            jdbc.sql("""
                    insert into app_users (username, password_hash, display_name, office_id, email, id_number, enabled)
                    values (:u, :p, :n, :o, :e, :id, true)""")
                .param("u", user.username())
                .param("p", encoder.encode(PASSWORD))
                .param("n", user.displayName())
                .param("o", user.officeId())
                .param("e", user.email())
                .param("id", user.idNumber())
                .update();
            for (Role role : user.roles()) {
                jdbc.sql("insert into user_roles (username, role) values (:u, :r)")
                    .param("u", user.username())
                    .param("r", role.name())
                    .update();
            }
            created++;
        }
        if (created > 0) {
            log.info("Created {} demo users (password \"{}\")", created, PASSWORD);
        }
    }

    record DemoUser(String username, String displayName, String officeId, String email, String idNumber,
            Set<Role> roles) {
    }

}
