package io.ipcase.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ipcase.adjudication.CaseDrivers;
import io.ipcase.deadlines.CalendarSnapshot;
import io.ipcase.deadlines.CalendarStore;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.joda.time.DateTimeUtils;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real PostgreSQL (the binaries ship through Maven Central),
 * under the postgres profile users run, reached over HTTP. One server and one Spring
 * context serve every test class that extends this, so each test makes its own cases and
 * compares counts, never totals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@Import({ PostgresIntegrationTests.TestClock.class, TestUsers.class, SimulatedCrash.class, CaseDrivers.class,
        SimulatedRenderingFailure.class, RecordedEvents.class })
public abstract class PostgresIntegrationTests {

    /**
     * The application's "now" at the start of every test: Monday 23 November 2026, 09:00
     * in Chongqing.
     */
    public static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

    private static final EmbeddedPostgres POSTGRES = start();

    /**
     * A real SMTP server in this JVM: where the application's notification e-mails
     * arrive.
     */
    protected static final GreenMail MAIL = startMail();

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestUsers users;

    @Autowired
    protected MutableClock clock;

    @Autowired
    void track(ConfigurableApplicationContext context) {
        CloseSpringBeforeDatabase.track(context);
    }

    /**
     * Periods of cases filed in late 2026 run into 2027, whose notice the shipped
     * calendar lacks: the tests load the provisional year as an administrator would load
     * the real one.
     */
    @Autowired
    void loadNextYear(CalendarStore calendar, ObjectMapper mapper) throws IOException {
        if (calendar.years().stream().noneMatch(y -> y.year() == 2027)) {
            try (InputStream json = new ClassPathResource("deadlines/provisional-2027.json").getInputStream()) {
                calendar.loadYear(CalendarSnapshot.readNotices(json, mapper, "provisional").get(2027), "test");
            }
        }
    }

    @AfterEach
    void resetClock() {
        clock.set(NOW);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("ipcase.notifications.mail-interval", () -> "PT0.2S");
        // the tests' clients stand behind a proxy on the loopback: each names its address
        // in X-Forwarded-For
        registry.add("ipcase.trusted-proxies", () -> "127.0.0.1,0:0:0:0:0:0:0:1");
    }

    protected Api as(String username) {
        users.ensureExist();
        return new Api("http://localhost:" + port, username, TestUsers.PASSWORD);
    }

    protected Api anonymous() {
        return new Api("http://localhost:" + port, null, null);
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    private static EmbeddedPostgres start() {
        try {
            // pg_stat_statements: the inbox benchmark reports which statements the time
            // went to
            return EmbeddedPostgres.builder().setServerConfig("shared_preload_libraries", "pg_stat_statements").start();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        @Primary
        MutableClock testClock() {
            MutableClock clock = new MutableClock(NOW, ZoneId.of("Asia/Shanghai"));
            // the engine's clock is the application's: its job executor fires a timer
            // when the test's
            // day reaches it, not when the real calendar passes a date the tests chose
            // long ago
            DateTimeUtils.setCurrentMillisProvider(clock::millis);
            return clock;
        }

    }

}
