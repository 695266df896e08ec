package io.ipcase.adjudication.casework;

import static io.ipcase.adjudication.casework.AdjudicationMessages.ACCEPTANCE_EXTENSION_REQUESTED;
import static io.ipcase.adjudication.casework.AdjudicationMessages.ANSWER_CLOCK_CHANGED;
import static io.ipcase.adjudication.casework.AdjudicationMessages.ANSWER_FILED;
import static io.ipcase.adjudication.casework.AdjudicationMessages.CASE_PERIOD_EXTENSION_REQUESTED;
import static io.ipcase.adjudication.casework.AdjudicationMessages.EVALUATION_REPORT_FILED;
import static io.ipcase.adjudication.casework.AdjudicationMessages.EVIDENCE_CLOCK_CHANGED;
import static io.ipcase.adjudication.casework.AdjudicationMessages.HEARING_RESCHEDULE_REQUIRED;
import static io.ipcase.adjudication.casework.AdjudicationMessages.INFRINGER_SUED;
import static io.ipcase.adjudication.casework.AdjudicationMessages.JURISDICTION_OBJECTION_RAISED;
import static io.ipcase.adjudication.casework.AdjudicationMessages.RECUSAL_REQUESTED;
import static io.ipcase.adjudication.casework.AdjudicationMessages.REQUEST_WITHDRAWN;
import static io.ipcase.adjudication.casework.AdjudicationMessages.SUSPENSION_REQUESTED;
import static io.ipcase.adjudication.casework.AdjudicationMessages.WITHDRAWAL_REQUESTED;

import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseType;
import io.ipcase.cases.CaseViewSection;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.ClockState;
import io.ipcase.deadlines.ClockView;
import io.ipcase.engine.Procedure;
import io.ipcase.security.AppUser;
import io.ipcase.security.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.NullMarked;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The parts of the case page an adjudication shows at every stage: its panel, and what
 * this viewer may do now outside the inbox. Each stage adds its own (its sub-package's
 * {@code *Sections}); staff of the office see everything, the parties what the procedure
 * gives them.
 */
@Configuration(proxyBeanMethods = false)
public class AdjudicationSections {

    /** A section of an adjudication case, or nothing for any other case. */
    public static <T> CaseViewSection<T> section(String name, Class<T> type,
            BiFunction<CaseRecord, AppUser, T> content) {
        return section(name, ResolvableType.forClass(type), content);
    }

    /**
     * A section listing entries of an adjudication case, or nothing for none and for any
     * other case.
     */
    public static <T> CaseViewSection<List<T>> listSection(String name, Class<T> entry,
            BiFunction<CaseRecord, AppUser, List<T>> entries) {
        return section(name, ResolvableType.forClassWithGenerics(List.class, entry), (c, viewer) -> {
            List<T> list = entries.apply(c, viewer);
            return list.isEmpty() ? null : list;
        });
    }

    private static <T> CaseViewSection<T> section(String name, ResolvableType type,
            BiFunction<CaseRecord, AppUser, T> content) {
        return CaseViewSection.of(name, type,
                (c, viewer) -> c.caseType() == CaseType.INFRINGEMENT_ADJUDICATION ? content.apply(c, viewer) : null);
    }

    /**
     * A period of the adjudication as the case page shows it: its last day, how it
     * stands, the days it was paused.
     */
    @NullMarked
    public record Period(LocalDate lastDay, ClockState state, int pausedDays) {

        public static Period of(ClockView clock) {
            return new Period(clock.deadline().lastDay(), clock.state(), clock.pausedDays());
        }
    }

