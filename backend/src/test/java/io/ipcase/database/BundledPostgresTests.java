package io.ipcase.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default profile's own PostgreSQL: durable as configured, its data kept across
 * starts, one application per data folder.
 */
class BundledPostgresTests {

    /** One folder for both: the binaries are unpacked once. */
    @TempDir
    static Path data;

    @Test
    void commitsAreDurableAndDataOutlivesARestart() throws SQLException {
        BundledPostgres first = BundledPostgres.start(data);
        try (Connection c = connect(first); Statement s = c.createStatement()) {
            s.execute("drop table if exists kept");
            // what makes an acknowledged commit survive a crash: PostgreSQL's defaults,
            // which test set-ups often turn off
            assertThat(show(s, "fsync")).isEqualTo("on");
            assertThat(show(s, "synchronous_commit")).isEqualTo("on");
            assertThat(show(s, "full_page_writes")).isEqualTo("on");
            assertThat(show(s, "listen_addresses")).isEqualTo("127.0.0.1");
            s.execute("create table kept (v text)");
            s.execute("insert into kept values ('案件')");
        }
        finally {
            first.stop();
        }
        assertThat(data.resolve("postgres/postmaster.pid")).as("stopped").doesNotExist();

        BundledPostgres second = BundledPostgres.start(data);
        try (Connection c = connect(second);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select v from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("案件");
        }
        finally {
            second.stop();
        }
    }

    @Test
    void aSecondApplicationOnTheSameDataFolderIsRefused() {
        BundledPostgres first = BundledPostgres.start(data);
        try {
            assertThatIllegalStateException().isThrownBy(() -> BundledPostgres.start(data))
                .withMessageContaining("Another ipcase is running on the data folder");
        }
        finally {
            first.stop();
        }
    }

    private static Connection connect(BundledPostgres postgres) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), BundledPostgres.SUPERUSER, "");
    }

    private static String show(Statement s, String setting) throws SQLException {
        try (ResultSet rs = s.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

}
