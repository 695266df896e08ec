package io.ipcase.injunction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.ipcase.adjudication.DecisionOutcomes;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseFiled;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseSummary;
import io.ipcase.cases.CaseType;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockView;
import io.ipcase.deadlines.Period;
import io.ipcase.documents.DocumentServed;
import io.ipcase.documents.OfficialDocuments;
import io.ipcase.documents.OfficialDocuments.ServiceRecord;
import io.ipcase.engine.Procedure;
import io.ipcase.injunction.steps.InjunctionActions;
import io.ipcase.injunction.steps.InjunctionClocks;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What happens elsewhere that moves an injunction, each in the transaction that caused
 * it: its service on the respondent, an adjudication request for the same dispute (the
 * link, both ways), and that adjudication's close (its decision served, or its end
 * without one).
 */
@Component
class InjunctionEvents {

    static final String DECISION_TEMPLATE = "injunction-decision";

    private static final String ADJUDICATION_PROCESS = "infringement-adjudication";

    /** The adjudication's model closes the case when its decision has been served. */
    private static final String ADJUDICATION_DECISION_SERVED = "EndEvent_DecisionServed";

    private final Cases cases;

    private final OfficialDocuments documents;

    private final DecisionOutcomes decisions;

    private final CaseClocks clocks;

    private final Procedure procedure;

    private final RuntimeService runtime;

    private final InjunctionSettings settings;

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final Clock clock;

