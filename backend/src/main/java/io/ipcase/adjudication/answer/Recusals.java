package io.ipcase.adjudication.answer;

import static io.ipcase.adjudication.AdjudicationPeriods.RECUSAL_WORKING_DAYS;
import static io.ipcase.adjudication.casework.AdjudicationMessages.RECUSAL_REQUESTED;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.casework.CaseSteps;
import io.ipcase.adjudication.casework.Panels;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.engine.Procedure;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Order 81 art. 5: a party may ask that a member of the panel step aside, within 3
 * working days of knowing the ground; the department head decides
 * ({@link RecusalDecisionStep}), and a replacement takes the seat.
 */
@Service
class Recusals {

    private final CaseSteps steps;

    private final Panels panels;

    private final Deadlines deadlines;

    private final Procedure procedure;

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final Clock clock;

    Recusals(CaseSteps steps, Panels panels, Deadlines deadlines, Procedure procedure, JdbcClient jdbc,
            AuditTrail audit, Clock clock) {
        this.steps = steps;
        this.panels = panels;
        this.deadlines = deadlines;
        this.procedure = procedure;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    record Request(@NotBlank(message = "{recusal.officer.required}") String officer,
            @NotBlank(message = "{recusal.grounds.required}") @Size(max = 5000,
                    message = "{field.too-long}") String grounds,
            @NotNull(message = "{recusal.known-on.required}") LocalDate groundKnownOn) {
    }

    @Transactional
    public void request(AppUser user, UUID caseId, Request request) {
        CaseRecord c = steps.adjudication(user, caseId);
        steps.party(user, c);
        List<Violation> violations = new ArrayList<>();
        // parties name the member by the reference they see, staff by username
        String officer = panels.resolve(caseId, request.officer()).orElse(null);
        if (officer == null) {
            violations.add(Violation.keyed("officer", "recusal.officer.not-on-panel"));
        }
        LocalDate today = LocalDate.now(clock);
        if (request.groundKnownOn().isAfter(today)) {
            violations.add(Violation.keyed("groundKnownOn", "field.date.not-future"));
        }
        else if (today.isAfter(deadlines.workingDays(request.groundKnownOn(), RECUSAL_WORKING_DAYS).lastDay())) {
            violations.add(Violation.keyed("groundKnownOn", "recusal.too-late"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (jdbc.sql("select count(*) from recusal_requests where case_id = :id and decision is null")
            .param("id", caseId)
            .query(Integer.class)
            .single() > 0) {
            throw new ConflictException("problem.recusal-pending");
        }
        jdbc.sql("""
                insert into recusal_requests (case_id, requested_by, requested_at, officer, grounds, ground_known_on)
                values (:id, :by, :at, :officer, :grounds, :knownOn)""")
            .param("id", caseId)
            .param("by", user.getUsername())
            .param("at", OffsetDateTime.now(clock))
            .param("officer", officer)
            .param("grounds", request.grounds().strip())
            .param("knownOn", request.groundKnownOn())
            .update();
        audit.record(user.getUsername(), AdjudicationActions.RECUSAL_REQUESTED, caseId, officer);
        procedure.tell(caseId, RECUSAL_REQUESTED, Map.of(), "problem.not-in-handling");
    }

}
