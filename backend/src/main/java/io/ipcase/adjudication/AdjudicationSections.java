package io.ipcase.adjudication;

import static io.ipcase.adjudication.AdjudicationPeriods.ANSWER;
import static io.ipcase.adjudication.AdjudicationPeriods.APPEAL_WINDOW;
import static io.ipcase.adjudication.AdjudicationPeriods.CASE_PERIOD;
import static io.ipcase.adjudication.AdjudicationPeriods.EVIDENCE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseType;
import io.ipcase.cases.CaseViewSection;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockView;
import io.ipcase.engine.Procedure;
import io.ipcase.security.AppUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An adjudication's parts of the case page. Staff of the office see everything; the parties see
 * what the procedure gives them: the panel, the periods that bind them, the hearing, the decision,
 * and which steps they may take now.
 */
@Configuration(proxyBeanMethods = false)
class AdjudicationSections {

    /** A section of an accepted adjudication case, or nothing for any other case. */
    private static CaseViewSection<Object> section(String name, BiFunction<CaseRecord, AppUser, Object> content) {
        return CaseViewSection.of(name, Object.class,
            (c, viewer) -> c.caseType() == CaseType.INFRINGEMENT_ADJUDICATION ? content.apply(c, viewer) : null);
    }

    private static <T> T firstOrNull(List<T> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    @Bean
    CaseViewSection<Object> panelSection(Panels panels) {
        return section("panel", (c, viewer) -> {
            List<Panels.Member> members = panels.members(c.id());
            return members.isEmpty() ? null : members;
        });
    }

    record Checks(boolean standing, boolean definiteRespondent, boolean definiteClaims, boolean withinJurisdiction,
                  boolean noSuitOrOtherAgreement, LocalDate infringementKnownOn, boolean continuingInfringement,
                  boolean withinTimeLimit, boolean repeatInfringement, String earlierDecision) {
    }

    @Bean
    CaseViewSection<Object> admissibilitySection(JdbcClient jdbc) {
        return section("admissibility", (c, viewer) -> !viewer.isStaff() ? null : jdbc.sql("""
                select standing, definite_respondent, definite_claims, within_jurisdiction, no_suit_or_other_agreement,
                    infringement_known_on, continuing_infringement, within_time_limit, repeat_infringement, earlier_decision
                from admissibility_checks where case_id = :id""")
            .param("id", c.id()).query(Checks.class).optional().orElse(null));
    }

    record Period(LocalDate lastDay, String state, int pausedDays) {

        static Period of(ClockView v) {
            return new Period(v.deadline().lastDay(), v.state().name(), v.pausedDays());
        }
    }

    record Answer(Period period, OffsetDateTime filedAt, String answer, OffsetDateTime forwardedAt) {
    }

    @Bean
    CaseViewSection<Object> answerSection(CaseClocks clocks, Cases cases, JdbcClient jdbc) {
        return section("answer", (c, viewer) -> {
            Optional<ClockView> period = clocks.find(c.id(), ANSWER);
            if (period.isEmpty()) {
                return null;
            }
            record Row(OffsetDateTime filedAt, String answer, OffsetDateTime forwardedAt) {
            }
            Row row = firstOrNull(jdbc.sql("select filed_at, answer, forwarded_at from case_answers where case_id = :id")
                .param("id", c.id()).query(Row.class).list());
            String role = cases.partyRoleOf(viewer, c.id()).orElse(null);
            // the requester reads the answer once it is forwarded (Order 81 art. 22 ¶2)
            boolean mayRead = viewer.isStaff() || PartyRecord.RESPONDENT.equals(role)
                || (row != null && row.forwardedAt() != null);
            return new Answer(Period.of(period.get()), row == null ? null : row.filedAt(),
                row != null && mayRead ? row.answer() : null, row == null ? null : row.forwardedAt());
        });
    }

    record Objection(OffsetDateTime raisedAt, String grounds, String decision, String transferTo, String reasons,
                     OffsetDateTime decidedAt) {
    }

    @Bean
    CaseViewSection<Object> jurisdictionSection(JdbcClient jdbc) {
        return section("jurisdictionObjections", (c, viewer) -> {
            List<Objection> list = jdbc.sql("""
                    select raised_at, grounds, decision, transfer_to, reasons, decided_at from jurisdiction_objections
                    where case_id = :id order by raised_at""").param("id", c.id()).query(Objection.class).list();
            return list.isEmpty() ? null : list;
        });
    }

    record Recusal(OffsetDateTime requestedAt, String officer, String grounds, String decision, String replacement,
                   String reasons) {
    }

    @Bean
    CaseViewSection<Object> recusalSection(JdbcClient jdbc) {
        return section("recusals", (c, viewer) -> {
            List<Recusal> list = jdbc.sql("""
                    select requested_at, officer, grounds, decision, replacement, reasons from recusal_requests
                    where case_id = :id order by requested_at""").param("id", c.id()).query(Recusal.class).list();
            return list.isEmpty() ? null : list;
        });
    }

    record Investigation(String measure, LocalDate carriedOutOn, String place, String findings, boolean signedByParties,
                         String refusalNote) {
    }

    record EvidenceView(Period period, List<String> measures, boolean evaluationReportRequired,
                        String evaluationReportConclusion, Boolean evaluationReportProvided,
                        List<Investigation> investigations) {
    }

    @Bean
    CaseViewSection<Object> evidenceSection(CaseClocks clocks, JdbcClient jdbc) {
        return section("evidence", (c, viewer) -> {
            Optional<ClockView> period = clocks.find(c.id(), EVIDENCE);
            if (period.isEmpty()) {
                return null;
            }
            record Plan(String measures, boolean evaluationReportRequired) {
            }
            Plan plan = jdbc.sql("select measures, evaluation_report_required from evidence_plans where case_id = :id")
                .param("id", c.id()).query(Plan.class).single();
            record Review(boolean provided, String conclusion) {
            }
            Review review = firstOrNull(jdbc.sql("select provided, conclusion from evaluation_report_reviews where case_id = :id")
                .param("id", c.id()).query(Review.class).list());
            List<Investigation> investigations = !viewer.isStaff() ? List.of() : jdbc.sql("""
                    select measure, carried_out_on, place, findings, signed_by_parties, refusal_note
                    from investigation_records where case_id = :id order by carried_out_on, id""")
                .param("id", c.id()).query(Investigation.class).list();
            return new EvidenceView(Period.of(period.get()),
                plan.measures().isBlank() ? List.of() : Arrays.asList(plan.measures().split(",")),
                plan.evaluationReportRequired(), review == null ? null : review.conclusion(),
                review == null ? null : review.provided(), investigations);
        });
    }

    record Hearing(String room, OffsetDateTime startsAt, boolean publicHearing, String status, Boolean requesterPresent,
                   Boolean respondentPresent, String minutes) {
    }

    @Bean
    CaseViewSection<Object> hearingSection(JdbcClient jdbc) {
        return section("hearing", (c, viewer) -> {
            Hearing h = firstOrNull(jdbc.sql("""
                    select room, starts_at, public_hearing, status, requester_present, respondent_present, minutes
                    from hearings where case_id = :id and status <> 'RESCHEDULED' order by scheduled_at desc""")
                .param("id", c.id()).query(Hearing.class).list());
            if (h == null || viewer.isStaff()) {
                return h;
            }
            return new Hearing(h.room(), h.startsAt(), h.publicHearing(), h.status(), h.requesterPresent(),
                h.respondentPresent(), null);
        });
    }

    record Suspension(String ground, String details, OffsetDateTime requestedAt, String decision, String refusalGround,
                      String reasons, OffsetDateTime decidedAt, OffsetDateTime resumedAt, boolean active) {
    }

    @Bean
    CaseViewSection<Object> suspensionSection(JdbcClient jdbc) {
        return section("suspension", (c, viewer) -> firstOrNull(jdbc.sql("""
                select ground, details, requested_at, decision, refusal_ground, reasons, decided_at, resumed_at,
                    case when decision = 'SUSPEND' and resumed_at is null then true else false end as active
                from suspensions where case_id = :id order by requested_at desc""")
            .param("id", c.id()).query(Suspension.class).list()));
    }

    record Withdrawal(String ground, String details, OffsetDateTime requestedAt, String decision, String reasons) {
    }

    @Bean
    CaseViewSection<Object> withdrawalSection(JdbcClient jdbc) {
        return section("withdrawal", (c, viewer) -> firstOrNull(jdbc.sql("""
                select ground, details, requested_at, decision, reasons from withdrawal_requests
                where case_id = :id order by requested_at desc""")
            .param("id", c.id()).query(Withdrawal.class).list()));
    }

    record Extension(String level, Integer months, String approver, String approvalRef, OffsetDateTime decidedAt) {
    }

    record CasePeriodView(Period period, List<Extension> extensions, boolean extensionPending) {
    }

    @Bean
    CaseViewSection<Object> casePeriodSection(CaseClocks clocks, JdbcClient jdbc) {
        return section("casePeriod", (c, viewer) -> clocks.find(c.id(), CASE_PERIOD).map(v -> {
            List<Extension> extensions = jdbc.sql("""
                    select level, months, approver, approval_ref, decided_at from case_period_extensions
                    where case_id = :id and decision = 'APPROVE' order by decided_at""")
                .param("id", c.id()).query(Extension.class).list();
            boolean pending = jdbc.sql("select count(*) from case_period_extensions where case_id = :id and decision is null")
                .param("id", c.id()).query(Integer.class).single() > 0;
            return new CasePeriodView(Period.of(v), extensions, pending);
        }).orElse(null));
    }

    record Decision(String outcome, List<String> stopMeasures, String stopScope, String reasoning, String priorArtDefence,
                    boolean decidedInAbsence, String dissent, boolean seriousDishonesty, OffsetDateTime draftedAt,
                    String approval, String approvalComments, OffsetDateTime approvedAt, LocalDate servedOn,
                    LocalDate publishedOn, String publicationUrl) {
    }

    @Bean
    CaseViewSection<Object> decisionSection(JdbcClient jdbc) {
        return section("decision", (c, viewer) -> {
            // parties see the decision once approved; staff see the latest draft and how it fared
            String filter = viewer.isStaff() ? "" : " and approval = 'APPROVE'";
            return firstOrNull(jdbc.sql("""
                    select outcome, stop_measures, stop_scope, reasoning, prior_art_defence, decided_in_absence, dissent,
                        serious_dishonesty, drafted_at, approval, approval_comments, approved_at, served_on, published_on,
                        publication_url from adjudication_decisions where case_id = :id""" + filter + " order by drafted_at desc")
                .param("id", c.id())
                .query((rs, i) -> new Decision(rs.getString(1),
                    rs.getString(2) == null ? List.of() : Arrays.asList(rs.getString(2).split(",")), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getBoolean(6), viewer.isStaff() ? rs.getString(7) : null,
                    rs.getBoolean(8), rs.getObject(9, OffsetDateTime.class), rs.getString(10),
                    viewer.isStaff() ? rs.getString(11) : null, rs.getObject(12, OffsetDateTime.class),
                    rs.getObject(13, LocalDate.class), rs.getObject(14, LocalDate.class), rs.getString(15)))
                .list());
        });
    }

    record Lawsuit(String partyRole, String court, LocalDate filedOn) {
    }

    record Window(Period period, List<Lawsuit> lawsuits) {
    }

    @Bean
    CaseViewSection<Object> appealWindowSection(CaseClocks clocks, JdbcClient jdbc) {
        return section("appealWindow", (c, viewer) -> clocks.find(c.id(), APPEAL_WINDOW).map(v -> new Window(Period.of(v),
            jdbc.sql("select party_role, court, filed_on from lawsuits where case_id = :id order by filed_on")
                .param("id", c.id()).query(Lawsuit.class).list())).orElse(null));
    }

    record Step(String step, String finding, String court, LocalDate onDay, String notes, OffsetDateTime recordedAt) {
    }

    @Bean
    CaseViewSection<Object> enforcementSection(JdbcClient jdbc) {
        return section("enforcement", (c, viewer) -> {
            List<Step> steps = jdbc.sql("""
                    select step, finding, court, on_day, notes, recorded_at from enforcement_steps
                    where case_id = :id order by recorded_at, id""").param("id", c.id()).query(Step.class).list();
            return steps.isEmpty() ? null : steps;
        });
    }

    /**
     * What this viewer may do now, outside the inbox: the portal and the case page offer these
     * steps and no others. The server checks each again when it is taken.
     */
    @Bean
    CaseViewSection<Object> availableStepsSection(Cases cases, Procedure procedure, Panels panels, Answers answers,
                                          CaseSteps steps, JdbcClient jdbc) {
        return section("availableSteps", (c, viewer) -> {
            List<String> available = new ArrayList<>();
            String role = cases.partyRoleOf(viewer, c.id()).orElse(null);
            boolean panel = viewer.isStaff() && panels.isMember(c.id(), viewer.getUsername());
            boolean suspended = steps.suspended(c.id());
            if (PartyRecord.RESPONDENT.equals(role)) {
                if (procedure.awaits(c.id(), "AnswerFiled") && answers.withinAnswerPeriod(c.id())) {
                    available.add("ANSWER");
                }
                if (answers.withinAnswerPeriod(c.id()) && procedure.awaits(c.id(), JurisdictionObjections.MESSAGE)) {
                    available.add("JURISDICTION_OBJECTION");
                }
            }
            if (PartyRecord.REQUESTER.equals(role)) {
                if (procedure.awaits(c.id(), "RequestWithdrawn") || procedure.awaits(c.id(), "WithdrawalRequested")) {
                    available.add("WITHDRAW");
                }
                if (procedure.awaits(c.id(), "EvaluationReportFiled")) {
                    available.add("EVALUATION_REPORT");
                }
            }
            if (role != null) {
                if (procedure.awaits(c.id(), Recusals.MESSAGE)) {
                    available.add("RECUSAL");
                }
                if (procedure.awaits(c.id(), Suspensions.MESSAGE) && !suspended) {
                    available.add("SUSPENSION");
                }
                if (procedure.awaits(c.id(), Hearings.RESCHEDULE)) {
                    available.add("POSTPONEMENT");
                }
                if (procedure.awaits(c.id(), "InfringerSued") || (PartyRecord.REQUESTER.equals(role)
                    && jdbc.sql("select count(*) from adjudication_decisions where case_id = :id and served_on is not null")
                        .param("id", c.id()).query(Integer.class).single() > 0)) {
                    available.add("LAWSUIT");
                }
            }
            if (panel) {
                if (procedure.awaits(c.id(), CasePeriods.MESSAGE)) {
                    available.add("CASE_PERIOD_EXTENSION");
                    available.add("WITHDRAWAL_ON_OWN_MOTION");
                    if (!suspended) {
                        available.add("SUSPENSION");
                    }
                }
                if (procedure.awaits(c.id(), "AnswerClockChanged")) {
                    available.add("ANSWER_PERIOD_EXTENSION");
                }
                if (procedure.awaits(c.id(), "EvidenceClockChanged")) {
                    available.add("EVIDENCE_PERIOD_EXTENSION");
                }
            }
            if (viewer.isStaff() && procedure.awaits(c.id(), AcceptanceExtensions.MESSAGE)
                && jdbc.sql("select count(*) from acceptance_extensions where case_id = :id").param("id", c.id())
                    .query(Integer.class).single() == 0) {
                available.add("ACCEPTANCE_EXTENSION");
            }
            return Map.of("steps", available);
        });
    }
}
