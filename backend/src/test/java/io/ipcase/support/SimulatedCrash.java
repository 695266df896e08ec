package io.ipcase.support;

import io.ipcase.cases.CaseFiled;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fails a filing at its very end, once the case, its parties, its files, its audit record
 * and its process instance are written, when the patent's title is {@link #PATENT_TITLE}.
 */
@TestComponent
public class SimulatedCrash {

    public static final String PATENT_TITLE = "模拟故障";

    private final JdbcClient jdbc;

    SimulatedCrash(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void onCaseFiled(CaseFiled filed) {
        String pi = jdbc.sql("select process_instance_id from cases where id = :id and patent_title = :t")
            .param("id", filed.caseId())
            .param("t", PATENT_TITLE)
            .query(String.class)
            .optional()
            .orElse(null);
        if (pi != null) {
            throw new IllegalStateException("simulated crash after filing " + filed.caseId() + " was written");
        }
    }

}
