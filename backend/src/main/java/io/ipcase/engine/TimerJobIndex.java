package io.ipcase.engine;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The job executor acquires by due date (application.yml); Camunda's schema has no index
 * on the job's due date, so add one once the engine has created its tables ("if not
 * exists": every start may run it; nodes start one at a time, see StartupLock).
 */
@Component
class TimerJobIndex extends AbstractProcessEnginePlugin {

    private final DataSource dataSource;

    TimerJobIndex(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        new JdbcTemplate(dataSource).execute("create index if not exists ipcase_job_due_idx on ACT_RU_JOB (DUEDATE_)");
    }

}
