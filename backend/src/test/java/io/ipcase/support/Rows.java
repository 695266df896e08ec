package io.ipcase.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Row counts of everything a filing writes, to prove that a refused one writes nothing.
 */
public final class Rows {

    private static final String[] TABLES = { "cases", "case_parties", "documents", "document_contents", "audit_events",
            "inbox_tasks", "act_ru_execution", "act_hi_procinst" };

    private Rows() {
    }

    public static Map<String, Long> count(JdbcClient jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        counts.put("case numbers issued",
                jdbc.sql("select coalesce(sum(last_value), 0) from case_number_counters").query(Long.class).single());
        return counts;
    }

}
