package io.ipcase.adjudication.answer;

import static io.ipcase.adjudication.AdjudicationPeriods.ANSWER;
import static io.ipcase.adjudication.casework.AdjudicationSections.firstOrNull;
import static io.ipcase.adjudication.casework.AdjudicationSections.listSection;
import static io.ipcase.adjudication.casework.AdjudicationSections.section;

import io.ipcase.adjudication.casework.AdjudicationSections.Period;
import io.ipcase.cases.CaseViewSection;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.security.Role;
import io.ipcase.security.StaffDirectory;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The answer stage's parts of the case page: the answer period and the answer,
 * objections, recusals.
 */
@Configuration(proxyBeanMethods = false)
class AnswerSections {

    @NullMarked
    record Answer(Period period, @Nullable OffsetDateTime filedAt, @Nullable String answer,
            @Nullable OffsetDateTime forwardedAt) {
    }

    @Bean
    CaseViewSection<Answer> answerSection(CaseClocks clocks, Cases cases, JdbcClient jdbc) {
        return section("answer", Answer.class, (c, viewer) -> clocks.find(c.id(), ANSWER).map(period -> {
            record Row(OffsetDateTime filedAt, String answer, OffsetDateTime forwardedAt) {
            }
            Row row = firstOrNull(
                    jdbc.sql("select filed_at, answer, forwarded_at from case_answers where case_id = :id")
                        .param("id", c.id())
                        .query(Row.class)
                        .list());
            String role = cases.partyRoleOf(viewer, c.id()).orElse(null);
            // the requester reads the answer once it is forwarded (Order 81 art. 22 ¶2)
            boolean mayRead = viewer.isStaff() || PartyRecord.RESPONDENT.equals(role)
                    || (row != null && row.forwardedAt() != null);
            return new Answer(Period.of(period), row == null ? null : row.filedAt(),
                    row != null && mayRead ? row.answer() : null, row == null ? null : row.forwardedAt());
        }).orElse(null));
    }

    @NullMarked
    record Objection(OffsetDateTime raisedAt, String grounds, @Nullable String decision, @Nullable String transferTo,
            @Nullable String reasons, @Nullable OffsetDateTime decidedAt) {
    }

    @Bean
    CaseViewSection<List<Objection>> jurisdictionSection(JdbcClient jdbc) {
        return listSection("jurisdictionObjections", Objection.class, (c, viewer) -> jdbc.sql("""
                select raised_at, grounds, decision, transfer_to, reasons, decided_at from jurisdiction_objections
                where case_id = :id order by raised_at""").param("id", c.id()).query(Objection.class).list());
    }

    @NullMarked
    record Recusal(OffsetDateTime requestedAt, String officer, String grounds, @Nullable String decision,
            @Nullable String replacement, @Nullable String reasons) {
    }

    @Bean
    CaseViewSection<List<Recusal>> recusalSection(JdbcClient jdbc, StaffDirectory staff) {
        return listSection("recusals", Recusal.class, (c, viewer) -> {
            List<Recusal> recusals = jdbc.sql("""
                    select requested_at, officer, grounds, decision, replacement, reasons from recusal_requests
                    where case_id = :id order by requested_at""").param("id", c.id()).query(Recusal.class).list();
            if (viewer.isStaff() || viewer.has(Role.ADMIN)) {
                return recusals;
            }
            // parties know officers by name only
            List<String> people = new ArrayList<>();
            recusals.forEach(r -> {
                people.add(r.officer());
                people.add(r.replacement());
            });
            Map<String, String> names = staff.displayNames(people);
            return recusals.stream()
                .map(r -> new Recusal(r.requestedAt(), names.getOrDefault(r.officer(), r.officer()), r.grounds(),
                        r.decision(),
                        r.replacement() == null ? null : names.getOrDefault(r.replacement(), r.replacement()),
                        r.reasons()))
                .toList();
        });
    }

}
