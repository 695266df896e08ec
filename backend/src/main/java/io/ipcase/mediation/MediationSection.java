package io.ipcase.mediation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.ipcase.engine.Procedure;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseType;
import io.ipcase.cases.CaseViewSection;
import io.ipcase.cases.Cases;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.mediation.steps.MediationPeriods;
import io.ipcase.security.AppUser;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case page's mediation: the latest one of the case with where it stands, the routes
 * to an enforceable agreement, and what this viewer may do about it now.
 */
@Component
class MediationSection implements CaseViewSection<MediationSection.View> {

    private final JdbcClient jdbc;

    private final Cases cases;

    private final CaseClocks clocks;

    private final Procedure procedure;

    private final Mediations mediations;

    private final MediationSettings settings;

    MediationSection(JdbcClient jdbc, Cases cases, CaseClocks clocks, Procedure procedure, Mediations mediations,
            MediationSettings settings) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.clocks = clocks;
        this.procedure = procedure;
        this.mediations = mediations;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "mediation";
    }

    @NullMarked
    record Row(boolean inCase, String subject, String requesterRole, OffsetDateTime requestedAt, String request,
            @Nullable OffsetDateTime notifiedAt, @Nullable String opinion, @Nullable String opinionText,
            @Nullable OffsetDateTime opinionStatedAt, @Nullable OffsetDateTime sessionStartsAt,
            @Nullable String sessionPlace, @Nullable String helpers, @Nullable String outcome,
            @Nullable String agreementTerms, @Nullable BigDecimal paymentAmount,
            @Nullable Boolean enforcementCommitment, @Nullable OffsetDateTime closedAt) {
    }

    /**
     * @param notarisationRoute the agreement holds payment obligations and a commitment
     * to accept enforcement, so the parties may have it notarised as enforceable (Order
     * 81 art. 35 ¶2)
     */
    @NullMarked
    record View(@Nullable Row mediation, @Nullable LocalDate opinionDueOn, boolean notarisationRoute,
            boolean judicialConfirmationAvailable, List<String> steps) {
    }

    @Override
    public View contentFor(CaseRecord c, AppUser viewer) {
        Row row = jdbc
            .sql("""
                    select in_case, subject, requester_role, requested_at, request, notified_at, opinion, opinion_text,
                        opinion_stated_at, session_starts_at, session_place, helpers, outcome, agreement_terms, payment_amount,
                        enforcement_commitment, closed_at
                    from mediations where case_id = :id order by requested_at desc""")
            .param("id", c.id())
            .query(Row.class)
            .list()
            .stream()
            .findFirst()
            .orElse(null);
        List<String> steps = new ArrayList<>();
        String role = cases.partyRoleOf(viewer, c.id()).orElse(null);
        if (role != null && c.caseType() == CaseType.INFRINGEMENT_ADJUDICATION
                && (row == null || row.closedAt() != null)
                && (procedure.awaits(c.id(), "MediationRequested")
                        || (procedure.awaits(c.id(), "DamagesMediationRequested")
                                && mediations.infringementDecided(c.id())))) {
            steps.add("REQUEST_MEDIATION");
        }
        LocalDate opinionDue = clocks.find(c.id(), MediationPeriods.OPINION)
            .map(v -> v.deadline().lastDay())
            .orElse(null);
        if (role != null && row != null && !role.equals(row.requesterRole())
                && procedure.awaits(c.id(), "OpinionStated")) {
            steps.add("STATE_OPINION");
        }
        if (row == null && steps.isEmpty()) {
            return null;
        }
        boolean notarisation = row != null && "AGREEMENT".equals(row.outcome()) && row.paymentAmount() != null
                && row.paymentAmount().signum() > 0 && Boolean.TRUE.equals(row.enforcementCommitment());
        return new View(row, opinionDue, notarisation, settings.judicialConfirmationAvailable(), steps);
    }

}
