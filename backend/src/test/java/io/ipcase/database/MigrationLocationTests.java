package io.ipcase.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Flyway reads one folder (application.yml): a migration anywhere else would never run.
 */
class MigrationLocationTests {

    @Test
    void everyMigrationIsWhereFlywayReads() throws IOException {
        Path migrations = Path.of("src/main/resources/db/migration");
        try (Stream<Path> files = Files.walk(migrations)) {
            assertThat(files.filter(Files::isRegularFile).map(migrations::relativize).map(Path::getParent))
                .containsOnly(Path.of("common"));
        }
    }

}
