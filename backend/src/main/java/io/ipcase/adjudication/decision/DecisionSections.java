package io.ipcase.adjudication.decision;

import static io.ipcase.adjudication.casework.AdjudicationSections.firstOrNull;
import static io.ipcase.adjudication.casework.AdjudicationSections.section;

import io.ipcase.cases.CaseViewSection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The decision on the case page: parties see it once approved; staff see the latest draft
 * and how it fared, with the dissent and the supervisor's comments.
 */
@Configuration(proxyBeanMethods = false)
class DecisionSections {

    @NullMarked
    record Decision(String outcome, List<String> stopMeasures, @Nullable String stopScope, String reasoning,
            String priorArtDefence, boolean decidedInAbsence, @Nullable String dissent, boolean seriousDishonesty,
            OffsetDateTime draftedAt, @Nullable String approval, @Nullable String approvalComments,
            @Nullable OffsetDateTime approvedAt, @Nullable LocalDate servedOn, @Nullable LocalDate publishedOn,
            @Nullable String publicationUrl) {
    }

    @Bean
    CaseViewSection<Decision> decisionSection(JdbcClient jdbc) {
        return section("decision", Decision.class, (c, viewer) -> {
            String filter = viewer.isStaff() ? "" : " and approval = 'APPROVE'";
            return firstOrNull(jdbc
                .sql("""
                        select outcome, stop_measures, stop_scope, reasoning, prior_art_defence, decided_in_absence, dissent,
                            serious_dishonesty, drafted_at, approval, approval_comments, approved_at, served_on, published_on,
                            publication_url from adjudication_decisions where case_id = :id"""
                        + filter + " order by drafted_at desc")
                .param("id", c.id())
                .query((rs, i) -> new Decision(rs.getString(1),
                        rs.getString(2) == null ? List.of() : Arrays.asList(rs.getString(2).split(",")),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6),
                        viewer.isStaff() ? rs.getString(7) : null, rs.getBoolean(8),
                        rs.getObject(9, OffsetDateTime.class), rs.getString(10),
                        viewer.isStaff() ? rs.getString(11) : null, rs.getObject(12, OffsetDateTime.class),
                        rs.getObject(13, LocalDate.class), rs.getObject(14, LocalDate.class), rs.getString(15)))
                .list());
        });
    }

}
