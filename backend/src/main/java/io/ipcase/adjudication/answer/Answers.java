package io.ipcase.adjudication.answer;

import static io.ipcase.adjudication.AdjudicationPeriods.ANSWER;
import static io.ipcase.adjudication.AdjudicationPeriods.ANSWER_PERIOD;
import static io.ipcase.adjudication.AdjudicationPeriods.ANSWER_PERIOD_ABROAD;
import static io.ipcase.adjudication.AdjudicationPeriods.FORWARDING;
import static io.ipcase.adjudication.AdjudicationPeriods.FORWARDING_PERIOD;
import static io.ipcase.adjudication.AdjudicationPeriods.SERVICE;
import static io.ipcase.adjudication.casework.AdjudicationMessages.ANSWER_CLOCK_CHANGED;
import static io.ipcase.adjudication.casework.AdjudicationMessages.ANSWER_FILED;
import static io.ipcase.adjudication.casework.AdjudicationMessages.REQUEST_SERVED;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.AdjudicationDocuments;
import io.ipcase.adjudication.casework.CaseSteps;
import io.ipcase.adjudication.casework.PartyFiles;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockView;
import io.ipcase.documents.DocumentServed;
import io.ipcase.engine.Procedure;
import io.ipcase.security.AppUser;
import io.ipcase.storage.CaseFile;
import io.ipcase.storage.DocumentKind;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service of the request on the respondent and the answer (Order 81 art. 22): the panel
 * serves the request within 5 working days of acceptance; the answer is due 15 days from
 * the respondent's receipt (30 without a domicile in China); the respondent files it in
 * the portal, and the panel forwards it to the requester within 5 working days. A missing
 * answer does not stop the case.
 */
@Service
public class Answers {

    static final int MAX_ANSWER = 20000;

    private final Cases cases;

    private final CaseSteps steps;

    private final CaseClocks clocks;

    private final Procedure procedure;

    private final PartyFiles files;

    private final AdjudicationDocuments documents;

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final Clock clock;

    Answers(Cases cases, CaseSteps steps, CaseClocks clocks, Procedure procedure, PartyFiles files,
            AdjudicationDocuments documents, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.steps = steps;
        this.clocks = clocks;
        this.procedure = procedure;
        this.files = files;
        this.documents = documents;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The answer notice reached the respondent: the answer period runs from its receipt.
     */
    @EventListener
    void onServed(DocumentServed served) {
        documents.whenServedOnRespondent(served, AdjudicationDocuments.ANSWER_NOTICE, this::requestServed);
    }

    /**
     * The request reached the respondent on {@code servedOn}: the answer period starts
     * (art. 22).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requestServed(UUID caseId, LocalDate servedOn, String actor) {
        boolean domestic = cases.parties(caseId)
            .stream()
            .filter(p -> PartyRecord.RESPONDENT.equals(p.role()))
            .allMatch(PartyRecord::domicileInChina);
        ClockView answer = clocks.start(caseId, ANSWER, domestic ? ANSWER_PERIOD : ANSWER_PERIOD_ABROAD, servedOn,
                actor);
        clocks.stop(caseId, SERVICE, actor);
        audit.record(actor, AdjudicationActions.REQUEST_SERVED, caseId, servedOn.toString());
        procedure.tell(caseId, REQUEST_SERVED, Map.of("answerExpiresAt", answer.deadline().expiryDate()),
                "problem.not-awaiting-service");
    }

    /** The respondent's answer, with its evidence, within the answer period. */
    @Transactional
    public void file(AppUser user, UUID caseId, String answer, List<CaseFile> evidence) {
        CaseRecord c = steps.adjudication(user, caseId);
        steps.respondent(user, c);
        ClockView period = steps.answerPeriod(caseId)
            .orElseThrow(() -> new ConflictException("problem.answer-not-open"));
        if (today().isAfter(period.deadline().lastDay())) {
            throw new ConflictException("problem.answer-period-over", period.deadline().lastDay().toString());
        }
        if (!procedure.awaits(caseId, ANSWER_FILED)) {
            throw new ConflictException("problem.answer-already-filed");
        }
        List<Violation> violations = new ArrayList<>();
        if (answer == null || answer.isBlank()) {
            violations.add(Violation.keyed("answer", "answer.text.required"));
        }
        else if (answer.length() > MAX_ANSWER) {
            violations.add(Violation.keyed("answer", "field.too-long"));
        }
        files.check(violations, evidence);
        jdbc.sql("insert into case_answers (case_id, filed_by, filed_at, answer) values (:id, :by, :at, :answer)")
            .param("id", caseId)
            .param("by", user.getUsername())
            .param("at", OffsetDateTime.now(clock))
            .param("answer", answer.strip())
            .update();
        files.store(caseId, DocumentKind.ANSWER, evidence, user.getUsername());
        audit.record(user.getUsername(), AdjudicationActions.ANSWER_FILED, caseId, String.valueOf(evidence.size()));
        ClockView forwarding = clocks.start(caseId, FORWARDING, FORWARDING_PERIOD, today(), user.getUsername());
        procedure.tell(caseId, ANSWER_FILED, Map.of("forwardingDueAt", forwarding.deadline().dueDate()),
                "problem.answer-already-filed");
    }

    record Extension(@NotNull(message = "{answer.new-last-day.required}") LocalDate newLastDay,
            @Size(max = 5000, message = "{field.too-long}") String reasons) {
    }

    /**
     * Art. 22: the respondent asked for more time, with reasons, and the panel grants it.
     */
    @Transactional
    public void extend(AppUser user, UUID caseId, Extension extension) {
        CaseRecord c = steps.adjudication(user, caseId);
        steps.panel(user, c);
        ClockView period = steps.answerPeriod(caseId)
            .orElseThrow(() -> new ConflictException("problem.answer-not-open"));
        if (!procedure.awaits(caseId, ANSWER_CLOCK_CHANGED)) {
            throw new ConflictException("problem.answer-already-filed");
        }
        if (!extension.newLastDay().isAfter(period.deadline().lastDay())) {
            throw InvalidInputException.of("newLastDay", "answer.extension.later");
        }
        if (extension.reasons() == null || extension.reasons().isBlank()) {
            throw InvalidInputException.of("reasons", "reasons.required");
        }
        // the extension ends on the day granted, even when the period had rolled off a
        // rest day
        clocks.extendUntil(caseId, ANSWER, extension.newLastDay(), user.getUsername(), "PANEL",
                extension.reasons().strip());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

}
