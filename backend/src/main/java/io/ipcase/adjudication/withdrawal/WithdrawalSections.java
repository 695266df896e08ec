package io.ipcase.adjudication.withdrawal;

import static io.ipcase.adjudication.casework.AdjudicationSections.firstOrNull;
import static io.ipcase.adjudication.casework.AdjudicationSections.section;

import io.ipcase.cases.CaseViewSection;
import java.time.OffsetDateTime;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The latest request to withdraw the case, and how it was decided, on the case page. */
@Configuration(proxyBeanMethods = false)
class WithdrawalSections {

    @NullMarked
    record Withdrawal(String ground, String details, OffsetDateTime requestedAt, @Nullable String decision,
            @Nullable String reasons) {
    }

    @Bean
    CaseViewSection<Withdrawal> withdrawalSection(JdbcClient jdbc) {
        return section("withdrawal", Withdrawal.class, (c, viewer) -> firstOrNull(jdbc.sql("""
                select ground, details, requested_at, decision, reasons from withdrawal_requests
                where case_id = :id order by requested_at desc""").param("id", c.id()).query(Withdrawal.class).list()));
    }

}
