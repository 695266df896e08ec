package io.ipcase.assistance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseType;
import io.ipcase.cases.CaseViewSection;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockState;
import io.ipcase.security.AppUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case page's assistance: on a request, what it asks for and where it stands, who it is
 * assigned to, what was delivered, the case it was referred into, and what the applicant may do
 * now; on a mediation or adjudication case it was referred into, the request it came from.
 */
@Component
class AssistanceSection implements CaseViewSection<Object> {

    private final JdbcClient jdbc;
    private final Cases cases;
    private final CaseClocks clocks;
    private final Assistances assistances;

    AssistanceSection(JdbcClient jdbc, Cases cases, CaseClocks clocks, Assistances assistances) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.clocks = clocks;
        this.assistances = assistances;
    }

    @Override
    public String name() {
        return "assistance";
    }

    record Row(boolean smallOrMicroFirm, String field, String helpWanted, String reviewDecision, String reviewReasons,
               String appealGrounds, Boolean appealAllowed, String appealReasons, String assignedTo,
               String assignedKind, String assistanceKind, String opinion, OffsetDateTime deliveredAt,
               UUID referredCaseId, Integer rating, String ratingComment) {
    }

    /** Another case this one is linked to, as far as the viewer may see it. */
    record LinkedCase(UUID id, String caseNumber, String caseType, String stage) {
    }

    record View(Row request, LocalDate reviewDueOn, LocalDate supplementDueOn, LocalDate appealDueOn,
                LinkedCase referredCase, List<String> steps) {
    }

    record Origin(LinkedCase assistanceCase) {
    }

    @Override
    public Object contentFor(CaseRecord c, AppUser viewer) {
        if (c.caseType() != CaseType.ASSISTANCE) {
            return jdbc.sql("select case_id from assistance_requests where referred_case_id = :id")
                .param("id", c.id()).query(UUID.class).optional()
                .map(id -> linkedCase(viewer, id)).map(Origin::new).orElse(null);
        }
        Row row = jdbc.sql("""
                select a.small_or_micro_firm, a.field, a.help_wanted, a.review_decision, a.review_reasons,
                    a.appeal_grounds, a.appeal_allowed, a.appeal_reasons, p.name assigned_to, p.member_kind assigned_kind,
                    a.assistance_kind, a.opinion, a.delivered_at, a.referred_case_id, a.rating, a.rating_comment
                from assistance_requests a left join assistance_pool p on p.id = a.pool_member_id
                where a.case_id = :id""")
            .param("id", c.id()).query(Row.class).single();
        boolean applicant = PartyRecord.REQUESTER.equals(cases.partyRoleOf(viewer, c.id()).orElse(null));
        return new View(row, lastDay(c.id(), Assistances.REVIEW), lastDay(c.id(), Assistances.SUPPLEMENT),
            lastDay(c.id(), Assistances.APPEAL),
            row.referredCaseId() == null ? null : linkedCase(viewer, row.referredCaseId()),
            applicant ? assistances.awaits(c.id()) : List.of());
    }

    private LocalDate lastDay(UUID caseId, String key) {
        return clocks.find(caseId, key).filter(v -> v.state() == ClockState.RUNNING)
            .map(v -> v.deadline().lastDay()).orElse(null);
    }

    private LinkedCase linkedCase(AppUser viewer, UUID id) {
        return cases.find(viewer, id)
            .map(o -> new LinkedCase(o.id(), o.caseNumber(), o.caseType().name(), o.stage())).orElse(null);
    }
}
