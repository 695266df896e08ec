package io.ipcase.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Closes the Spring contexts of the integration tests once every test has run. Left to
 * the JVM's shutdown hooks, the embedded PostgreSQL can stop first, and the engine's
 * orderly shutdown then waits for connections that never come.
 */
public class CloseSpringBeforeDatabase implements TestExecutionListener {

    private static final Set<ConfigurableApplicationContext> CONTEXTS = ConcurrentHashMap.newKeySet();

    static void track(ConfigurableApplicationContext context) {
        CONTEXTS.add(context);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        CONTEXTS.forEach(ConfigurableApplicationContext::close);
        CONTEXTS.clear();
    }

}
