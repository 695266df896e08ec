package io.ipcase.injunction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.ipcase.engine.Procedure;
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
 * The case page's injunction: on an injunction case, what it orders and where it stands, the review
 * clock's exact deadline (for the countdown), its objections, the adjudication case it is linked to,
 * and what this viewer may do now; on an adjudication case, the injunctions linked to it.
 */
@Component
class InjunctionSection implements CaseViewSection<Object> {

    private final JdbcClient jdbc;
    private final Cases cases;
    private final CaseClocks clocks;
    private final Procedure procedure;
    private final Injunctions injunctions;

    InjunctionSection(JdbcClient jdbc, Cases cases, CaseClocks clocks, Procedure procedure, Injunctions injunctions) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.clocks = clocks;
        this.procedure = procedure;
        this.injunctions = injunctions;
    }

    @Override
    public String name() {
        return "injunction";
    }

    record Row(String startedBy, String actsToStop, String urgency, String urgencyDetails, String platformName,
               String listingUrl, BigDecimal bondAmount, UUID adjudicationCaseId, OffsetDateTime linkedAt,
               String reviewDecision, String reviewReasons, String stopOrder, OffsetDateTime reviewedAt,
               OffsetDateTime approvedAt, LocalDate servedOn, String liftReason, OffsetDateTime liftedAt) {
    }

    record ObjectionRow(String grounds, OffsetDateTime filedAt, Boolean sustained, String reasons,
                        OffsetDateTime decidedAt) {
    }

    /** Another case this one is linked to, as far as the viewer may see it. */
    record LinkedCase(UUID id, String caseNumber, String caseType, String stage) {
    }

    /**
     * @param reviewExpiresAt the exact instant the expedited review runs out, while it runs
     * @param lapseLastDay the last day for an adjudication request, while it is awaited
     */
    record View(Row injunction, OffsetDateTime reviewExpiresAt, LocalDate lapseLastDay, LocalDate objectionDueOn,
                List<ObjectionRow> objections, LinkedCase adjudication, List<String> steps) {
    }

    record Links(List<LinkedCase> injunctions) {
    }

    @Override
    public Object contentFor(CaseRecord c, AppUser viewer) {
        if (c.caseType() == CaseType.INFRINGEMENT_ADJUDICATION) {
            List<LinkedCase> linked = jdbc.sql("select case_id from injunctions where adjudication_case_id = :id")
                .param("id", c.id()).query(UUID.class).list().stream()
                .map(id -> linkedCase(viewer, id)).filter(l -> l != null).toList();
            return linked.isEmpty() ? null : new Links(linked);
        }
        if (c.caseType() != CaseType.PRELIMINARY_INJUNCTION) {
            return null;
        }
        Row row = jdbc.sql("""
                select started_by, acts_to_stop, urgency, urgency_details, platform_name, listing_url, bond_amount,
                    adjudication_case_id, linked_at, review_decision, review_reasons, stop_order, reviewed_at,
                    approved_at, served_on, lift_reason, lifted_at
                from injunctions where case_id = :id""")
            .param("id", c.id()).query(Row.class).single();
        List<ObjectionRow> objections = jdbc.sql("""
                select grounds, filed_at, sustained, reasons, decided_at from injunction_objections
                where case_id = :id order by filed_at""")
            .param("id", c.id()).query(ObjectionRow.class).list();
        OffsetDateTime reviewExpires = clocks.find(c.id(), Injunctions.REVIEW)
            .filter(v -> v.state() == ClockState.RUNNING).map(v -> v.deadline().expiresAt()).orElse(null);
        LocalDate lapse = clocks.find(c.id(), Injunctions.LAPSE)
            .filter(v -> v.state() == ClockState.RUNNING).map(v -> v.deadline().lastDay()).orElse(null);
        LocalDate objectionDue = clocks.find(c.id(), Injunctions.OBJECTION)
            .filter(v -> v.state() == ClockState.RUNNING).map(v -> v.deadline().lastDay()).orElse(null);

        List<String> steps = new ArrayList<>();
        String role = cases.partyRoleOf(viewer, c.id()).orElse(null);
        if (PartyRecord.RESPONDENT.equals(role) && injunctions.openObjection(c.id()).isEmpty()
            && procedure.awaits(c.id(), "InjunctionObjectionFiled")) {
            steps.add("OBJECT");
        }
        if (PartyRecord.REQUESTER.equals(role) && procedure.awaits(c.id(), "InjunctionSupplementReceived")) {
            steps.add("SUPPLEMENT");
        }
        if (injunctions.isStaffOf(viewer, c) && procedure.awaits(c.id(), "PatentInvalidated")) {
            steps.add("RECORD_INVALIDATION");
        }
        LinkedCase adjudication = row.adjudicationCaseId() == null ? null : linkedCase(viewer, row.adjudicationCaseId());
        return new View(row, reviewExpires, lapse, objectionDue, objections, adjudication, steps);
    }

    private LinkedCase linkedCase(AppUser viewer, UUID id) {
        return cases.find(viewer, id)
            .map(o -> new LinkedCase(o.id(), o.caseNumber(), o.caseType().name(), o.stage())).orElse(null);
    }
}
