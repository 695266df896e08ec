package io.ipcase.engine;

import java.security.Principal;
import java.util.List;

import io.ipcase.engine.MigrationLog.Cause;
import io.ipcase.engine.MigrationLog.Run;
import io.ipcase.web.ConflictException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For administrators (/api/admin/**, SecurityConfig): what the migration runs did to the
 * cases running on older model versions, and a run on request, e.g. after fixing a model
 * change's mapping or once a case that could not move has been dealt with.
 */
@RestController
class ModelMigrationController {

    private final ModelMigrations migrations;

    private final MigrationLog records;

    ModelMigrationController(ModelMigrations migrations, MigrationLog records) {
        this.migrations = migrations;
        this.records = records;
    }

    @GetMapping("/api/admin/model-migrations")
    List<Run> runs() {
        return records.recent();
    }

    /** Runs now and answers what it did; 409 while another run is under way. */
    @PostMapping("/api/admin/model-migrations/run")
    Run run(Principal administrator) {
        return migrations.run(Cause.ADMINISTRATOR, administrator.getName())
            .orElseThrow(() -> new ConflictException("problem.model-migration-running"));
    }

}
