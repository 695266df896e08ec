package io.ipcase.injunction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseType;
import io.ipcase.cases.CaseViewSection;
import io.ipcase.cases.Cases;
import io.ipcase.cases.Cases.LinkedCase;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.Deadline;
import io.ipcase.engine.Procedure;
import io.ipcase.injunction.steps.InjunctionClocks;
import io.ipcase.injunction.steps.InjunctionObjections;
import io.ipcase.security.AppUser;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case page's injunction, on an injunction case: what it orders and where it stands,
 * the review clock's exact deadline (for the countdown), its objections, the adjudication
 * case it is linked to, and what this viewer may do now. (An adjudication case shows its
 * injunctions in {@link InjunctionLinksSection}.)
 */
@Component
class InjunctionSection implements CaseViewSection<InjunctionSection.View> {

    private final JdbcClient jdbc;

    private final Cases cases;

    private final InjunctionClocks clocks;

    private final InjunctionObjections objections;

    private final Procedure procedure;

    private final Injunctions injunctions;

    InjunctionSection(JdbcClient jdbc, Cases cases, InjunctionClocks clocks, InjunctionObjections objections,
            Procedure procedure, Injunctions injunctions) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.clocks = clocks;
        this.objections = objections;
        this.procedure = procedure;
        this.injunctions = injunctions;
    }

    @Override
    public String name() {
        return "injunction";
    }

    @NullMarked
    record Row(String startedBy, String actsToStop, String urgency, @Nullable String urgencyDetails,
            @Nullable String platformName, @Nullable String listingUrl, @Nullable BigDecimal bondAmount,
            @Nullable UUID adjudicationCaseId, @Nullable OffsetDateTime linkedAt, @Nullable String reviewDecision,
            @Nullable String reviewReasons, @Nullable String stopOrder, @Nullable OffsetDateTime reviewedAt,
            @Nullable OffsetDateTime approvedAt, @Nullable LocalDate servedOn, @Nullable String liftReason,
            @Nullable OffsetDateTime liftedAt) {
    }

    @NullMarked
    record ObjectionRow(String grounds, OffsetDateTime filedAt, @Nullable Boolean sustained, @Nullable String reasons,
            @Nullable OffsetDateTime decidedAt) {
    }

    /**
     * @param reviewExpiresAt the exact instant the expedited review runs out, while it
     * runs
     * @param lapseLastDay the last day for an adjudication request, while it is awaited
     */
    @NullMarked
    record View(Row injunction, @Nullable OffsetDateTime reviewExpiresAt, @Nullable LocalDate lapseLastDay,
            @Nullable LocalDate objectionDueOn, List<ObjectionRow> objections, @Nullable LinkedCase adjudication,
            List<String> steps) {
    }

    @Override
    public View contentFor(CaseRecord c, AppUser viewer) {
        if (c.caseType() != CaseType.PRELIMINARY_INJUNCTION) {
            return null;
        }
        Row row = jdbc.sql("""
                select started_by, acts_to_stop, urgency, urgency_details, platform_name, listing_url, bond_amount,
                    adjudication_case_id, linked_at, review_decision, review_reasons, stop_order, reviewed_at,
                    approved_at, served_on, lift_reason, lifted_at
                from injunctions where case_id = :id""").param("id", c.id()).query(Row.class).single();
        List<ObjectionRow> objectionRows = jdbc.sql("""
                select grounds, filed_at, sustained, reasons, decided_at from injunction_objections
                where case_id = :id order by filed_at""").param("id", c.id()).query(ObjectionRow.class).list();
        OffsetDateTime reviewExpires = clocks.running(c.id(), InjunctionClocks.REVIEW)
            .map(Deadline::expiresAt)
            .orElse(null);
        LocalDate lapse = clocks.running(c.id(), InjunctionClocks.LAPSE).map(Deadline::lastDay).orElse(null);
        LocalDate objectionDue = clocks.running(c.id(), InjunctionClocks.OBJECTION).map(Deadline::lastDay).orElse(null);

        List<String> steps = new ArrayList<>();
        String role = cases.partyRoleOf(viewer, c.id()).orElse(null);
        if (PartyRecord.RESPONDENT.equals(role) && objections.open(c.id()).isEmpty()
                && procedure.awaits(c.id(), "InjunctionObjectionFiled")) {
            steps.add("OBJECT");
        }
        if (PartyRecord.REQUESTER.equals(role) && procedure.awaits(c.id(), "InjunctionSupplementReceived")) {
            steps.add("SUPPLEMENT");
        }
        if (injunctions.isStaffOf(viewer, c) && procedure.awaits(c.id(), "PatentInvalidated")) {
            steps.add("RECORD_INVALIDATION");
        }
        LinkedCase adjudication = row.adjudicationCaseId() == null ? null
                : cases.linked(viewer, row.adjudicationCaseId(), "ADJUDICATION").orElse(null);
        return new View(row, reviewExpires, lapse, objectionDue, objectionRows, adjudication, steps);
    }

}
