package io.ipcase.adjudication;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the procedures that follow an adjudication may know of its decision: the outcome,
 * once the approved decision has been served (the damages may then be mediated, Patent
 * Law art. 65; a preliminary injunction stands or is lifted by it).
 */
@Component
public class DecisionOutcomes {

    /** Order 81 art. 31: infringement is found, or the request is dismissed. */
    public enum Outcome {

        INFRINGEMENT_FOUND, NOT_FOUND

    }

    private final JdbcClient jdbc;

    DecisionOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The outcome of the case's latest approved decision once served; empty before (or
     * without) one.
     */
    public Optional<Outcome> served(UUID caseId) {
        return jdbc.sql("""
                select outcome from adjudication_decisions
                where case_id = :id and approval = 'APPROVE' and served_on is not null order by approved_at desc""")
            .param("id", caseId)
            .query(String.class)
            .list()
            .stream()
            .findFirst()
            .map(Outcome::valueOf);
    }

}
