package io.ipcase.documents;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Document numbers (文书编号), one sequence per office, year and kind: 渝北知受字〔2026〕7号. As with
 * case numbers, the counter row stays locked until the issuing step commits, and a step
 * that rolls back gives its number back.
 */
@Component
class DocumentNumbers {

    private final JdbcClient jdbc;

    private final TransactionTemplate separately;

    DocumentNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The office's prefix (渝北知), the kind's mark (受), the year in brackets and the
     * number.
     */
    static String format(String officePrefix, String mark, int year, int value) {
        return officePrefix + mark + "字〔" + year + "〕" + value + "号";
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(String officeId, String officePrefix, String mark, int year) {
        if (increment(officeId, mark, year) == 0) {
            createCounter(officeId, mark, year);
            increment(officeId, mark, year);
        }
        int value = jdbc.sql("""
                select last_value from document_number_counters
                where office_id = :o and number_year = :y and number_mark = :m""")
            .param("o", officeId)
            .param("y", year)
            .param("m", mark)
            .query(Integer.class)
            .single();
        return format(officePrefix, mark, year, value);
    }

    private int increment(String officeId, String mark, int year) {
        return jdbc.sql("""
                update document_number_counters set last_value = last_value + 1
                where office_id = :o and number_year = :y and number_mark = :m""")
            .param("o", officeId)
            .param("y", year)
            .param("m", mark)
            .update();
    }

    /**
     * The year's first document of a kind creates its counter in a transaction of its own
     * (see CaseNumbers).
     */
    private void createCounter(String officeId, String mark, int year) {
        try {
            separately.executeWithoutResult(status -> jdbc.sql("""
                    insert into document_number_counters (office_id, number_year, number_mark, last_value)
                    values (:o, :y, :m, 0)""").param("o", officeId).param("y", year).param("m", mark).update());
        }
        catch (DuplicateKeyException alreadyCreated) {
            // the other step created it; ours increments it next
        }
    }

}
