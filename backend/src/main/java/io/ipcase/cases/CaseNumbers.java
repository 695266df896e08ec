package io.ipcase.cases;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Human-readable case numbers, one sequence per office and year: 渝北知裁〔2026〕7号. The
 * counter row stays locked by the update until the filing commits, so two filings never
 * share a number, and a filing that rolls back gives its number back.
 */
@Component
class CaseNumbers {

    private final JdbcClient jdbc;

    private final TransactionTemplate separately;

    CaseNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(String officeId, String officePrefix, CaseType type, int year) {
        if (increment(officeId, year) == 0) {
            createCounter(officeId, year);
            increment(officeId, year);
        }
        int value = jdbc.sql("select last_value from case_number_counters where office_id = :o and case_year = :y")
            .param("o", officeId)
            .param("y", year)
            .query(Integer.class)
            .single();
        return officePrefix + type.numberMark() + "〔" + year + "〕" + value + "号";
    }

    private int increment(String officeId, int year) {
        return jdbc
            .sql("update case_number_counters set last_value = last_value + 1 where office_id = :o and case_year = :y")
            .param("o", officeId)
            .param("y", year)
            .update();
    }

    /**
     * The first filing of a year creates its counter in a transaction of its own: a
     * second filing racing to create it fails only there (PostgreSQL aborts a transaction
     * on a failed insert).
     */
    private void createCounter(String officeId, int year) {
        try {
            separately.executeWithoutResult(status -> jdbc
                .sql("insert into case_number_counters (office_id, case_year, last_value) values (:o, :y, 0)")
                .param("o", officeId)
                .param("y", year)
                .update());
        }
        catch (DuplicateKeyException alreadyCreated) {
            // the other filing created it; ours increments it next
        }
    }

}
