package io.ipcase.security;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
public class Offices {

    private final JdbcClient jdbc;

    Offices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Office> all() {
        return jdbc.sql("select id, name_zh, name_en, level, case_prefix from offices order by level desc, id")
            .query(Office.class)
            .list();
    }

    public Optional<Office> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id, name_zh, name_en, level, case_prefix from offices where id = :id")
            .param("id", id)
            .query(Office.class)
            .optional();
    }

}
