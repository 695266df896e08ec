package io.ipcase.assistance.steps;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.ipcase.assistance.TechnicalField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the centre decides on a request, as its row records it: review, appeal,
 * assignment, delivery.
 */
@Component
class AssistanceRequests {

    private final JdbcClient jdbc;

    private final Clock clock;

    AssistanceRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    TechnicalField field(UUID caseId) {
        return TechnicalField.valueOf(jdbc.sql("select field from assistance_requests where case_id = :id")
            .param("id", caseId)
            .query(String.class)
            .single());
    }

    void reviewed(UUID caseId, String decision, String reasons, String by) {
        jdbc.sql("""
                update assistance_requests set review_decision = :d, review_reasons = :r, reviewed_by = :by,
                    reviewed_at = :at
                where case_id = :id""")
            .param("d", decision)
            .param("r", reasons)
            .param("by", by)
            .param("at", OffsetDateTime.now(clock))
            .param("id", caseId)
            .update();
    }

    void appealDecided(UUID caseId, boolean allowed, String reasons, String by) {
        jdbc.sql("""
                update assistance_requests set appeal_allowed = :a, appeal_reasons = :r, appeal_decided_by = :by
                where case_id = :id""")
            .param("a", allowed)
            .param("r", reasons)
            .param("by", by)
            .param("id", caseId)
            .update();
    }

    void assigned(UUID caseId, long poolMemberId, String by) {
        jdbc.sql("""
                update assistance_requests set pool_member_id = :m, assigned_by = :by, assigned_at = :at
                where case_id = :id""")
            .param("m", poolMemberId)
            .param("by", by)
            .param("at", OffsetDateTime.now(clock))
            .param("id", caseId)
            .update();
    }

    /** The assistance given: an opinion, or the case the request was referred into. */
    void delivered(UUID caseId, String kind, String opinion, UUID referredCaseId, String by) {
        jdbc.sql("""
                update assistance_requests set assistance_kind = :k, opinion = :o, delivered_by = :by,
                    delivered_at = :at, referred_case_id = :ref
                where case_id = :id""")
            .param("k", kind)
            .param("o", opinion)
            .param("by", by)
            .param("at", OffsetDateTime.now(clock))
            .param("ref", referredCaseId)
            .param("id", caseId)
            .update();
    }

}
