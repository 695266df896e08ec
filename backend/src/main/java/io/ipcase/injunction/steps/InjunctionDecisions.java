package io.ipcase.injunction.steps;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.ipcase.injunction.Injunctions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the office decides on an injunction, as its row records it: the review, the
 * approval, the lifting.
 */
@Component
class InjunctionDecisions {

    private final JdbcClient jdbc;

    private final Clock clock;

    InjunctionDecisions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An injunction of the office's own motion has no applicant to supply anything. */
    boolean ofOwnMotion(UUID caseId) {
        return Injunctions.StartedBy.OWN_MOTION.name()
            .equals(jdbc.sql("select started_by from injunctions where case_id = :id")
                .param("id", caseId)
                .query(String.class)
                .single());
    }

    void reviewed(UUID caseId, String decision, String reasons, String stopOrder, String by) {
        jdbc.sql("""
                update injunctions set review_decision = :d, review_reasons = :r, stop_order = :o,
                    reviewed_by = :by, reviewed_at = :at
                where case_id = :id""")
            .param("d", decision)
            .param("r", reasons)
            .param("o", stopOrder)
            .param("by", by)
            .param("at", OffsetDateTime.now(clock))
            .param("id", caseId)
            .update();
    }

    /** What the injunction orders, for its documents. */
    record Order(String actsToStop, String stopOrder, String urgency, String platformName, String listingUrl) {
    }

    /** The supervisor approved the injunction: the order it issues. */
    Order approved(UUID caseId, String by) {
        jdbc.sql("update injunctions set approved_by = :by, approved_at = :at where case_id = :id")
            .param("by", by)
            .param("at", OffsetDateTime.now(clock))
            .param("id", caseId)
            .update();
        return jdbc.sql("""
                select acts_to_stop, stop_order, urgency, platform_name, listing_url
                from injunctions where case_id = :id""").param("id", caseId).query(Order.class).single();
    }

    void lifted(UUID caseId, String reason, String by) {
        jdbc.sql("update injunctions set lift_reason = :r, lifted_by = :by, lifted_at = :at where case_id = :id")
            .param("r", reason)
            .param("by", by)
            .param("at", OffsetDateTime.now(clock))
            .param("id", caseId)
            .update();
    }

}
