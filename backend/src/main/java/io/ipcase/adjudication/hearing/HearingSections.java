package io.ipcase.adjudication.hearing;

import static io.ipcase.adjudication.casework.AdjudicationSections.firstOrNull;
import static io.ipcase.adjudication.casework.AdjudicationSections.section;

import io.ipcase.cases.CaseViewSection;
import java.time.OffsetDateTime;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hearing on the case page: where and when, and how it went; its minutes are the
 * office's.
 */
@Configuration(proxyBeanMethods = false)
class HearingSections {

    @NullMarked
    record Hearing(String room, OffsetDateTime startsAt, boolean publicHearing, String status,
            @Nullable Boolean requesterPresent, @Nullable Boolean respondentPresent, @Nullable String minutes) {
    }

    @Bean
    CaseViewSection<Hearing> hearingSection(JdbcClient jdbc) {
        return section("hearing", Hearing.class, (c, viewer) -> {
            Hearing h = firstOrNull(jdbc.sql("""
                    select room, starts_at, public_hearing, status, requester_present, respondent_present, minutes
                    from hearings where case_id = :id and status <> 'RESCHEDULED' order by scheduled_at desc""")
                .param("id", c.id())
                .query(Hearing.class)
                .list());
            if (h == null || viewer.isStaff()) {
                return h;
            }
            return new Hearing(h.room(), h.startsAt(), h.publicHearing(), h.status(), h.requesterPresent(),
                    h.respondentPresent(), null);
        });
    }

}