    public static <T> T firstOrNull(List<T> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    @Bean
    CaseViewSection<List<Panels.Member>> panelSection(Panels panels) {
        return listSection("panel", Panels.Member.class, (c, viewer) -> viewer.isStaff() || viewer.has(Role.ADMIN)
                ? panels.members(c.id()) : panels.members(c.id()).stream().map(Panels.Member::forParties).toList());
    }

    /** The steps a viewer may take now outside the inbox, by name (ANSWER, RECUSAL …). */
    @NullMarked
    public record AvailableSteps(List<String> steps) {
    }

    /**
     * What this viewer may do now, outside the inbox: the portal and the case page offer
     * these steps and no others. The server checks each again when it is taken.
     */
    @Bean
    CaseViewSection<AvailableSteps> availableStepsSection(Cases cases, Procedure procedure, Panels panels,
            CaseSteps steps, JdbcClient jdbc) {
        return section("availableSteps", AvailableSteps.class, (c, viewer) -> {
            List<String> available = new ArrayList<>();
            String role = cases.partyRoleOf(viewer, c.id()).orElse(null);
            boolean panel = viewer.isStaff() && panels.isMember(c.id(), viewer.getUsername());
            boolean suspended = steps.suspended(c.id());
            if (PartyRecord.RESPONDENT.equals(role)) {
                if (procedure.awaits(c.id(), ANSWER_FILED) && steps.withinAnswerPeriod(c.id())) {
                    available.add("ANSWER");
                }
                if (steps.withinAnswerPeriod(c.id()) && procedure.awaits(c.id(), JURISDICTION_OBJECTION_RAISED)) {
                    available.add("JURISDICTION_OBJECTION");
                }
                // Order 81 art. 19 ¶3: the 3-year limit is the respondent's to raise,
                // after
                // acceptance
                if (procedure.awaits(c.id(), WITHDRAWAL_REQUESTED)) {
                    available.add("TIME_BAR_DEFENCE");
                }
            }
            if (PartyRecord.REQUESTER.equals(role)) {
                if (procedure.awaits(c.id(), REQUEST_WITHDRAWN) || procedure.awaits(c.id(), WITHDRAWAL_REQUESTED)) {
                    available.add("WITHDRAW");
                }
                if (procedure.awaits(c.id(), EVALUATION_REPORT_FILED)) {
                    available.add("EVALUATION_REPORT");
                }
            }
            if (role != null) {
                if (procedure.awaits(c.id(), RECUSAL_REQUESTED)) {
                    available.add("RECUSAL");
                }
                if (procedure.awaits(c.id(), SUSPENSION_REQUESTED) && !suspended) {
                    available.add("SUSPENSION");
                }
                if (procedure.awaits(c.id(), HEARING_RESCHEDULE_REQUIRED)) {
                    available.add("POSTPONEMENT");
                }
                if (procedure.awaits(c.id(), INFRINGER_SUED) || (PartyRecord.REQUESTER.equals(role) && jdbc
                    .sql("select count(*) from adjudication_decisions where case_id = :id and served_on is not null")
                    .param("id", c.id())
                    .query(Integer.class)
                    .single() > 0)) {
                    available.add("LAWSUIT");
                }
            }
            if (panel) {
                if (procedure.awaits(c.id(), CASE_PERIOD_EXTENSION_REQUESTED)) {
                    available.add("CASE_PERIOD_EXTENSION");
                    available.add("WITHDRAWAL_ON_OWN_MOTION");
                    if (!suspended) {
                        available.add("SUSPENSION");
                    }
                }
                if (procedure.awaits(c.id(), ANSWER_CLOCK_CHANGED)) {
                    available.add("ANSWER_PERIOD_EXTENSION");
                }
                if (procedure.awaits(c.id(), EVIDENCE_CLOCK_CHANGED)) {
                    available.add("EVIDENCE_PERIOD_EXTENSION");
                }
            }
            if (viewer.isStaff() && procedure.awaits(c.id(), ACCEPTANCE_EXTENSION_REQUESTED)
                    && jdbc.sql("select count(*) from acceptance_extensions where case_id = :id")
                        .param("id", c.id())
                        .query(Integer.class)
                        .single() == 0) {
                available.add("ACCEPTANCE_EXTENSION");
            }
            return new AvailableSteps(available);
        });
    }

}
