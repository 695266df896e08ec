package io.ipcase.adjudication.acceptance;

import io.ipcase.adjudication.AdjudicationPeriods;
import io.ipcase.adjudication.casework.AdjudicationMessages;
import io.ipcase.adjudication.casework.PartyFiles;
import io.ipcase.audit.AuditActions;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.Cases;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.security.AppUser;
import io.ipcase.storage.CaseFile;
import io.ipcase.storage.DocumentKind;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requester's answer to a supplement notice. It reopens the acceptance review, whose
 * 5 working days run again from the day the supplement is received (Order 81 art. 16,
 * 20).
 */
@Service
public class Supplements {

    static final String STAGE_AWAITING_SUPPLEMENT = "AWAITING_SUPPLEMENT";

    private final JdbcClient jdbc;

    private final Cases cases;

    private final PartyFiles files;

    private final CaseClocks clocks;

    private final RuntimeService runtime;

    private final AuditTrail audit;

    private final Clock clock;

    Supplements(JdbcClient jdbc, Cases cases, PartyFiles files, CaseClocks clocks, RuntimeService runtime,
            AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.files = files;
        this.clocks = clocks;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void submit(AppUser user, UUID caseId, String note, List<CaseFile> material) {
        CaseRecord c = cases.require(user, caseId);
        if (!c.filedBy().equals(user.getUsername())) {
            throw new ConflictException("problem.supplement-not-requester");
        }
        SupplementRequest open = latest(c).filter(SupplementRequest::open)
            .orElseThrow(() -> new ConflictException("problem.no-open-supplement-request"));
        List<Violation> violations = new ArrayList<>();
        boolean noNote = note == null || note.isBlank();
        if (noNote && material.isEmpty()) {
            violations.add(Violation.keyed("files", "supplement.empty"));
        }
        if (note != null && note.length() > 5000) {
            violations.add(Violation.keyed("note", "field.too-long"));
        }
        files.check(violations, material);

        OffsetDateTime now = OffsetDateTime.now(clock);
        files.store(caseId, DocumentKind.SUPPLEMENT, material, user.getUsername());
        jdbc.sql("update supplement_requests set answered_at = :at, answer_note = :note where id = :id")
            .param("at", now)
            .param("note", noNote ? null : note.strip())
            .param("id", open.id())
            .update();
        audit.record(user.getUsername(), AuditActions.SUPPLEMENT_SUBMITTED, caseId, String.valueOf(material.size()));
        clocks.stop(caseId, AdjudicationPeriods.SUPPLEMENT, user.getUsername());
        // the 5 working days of the review run again from the supplement's receipt (Order
        // 81 art. 20)
        var acceptance = clocks.start(caseId, AdjudicationPeriods.ACCEPTANCE, AdjudicationPeriods.ACCEPTANCE_PERIOD,
                now.atZoneSameInstant(clock.getZone()).toLocalDate(), user.getUsername());
        runtime.createMessageCorrelation(AdjudicationMessages.SUPPLEMENT_RECEIVED)
            .processInstanceBusinessKey(caseId.toString())
            .setVariable("acceptanceDueAt", acceptance.deadline().dueDate())
            .correlate();
    }

    /**
     * The latest supplement request of the case; open while unanswered and the case still
     * waits for it (once its period runs out the model refuses the request and the stage
     * moves on).
     */
    public Optional<SupplementRequest> latest(CaseRecord c) {
        boolean waiting = STAGE_AWAITING_SUPPLEMENT.equals(c.stage());
        return jdbc.sql("""
                select id, missing_items, due_on, requested_at, answered_at, answer_note from supplement_requests
                where case_id = :id order by requested_at desc, id desc""").param("id", c.id()).query((rs, i) -> {
            OffsetDateTime answeredAt = rs.getObject("answered_at", OffsetDateTime.class);
            return new SupplementRequest(rs.getLong("id"), Arrays.asList(rs.getString("missing_items").split("\n")),
                    rs.getObject("due_on", LocalDate.class), rs.getObject("requested_at", OffsetDateTime.class),
                    answeredAt, rs.getString("answer_note"), answeredAt == null && waiting);
        }).list().stream().findFirst();
    }

    @NullMarked
    public record SupplementRequest(long id, List<String> missingItems, LocalDate dueDate, OffsetDateTime requestedAt,
            @Nullable OffsetDateTime answeredAt, @Nullable String answerNote, boolean open) {
    }

}