    InjunctionEvents(Cases cases, OfficialDocuments documents, DecisionOutcomes decisions, CaseClocks clocks,
            Procedure procedure, RuntimeService runtime, InjunctionSettings settings, JdbcClient jdbc, AuditTrail audit,
            Clock clock) {
        this.cases = cases;
        this.documents = documents;
        this.decisions = decisions;
        this.clocks = clocks;
        this.procedure = procedure;
        this.runtime = runtime;
        this.settings = settings;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    record Served(LocalDate approvedOn, UUID adjudicationCaseId) {
    }

    /**
     * The injunction has reached the respondent: it binds from now, the respondent's
     * account sees the case, and unless an adjudication was requested already the lapse
     * period runs from its issue.
     */
    @EventListener
    void onDocumentServed(DocumentServed served) {
        if (!DECISION_TEMPLATE.equals(served.templateKey()) || !PartyRecord.RESPONDENT.equals(served.addresseeRole())) {
            return;
        }
        UUID caseId = served.caseId();
        String actor = documents.find(caseId, served.documentId())
            .orElseThrow()
            .services()
            .stream()
            .filter(s -> s.partyRole().equals(served.addresseeRole()))
            .map(ServiceRecord::recordedBy)
            .findFirst()
            .orElseThrow();
        Served row = jdbc.sql("select approved_at, adjudication_case_id from injunctions where case_id = :id")
            .param("id", caseId)
            .query((rs, i) -> new Served(
                    rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(clock.getZone()).toLocalDate(),
                    rs.getObject(2, UUID.class)))
            .single();
        jdbc.sql("update injunctions set served_on = :on where case_id = :id")
            .param("on", served.servedOn())
            .param("id", caseId)
            .update();
        cases.markAddressed(caseId, PartyRecord.RESPONDENT, OffsetDateTime.now(clock));
        Map<String, Object> variables = new HashMap<>();
        if (row.adjudicationCaseId() == null) {
            ClockView lapse = clocks.start(caseId, InjunctionClocks.LAPSE, Period.calendarDays(settings.lapseDays()),
                    row.approvedOn(), actor);
            variables.put("lapseExpiresAt", lapse.deadline().expiryDate());
        }
        audit.record(actor, InjunctionActions.INJUNCTION_SERVED, caseId, served.servedOn().toString());
        procedure.tell(caseId, "InjunctionServed", variables, "problem.injunction-not-awaiting-service");
    }

    /**
     * An adjudication request for the dispute an injunction was issued on (same office,
     * patent, requester and respondent) links the two, and keeps the injunction from
     * lapsing; it follows every injunction of that dispute still awaiting one.
     */
    @EventListener
    void onCaseFiled(CaseFiled filed) {
        if (filed.type() != CaseType.INFRINGEMENT_ADJUDICATION) {
            return;
        }
        CaseRecord adjudication = cases.findUnchecked(filed.caseId()).orElseThrow();
        List<PartyRecord> parties = cases.parties(filed.caseId());
        Optional<PartyRecord> requester = parties.stream()
            .filter(p -> PartyRecord.REQUESTER.equals(p.role()))
            .findFirst();
        Optional<PartyRecord> respondent = parties.stream()
            .filter(p -> PartyRecord.RESPONDENT.equals(p.role()))
            .findFirst();
        if (requester.isEmpty() || respondent.isEmpty() || requester.get().idNumber() == null) {
            return;
        }
        List<UUID> candidates = sameDispute(adjudication, requester.get().idNumber(), respondent.get().name());
        for (UUID injunctionId : candidates) {
            CaseRecord injunction = cases.findUnchecked(injunctionId).orElseThrow();
            boolean awaiting = procedure.awaits(injunctionId, "AdjudicationRequested");
            boolean beforeService = injunction.processInstanceId() != null
                    && runtime.createProcessInstanceQuery()
                        .processInstanceId(injunction.processInstanceId())
                        .count() > 0
                    && !"INJUNCTION_LIFTING".equals(injunction.stage())
                    && !"INJUNCTION_IN_FORCE".equals(injunction.stage());
            if (!awaiting && !beforeService) {
                continue;
            }
            jdbc.sql("update injunctions set adjudication_case_id = :a, linked_at = :at where case_id = :id")
                .param("a", filed.caseId())
                .param("at", OffsetDateTime.now(clock))
                .param("id", injunctionId)
                .update();
            audit.record(filed.filedBy(), InjunctionActions.INJUNCTION_LINKED, injunctionId, filed.caseId().toString());
            if (awaiting) {
                clocks.find(injunctionId, InjunctionClocks.LAPSE)
                    .ifPresent(v -> clocks.stop(injunctionId, InjunctionClocks.LAPSE, filed.filedBy()));
                procedure.tell(injunctionId, "AdjudicationRequested",
                        Map.of("adjudicationCaseId", filed.caseId().toString()), "problem.injunction-not-in-force");
            }
            else {
                runtime.setVariable(injunction.processInstanceId(), "adjudicationLinked", true);
            }
        }
    }

    /**
     * The injunctions not yet linked nor lifted of the same office, patent, requester (by
     * identity number) and respondent (by name), oldest first.
     */
    private List<UUID> sameDispute(CaseRecord adjudication, String requesterId, String respondentName) {
        List<UUID> unlinked = jdbc
            .sql("select case_id from injunctions where adjudication_case_id is null and lifted_at is null")
            .query(UUID.class)
            .list();
        return cases.summaries(unlinked)
            .values()
            .stream()
            .filter(c -> c.officeId().equals(adjudication.officeId()) && c.patentNumber() != null
                    && c.patentNumber().equals(adjudication.patentNumber()))
            .filter(c -> cases.parties(c.id())
                .stream()
                .anyMatch(p -> PartyRecord.REQUESTER.equals(p.role()) && requesterId.equals(p.idNumber())))
            .filter(c -> cases.parties(c.id())
                .stream()
                .anyMatch(p -> PartyRecord.RESPONDENT.equals(p.role()) && respondentName.equals(p.name())))
            .sorted(Comparator.comparing(CaseSummary::filedAt))
            .map(CaseSummary::id)
            .toList();
    }

    /** The adjudication's decision has been served: the case it leads to is closed. */
    @EventListener
    void onAdjudicationStep(HistoricActivityInstanceEventEntity event) {
        if (!HistoryEventTypes.ACTIVITY_INSTANCE_START.getEventName().equals(event.getEventType())
                || !ADJUDICATION_DECISION_SERVED.equals(event.getActivityId())
                || !ADJUDICATION_PROCESS.equals(event.getProcessDefinitionKey())) {
            return;
        }
        cases.findByProcessInstance(event.getProcessInstanceId())
            .map(CaseRecord::id)
            .ifPresent(this::adjudicationClosed);
    }

    /**
     * The adjudication ended some other way (refused, withdrawn, settled): nothing keeps
     * the injunction.
     */
    @EventListener
    void onAdjudicationEnded(HistoricProcessInstanceEventEntity event) {
        if (!HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(event.getEventType())
                || !ADJUDICATION_PROCESS.equals(event.getProcessDefinitionKey()) || event.getBusinessKey() == null) {
            return;
        }
        adjudicationClosed(UUID.fromString(event.getBusinessKey()));
    }

    private void adjudicationClosed(UUID adjudicationCaseId) {
        List<UUID> linked = jdbc.sql("select case_id from injunctions where adjudication_case_id = :id")
            .param("id", adjudicationCaseId)
            .query(UUID.class)
            .list();
        for (UUID injunctionId : linked) {
            if (!procedure.awaits(injunctionId, "AdjudicationClosed")) {
                continue;
            }
            Optional<DecisionOutcomes.Outcome> outcome = decisions.served(adjudicationCaseId);
            boolean found = outcome.filter(o -> o == DecisionOutcomes.Outcome.INFRINGEMENT_FOUND).isPresent();
            Map<String, Object> variables = new HashMap<>();
            variables.put("infringementFound", found);
            variables.put("liftReason", found ? null : outcome.isPresent() ? "NO_INFRINGEMENT" : "ADJUDICATION_ENDED");
            procedure.tellIfWaiting(injunctionId, "AdjudicationClosed", variables);
        }
    }

}
