package io.ipcase.assistance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.ipcase.assistance.steps.AssistanceClocks;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseType;
import io.ipcase.cases.CaseViewSection;
import io.ipcase.cases.Cases;
import io.ipcase.cases.Cases.LinkedCase;
import io.ipcase.cases.PartyRecord;
import io.ipcase.security.AppUser;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case page of an assistance request: what it asks for and where it stands, who it is
 * assigned to, what was delivered, the case it was referred into, and what the applicant
 * may do now. (A case it was referred into shows where it came from in
 * {@link AssistanceOriginSection}.)
 */
@Component
class AssistanceSection implements CaseViewSection<AssistanceSection.View> {

    private final JdbcClient jdbc;

    private final Cases cases;

    private final AssistanceClocks clocks;

    private final Assistances assistances;

    AssistanceSection(JdbcClient jdbc, Cases cases, AssistanceClocks clocks, Assistances assistances) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.clocks = clocks;
        this.assistances = assistances;
    }

    @Override
    public String name() {
        return "assistance";
    }

    @NullMarked
    record Row(boolean smallOrMicroFirm, String field, String helpWanted, @Nullable String reviewDecision,
            @Nullable String reviewReasons, @Nullable String appealGrounds, @Nullable Boolean appealAllowed,
            @Nullable String appealReasons, @Nullable String assignedTo, @Nullable String assignedKind,
            @Nullable String assistanceKind, @Nullable String opinion, @Nullable OffsetDateTime deliveredAt,
            @Nullable UUID referredCaseId, @Nullable Integer rating, @Nullable String ratingComment) {
    }

    @NullMarked
    record View(Row request, @Nullable LocalDate reviewDueOn, @Nullable LocalDate supplementDueOn,
            @Nullable LocalDate appealDueOn, @Nullable LinkedCase referredCase, List<String> steps) {
    }

    @Override
    public View contentFor(CaseRecord c, AppUser viewer) {
        if (c.caseType() != CaseType.ASSISTANCE) {
            return null;
        }
        Row row = jdbc
            .sql("""
                    select a.small_or_micro_firm, a.field, a.help_wanted, a.review_decision, a.review_reasons,
                        a.appeal_grounds, a.appeal_allowed, a.appeal_reasons, p.name assigned_to, p.member_kind assigned_kind,
                        a.assistance_kind, a.opinion, a.delivered_at, a.referred_case_id, a.rating, a.rating_comment
                    from assistance_requests a left join assistance_pool p on p.id = a.pool_member_id
                    where a.case_id = :id""")
            .param("id", c.id())
            .query(Row.class)
            .single();
        boolean applicant = PartyRecord.REQUESTER.equals(cases.partyRoleOf(viewer, c.id()).orElse(null));
        return new View(row, clocks.lastDay(c.id(), AssistanceClocks.REVIEW),
                clocks.lastDay(c.id(), AssistanceClocks.SUPPLEMENT), clocks.lastDay(c.id(), AssistanceClocks.APPEAL),
                row.referredCaseId() == null ? null
                        : cases.linked(viewer, row.referredCaseId(), "REFERRAL").orElse(null),
                applicant ? assistances.awaits(c.id()) : List.of());
    }

}
