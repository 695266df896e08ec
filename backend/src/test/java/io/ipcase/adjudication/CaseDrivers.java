package io.ipcase.adjudication;

import java.util.Map;
import java.util.function.Function;

import io.ipcase.adjudication.answer.Answers;
import io.ipcase.adjudication.decision.Decisions;
import io.ipcase.adjudication.enforcement.Enforcement;
import io.ipcase.adjudication.hearing.Hearings;
import io.ipcase.support.Api;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Makes {@link CaseDriver}s with the application's services. */
@TestComponent
public class CaseDrivers {

    private final JdbcClient jdbc;

    private final ManagementService management;

    private final RuntimeService runtime;

    private final TransactionTemplate tx;

    private final Answers answers;

    private final Decisions decisions;

    private final Enforcement enforcement;

    private final Hearings hearings;

    CaseDrivers(JdbcClient jdbc, ManagementService management, RuntimeService runtime, TransactionTemplate tx,
            Answers answers, Decisions decisions, Enforcement enforcement, Hearings hearings) {
        this.jdbc = jdbc;
        this.management = management;
        this.runtime = runtime;
        this.tx = tx;
        this.answers = answers;
        this.decisions = decisions;
        this.enforcement = enforcement;
        this.hearings = hearings;
    }

    public CaseDriver file(Function<String, Api> as, Map<String, Object> filing) {
        return new CaseDriver(as, jdbc, management, runtime, tx, answers, decisions, enforcement, hearings, filing);
    }

}
