package io.ipcase.adjudication;

import static io.ipcase.adjudication.AdjudicationPeriods.ANSWER;
import static io.ipcase.adjudication.AdjudicationPeriods.ANSWER_PERIOD;
import static io.ipcase.adjudication.AdjudicationPeriods.ANSWER_PERIOD_ABROAD;
import static io.ipcase.adjudication.AdjudicationPeriods.FORWARDING;
import static io.ipcase.adjudication.AdjudicationPeriods.FORWARDING_PERIOD;
import static io.ipcase.adjudication.AdjudicationPeriods.SERVICE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockState;
import io.ipcase.deadlines.ClockView;
import io.ipcase.storage.DocumentKind;
import io.ipcase.storage.Documents;
import io.ipcase.storage.UploadRules;
import io.ipcase.inbox.InboxTask;
import io.ipcase.inbox.TaskForm;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import io.ipcase.storage.CaseFile;
import io.ipcase.engine.Procedure;

/**
 * Service of the request on the respondent and the answer (Order 81 art. 22): the panel serves the
 * request within 5 working days of acceptance; the answer is due 15 days from the respondent's
 * receipt (30 without a domicile in China); the respondent files it in the portal, and the panel
 * forwards it to the requester within 5 working days. A missing answer does not stop the case.
 */
@Service
public class Answers {

    static final int MAX_FILES = 20;

    private final Cases cases;
    private final CaseSteps steps;
    private final CaseClocks clocks;
    private final Procedure procedure;
    private final Documents documents;
    private final UploadRules uploads;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Answers(Cases cases, CaseSteps steps, CaseClocks clocks, Procedure procedure, Documents documents,
            UploadRules uploads, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.steps = steps;
        this.clocks = clocks;
        this.procedure = procedure;
        this.documents = documents;
        this.uploads = uploads;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The request reached the respondent on {@code servedOn}: the answer period starts (art. 22). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requestServed(UUID caseId, LocalDate servedOn, String actor) {
        boolean domestic = cases.parties(caseId).stream()
            .filter(p -> PartyRecord.RESPONDENT.equals(p.role()))
            .allMatch(PartyRecord::domicileInChina);
        ClockView answer = clocks.start(caseId, ANSWER, domestic ? ANSWER_PERIOD : ANSWER_PERIOD_ABROAD, servedOn, actor);
        clocks.stop(caseId, SERVICE, actor);
        audit.record(actor, AdjudicationActions.REQUEST_SERVED, caseId, servedOn.toString());
        procedure.tell(caseId, "RequestServed", Map.of("answerExpiresAt", answer.deadline().expiryDate()),
            "problem.not-awaiting-service");
    }

    /** The respondent's answer, with its evidence, within the answer period. */
    @Transactional
    public void file(AppUser user, UUID caseId, String answer, List<CaseFile> files) {
        CaseRecord c = steps.adjudication(user, caseId);
        steps.respondent(user, c);
        ClockView period = openPeriod(caseId).orElseThrow(() -> new ConflictException("problem.answer-not-open"));
        if (today().isAfter(period.deadline().lastDay())) {
            throw new ConflictException("problem.answer-period-over", period.deadline().lastDay().toString());
        }
        if (!procedure.awaits(caseId, "AnswerFiled")) {
            throw new ConflictException("problem.answer-already-filed");
        }
        List<Violation> violations = new ArrayList<>();
        if (answer == null || answer.isBlank()) {
            violations.add(Violation.keyed("answer", "answer.text.required"));
        } else if (answer.length() > 20000) {
            violations.add(Violation.keyed("answer", "field.too-long"));
        }
        if (files.size() > MAX_FILES) {
            violations.add(Violation.keyed("files", "upload.too-many", MAX_FILES));
        }
        violations.addAll(uploads.check("files", files));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("insert into case_answers (case_id, filed_by, filed_at, answer) values (:id, :by, :at, :answer)")
            .param("id", caseId).param("by", user.getUsername()).param("at", now).param("answer", answer.strip())
            .update();
        for (CaseFile file : files) {
            documents.store(caseId, DocumentKind.ANSWER, file, user.getUsername());
        }
        audit.record(user.getUsername(), AdjudicationActions.ANSWER_FILED, caseId, String.valueOf(files.size()));
        ClockView forwarding = clocks.start(caseId, FORWARDING, FORWARDING_PERIOD, today(), user.getUsername());
        procedure.tell(caseId, "AnswerFiled", Map.of("forwardingDueAt", forwarding.deadline().dueDate()),
            "problem.answer-already-filed");
    }

    record Extension(@NotNull(message = "{answer.new-last-day.required}") LocalDate newLastDay,
                     @Size(max = 5000, message = "{field.too-long}") String reasons) {
    }

    /** Art. 22: the respondent asked for more time, with reasons, and the panel grants it. */
    @Transactional
    public void extend(AppUser user, UUID caseId, Extension extension) {
        CaseRecord c = steps.adjudication(user, caseId);
        steps.panel(user, c);
        ClockView period = openPeriod(caseId).orElseThrow(() -> new ConflictException("problem.answer-not-open"));
        if (!procedure.awaits(caseId, "AnswerClockChanged")) {
            throw new ConflictException("problem.answer-already-filed");
        }
        if (!extension.newLastDay().isAfter(period.deadline().lastDay())) {
            throw InvalidInputException.of("newLastDay", "answer.extension.later");
        }
        if (extension.reasons() == null || extension.reasons().isBlank()) {
            throw InvalidInputException.of("reasons", "reasons.required");
        }
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(period.deadline().lastDay(), extension.newLastDay());
        clocks.extend(caseId, ANSWER, io.ipcase.deadlines.Period.calendarDays(days), user.getUsername(), "PANEL",
            extension.reasons().strip());
    }

    /** The answer period, once the request has been served. */
    public Optional<ClockView> openPeriod(UUID caseId) {
        return clocks.find(caseId, ANSWER).filter(p -> p.state() != ClockState.STOPPED);
    }

    /** Order 81 art. 9: within the answer period, whether or not the answer has been filed. */
    boolean withinAnswerPeriod(UUID caseId) {
        return openPeriod(caseId).map(p -> !today().isAfter(p.deadline().lastDay())).orElse(false);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
