package io.ipcase.penalty.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The penalties proposed in a case, the latest of which the notice announces, the review
 * of the party's statement may lighten, and the decision imposes.
 */
@Service
public class PenaltyProposals {

    private final JdbcClient jdbc;

    PenaltyProposals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Proposal> latest(UUID caseId) {
        return jdbc.sql(Proposal.SELECT + " where case_id = :c order by id desc limit 1")
            .param("c", caseId)
            .query(Proposal.class)
            .optional();
    }

    /**
     * A proposed penalty, with the ceiling and band it was checked against and the
     * party's rights.
     *
     * @param hearingRight whether the party may ask for a hearing (Admin. Penalty Law
     * art. 63)
     * @param rightsEndOn the last day to state, defend or ask for a hearing, once the
     * notice is served
     */
    public record Proposal(long id, BigDecimal fine, String discretionLevel, BigDecimal ceiling, BigDecimal rangeMin,
            BigDecimal rangeMax, BigDecimal illegalGains, BigDecimal confiscatedGains, String correction,
            boolean confiscateSeized, boolean complexOrMajor, boolean heavy, boolean hearingRight, String newFacts,
            String proposedBy, OffsetDateTime proposedAt, LocalDate noticeServedOn, LocalDate rightsEndOn,
            LocalDate hearingRequestEndOn) {

        static final String SELECT = """
                select id, fine, discretion_level, ceiling, range_min, range_max, illegal_gains, confiscated_gains,
                    correction, confiscate_seized, complex_or_major, heavy, hearing_right, new_facts, proposed_by,
                    proposed_at, notice_served_on, rights_end_on, hearing_request_end_on from penalty_proposals""";

    }

}
