package io.ipcase.injunction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.ipcase.engine.Procedure;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseFiled;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseType;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockView;
import io.ipcase.deadlines.Period;
import io.ipcase.documents.DocumentServed;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What happens elsewhere that moves an injunction, each in the transaction that caused it: its
 * service on the respondent, an adjudication request for the same dispute (the link, both ways),
 * and that adjudication's close (its decision served, or its end without one).
 */
@Component
class InjunctionEvents {

    static final String DECISION_TEMPLATE = "injunction-decision";
    private static final String ADJUDICATION_PROCESS = "infringement-adjudication";
    /** The adjudication's model closes the case when its decision has been served. */
    private static final String ADJUDICATION_DECISION_SERVED = "EndEvent_DecisionServed";

    private final Cases cases;
    private final CaseClocks clocks;
    private final Procedure procedure;
    private final RuntimeService runtime;
    private final InjunctionSettings settings;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    InjunctionEvents(Cases cases, CaseClocks clocks, Procedure procedure, RuntimeService runtime,
                     InjunctionSettings settings, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.cases = cases;
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
     * The injunction has reached the respondent: it binds from now, the respondent's account sees the
     * case, and unless an adjudication was requested already the lapse period runs from its issue.
     */
    @EventListener
    void onDocumentServed(DocumentServed served) {
        if (!DECISION_TEMPLATE.equals(served.templateKey()) || !PartyRecord.RESPONDENT.equals(served.addresseeRole())) {
            return;
        }
        UUID caseId = served.caseId();
        String actor = jdbc.sql("""
                select recorded_by from document_services where document_id = :doc and party_role = :role""")
            .param("doc", served.documentId()).param("role", served.addresseeRole()).query(String.class).single();
        Served row = jdbc.sql("select approved_at, adjudication_case_id from injunctions where case_id = :id")
            .param("id", caseId)
            .query((rs, i) -> new Served(rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(clock.getZone())
                .toLocalDate(), rs.getObject(2, UUID.class)))
            .single();
        jdbc.sql("update injunctions set served_on = :on where case_id = :id")
            .param("on", served.servedOn()).param("id", caseId).update();
        cases.markAddressed(caseId, PartyRecord.RESPONDENT, OffsetDateTime.now(clock));
        Map<String, Object> variables = new HashMap<>();
        if (row.adjudicationCaseId() == null) {
            ClockView lapse = clocks.start(caseId, Injunctions.LAPSE, Period.calendarDays(settings.lapseDays()),
                row.approvedOn(), actor);
            variables.put("lapseExpiresAt", lapse.deadline().expiryDate());
        }
        audit.record(actor, InjunctionActions.INJUNCTION_SERVED, caseId, served.servedOn().toString());
        procedure.tell(caseId, "InjunctionServed", variables, "problem.injunction-not-awaiting-service");
    }

    /**
     * An adjudication request for the dispute an injunction was issued on (same office, patent,
     * requester and respondent) links the two, and keeps the injunction from lapsing; it follows
     * every injunction of that dispute still awaiting one.
     */
    @EventListener
    void onCaseFiled(CaseFiled filed) {
        if (filed.type() != CaseType.INFRINGEMENT_ADJUDICATION) {
            return;
        }
        CaseRecord adjudication = cases.findUnchecked(filed.caseId()).orElseThrow();
        List<PartyRecord> parties = cases.parties(filed.caseId());
        Optional<PartyRecord> requester = parties.stream().filter(p -> PartyRecord.REQUESTER.equals(p.role())).findFirst();
        Optional<PartyRecord> respondent = parties.stream().filter(p -> PartyRecord.RESPONDENT.equals(p.role())).findFirst();
        if (requester.isEmpty() || respondent.isEmpty() || requester.get().idNumber() == null) {
            return;
        }
        List<UUID> candidates = jdbc.sql("""
                select i.case_id from injunctions i
                join cases c on c.id = i.case_id
                join case_parties rq on rq.case_id = c.id and rq.party_role = 'REQUESTER'
                join case_parties rs on rs.case_id = c.id and rs.party_role = 'RESPONDENT'
                where i.adjudication_case_id is null and i.lifted_at is null and c.office_id = :office
                    and c.patent_number = :patent and rq.id_number = :requesterId and rs.name = :respondentName
                order by c.filed_at""")
            .param("office", adjudication.officeId()).param("patent", adjudication.patentNumber())
            .param("requesterId", requester.get().idNumber()).param("respondentName", respondent.get().name())
            .query(UUID.class).list();
        for (UUID injunctionId : candidates) {
            CaseRecord injunction = cases.findUnchecked(injunctionId).orElseThrow();
            boolean awaiting = procedure.awaits(injunctionId, "AdjudicationRequested");
            boolean beforeService = injunction.processInstanceId() != null
                && runtime.createProcessInstanceQuery().processInstanceId(injunction.processInstanceId()).count() > 0
                && !"INJUNCTION_LIFTING".equals(injunction.stage()) && !"INJUNCTION_IN_FORCE".equals(injunction.stage());
            if (!awaiting && !beforeService) {
                continue;
            }
            jdbc.sql("update injunctions set adjudication_case_id = :a, linked_at = :at where case_id = :id")
                .param("a", filed.caseId()).param("at", OffsetDateTime.now(clock)).param("id", injunctionId).update();
            audit.record(filed.filedBy(), InjunctionActions.INJUNCTION_LINKED, injunctionId, filed.caseId().toString());
            if (awaiting) {
                clocks.find(injunctionId, Injunctions.LAPSE).ifPresent(v -> clocks.stop(injunctionId, Injunctions.LAPSE,
                    filed.filedBy()));
                procedure.tell(injunctionId, "AdjudicationRequested", Map.of("adjudicationCaseId", filed.caseId().toString()),
                    "problem.injunction-not-in-force");
            } else {
                runtime.setVariable(injunction.processInstanceId(), "adjudicationLinked", true);
            }
        }
    }

    /** The adjudication's decision has been served: the case it leads to is closed. */
    @EventListener
    void onAdjudicationStep(HistoricActivityInstanceEventEntity event) {
        if (!HistoryEventTypes.ACTIVITY_INSTANCE_START.getEventName().equals(event.getEventType())
            || !ADJUDICATION_DECISION_SERVED.equals(event.getActivityId())
            || !ADJUDICATION_PROCESS.equals(event.getProcessDefinitionKey())) {
            return;
        }
        jdbc.sql("select id from cases where process_instance_id = :pi")
            .param("pi", event.getProcessInstanceId()).query(UUID.class).optional()
            .ifPresent(this::adjudicationClosed);
    }

    /** The adjudication ended some other way (refused, withdrawn, settled): nothing keeps the injunction. */
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
            .param("id", adjudicationCaseId).query(UUID.class).list();
        for (UUID injunctionId : linked) {
            if (!procedure.awaits(injunctionId, "AdjudicationClosed")) {
                continue;
            }
            Optional<String> outcome = jdbc.sql("""
                    select outcome from adjudication_decisions
                    where case_id = :id and approval = 'APPROVE' and served_on is not null order by approved_at desc""")
                .param("id", adjudicationCaseId).query(String.class).list().stream().findFirst();
            boolean found = outcome.filter("INFRINGEMENT_FOUND"::equals).isPresent();
            Map<String, Object> variables = new HashMap<>();
            variables.put("infringementFound", found);
            variables.put("liftReason", found ? null : outcome.isPresent() ? "NO_INFRINGEMENT" : "ADJUDICATION_ENDED");
            procedure.tellIfWaiting(injunctionId, "AdjudicationClosed", variables);
        }
    }
}
