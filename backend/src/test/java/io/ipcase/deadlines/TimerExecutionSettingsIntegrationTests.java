package io.ipcase.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import io.ipcase.support.PostgresIntegrationTests;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The job executor as tuned for punctual timers (TimerPunctualityBenchmark measures the
 * effect).
 */
class TimerExecutionSettingsIntegrationTests extends PostgresIntegrationTests {

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    @Test
    void dueJobsAreAcquiredEarliestFirstWithTimersBeforeOtherWork() {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(config.isJobExecutorAcquireByDueDate()).isTrue();
        assertThat(config.isJobExecutorPreferTimerJobs()).isTrue();
    }

    @Test
    void anIdleExecutorStillLooksForDueJobsEverySecond() {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getJobExecutor();

        assertThat(executor.getWaitTimeInMillis()).isEqualTo(1000);
        assertThat(executor.getMaxWait()).isEqualTo(1000);
        assertThat(executor.getBackoffTimeInMillis()).isPositive();
    }

    @Test
    void theJobsDueDateIsIndexed() {
        assertThat(jdbc.sql("select count(*) from pg_indexes where indexname = 'ipcase_job_due_idx'")
            .query(Long.class)
            .single()).isOne();
    }

}
