package io.ipcase.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Nodes that share one database start one at a time. As soon as the data source exists,
 * before Flyway, the engine or anything else touches the database, this takes a
 * PostgreSQL advisory lock on a connection of its own and holds it until the application
 * is ready: the schema is migrated and created once, each changed model is deployed once,
 * and the start-up work that seeds data (the calendar, the first administrator) never
 * races another node's. A node that dies while starting loses its connection, and the
 * lock with it.
 */
final class StartupLock implements BeanPostProcessor, ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    /** "ipcase" and 1: the one lock of this kind. */
    static final long KEY = 0x697063617365_0001L;

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private Connection holder;

    private boolean released;

    @Override
    public synchronized Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && holder == null && !released) {
            acquire(dataSource);
        }
        return bean;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        release();
    }

    @Override
    public void destroy() {
        release();
    }

    private void acquire(DataSource dataSource) {
        try {
            holder = dataSource.getConnection();
            holder.setAutoCommit(true);
            try (Statement statement = holder.createStatement()) {
                if (!tryLock(statement)) {
                    log.info("Another node is starting on this database; waiting for it to finish");
                    long began = System.nanoTime();
                    statement.execute("select pg_advisory_lock(" + KEY + ")");
                    log.info("Waited {} ms for the other node", (System.nanoTime() - began) / 1_000_000);
                }
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not take the start-up lock", e);
        }
    }

    private static boolean tryLock(Statement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery("select pg_try_advisory_lock(" + KEY + ")")) {
            return result.next() && result.getBoolean(1);
        }
    }

    private synchronized void release() {
        released = true;
        if (holder == null) {
            return;
        }
        try (Connection connection = holder; Statement statement = connection.createStatement()) {
            // the connection goes back to the pool: it must not keep the lock there
            statement.execute("select pg_advisory_unlock_all()");
        }
        catch (SQLException e) {
            log.warn("Could not release the start-up lock; it goes with its connection", e);
        }
        finally {
            holder = null;
        }
    }

}
