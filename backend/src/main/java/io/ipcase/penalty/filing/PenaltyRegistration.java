package io.ipcase.penalty.filing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseFiling;
import io.ipcase.cases.CaseFiling.FiledCase;
import io.ipcase.cases.CaseFiling.OpenedCase;
import io.ipcase.cases.CaseType;
import io.ipcase.cases.Cases;
import io.ipcase.cases.IdentityNumbers;
import io.ipcase.cases.PartyKind;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.ClockView;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.penalty.LeadSource;
import io.ipcase.penalty.PenaltyAudit;
import io.ipcase.penalty.PenaltyClocks;
import io.ipcase.penalty.PenaltyDocuments;
import io.ipcase.penalty.PenaltyProcedure;
import io.ipcase.penalty.PenaltySettings;
import io.ipcase.penalty.report.PenaltyReports;
import io.ipcase.security.AppUser;
import io.ipcase.security.StaffDirectory;
import io.ipcase.storage.CaseFile;
import io.ipcase.storage.DocumentKind;
import io.ipcase.storage.Documents;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import io.ipcase.web.Validation;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a lead as a case for the filing decision: the case with its number and party,
 * the handlers, the filing period's clock counted from discovery or receipt, and the
 * model, in one transaction. A report taken up leaves the office's list of reports and
 * gives the case its files.
 */
@Service
class PenaltyRegistration {

    static final String PROCESS_KEY = "counterfeit-penalty";
    static final int MIN_HANDLERS = 2;

    private final JdbcClient jdbc;

    private final Validation validation;

    private final StaffDirectory staff;

    private final CaseFiling filing;

    private final Cases cases;

    private final PenaltyReports reports;

    private final Documents documents;

    private final PenaltyClocks clocks;

    private final PenaltySettings settings;

    private final Deadlines deadlines;

    private final RuntimeService runtime;

    private final AuditTrail audit;

    private final PenaltyDocuments penaltyDocuments;

    PenaltyRegistration(JdbcClient jdbc, Validation validation, StaffDirectory staff, CaseFiling filing, Cases cases,
            PenaltyReports reports, Documents documents, PenaltyClocks clocks, PenaltySettings settings,
            Deadlines deadlines, RuntimeService runtime, AuditTrail audit, PenaltyDocuments penaltyDocuments) {
        this.jdbc = jdbc;
        this.validation = validation;
        this.staff = staff;
        this.filing = filing;
        this.cases = cases;
        this.reports = reports;
        this.documents = documents;
        this.clocks = clocks;
        this.settings = settings;
        this.deadlines = deadlines;
        this.runtime = runtime;
        this.audit = audit;
        this.penaltyDocuments = penaltyDocuments;
    }

    @Transactional
    public FiledCase register(AppUser officer, NewPenaltyCase lead) {
        List<Violation> violations = new ArrayList<>(validation.violationsOf(lead));
        PenaltyReports.ReportDetail report = null;
        if (lead.source() == LeadSource.REPORT) {
            if (lead.reportId() == null) {
                violations.add(Violation.keyed("reportId", "penalty.report-id.required"));
            }
            else {
                report = reports.detail(officer, lead.reportId());
            }
        }
        else if (lead.source() != null) {
            if (lead.discoveredOn() == null) {
                violations.add(Violation.keyed("discoveredOn", "penalty.discovered-on.required"));
            }
            else if (lead.discoveredOn().isAfter(deadlines.today())) {
                violations.add(Violation.keyed("discoveredOn", "penalty.discovered-on.future"));
            }
            if (lead.source() == LeadSource.REFERRAL && blank(lead.sourceReference())) {
                violations.add(Violation.keyed("sourceReference", "penalty.source-reference.required"));
            }
        }
        if (lead.party() != null && !blank(lead.party().idNumber()) && lead.party().kind() != null) {
            String id = lead.party().idNumber().strip();
            boolean valid = lead.party().kind() == PartyKind.PERSON ? IdentityNumbers.isResidentId(id)
                    : IdentityNumbers.isUnifiedSocialCreditCode(id);
            if (!valid) {
                violations.add(Violation.keyed("party.idNumber", lead.party().kind() == PartyKind.PERSON
                        ? "party.resident-id.invalid" : "party.credit-code.invalid"));
            }
        }
        checkLimitation(lead, report != null ? report.receivedOn() : lead.discoveredOn(), violations);
        Set<String> handlers = checkHandlers(officer, lead, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }

        LocalDate trigger = report != null ? report.receivedOn() : lead.discoveredOn();
        String facts = lead.suspectedAct().strip();
        NewPenaltyCase.Party party = lead.party();
        FiledCase filed = filing.open(
                new OpenedCase(CaseType.COUNTERFEIT_PENALTY, officer.officeId(), trigger, "FILING_REVIEW", facts,
                        List.of(new OpenedCase.Party(PartyRecord.PARTY, party.kind(), party.name().strip(),
                                blank(party.idNumber()) ? null : party.idNumber().strip().toUpperCase(),
                                party.address().strip(), blank(party.contact()) ? null : party.contact().strip()))),
                officer.getUsername());
        PenaltyProcedure procedure = settings.procedure();
        jdbc.sql("""
                insert into penalty_cases (case_id, procedure_rules, source, source_reference, discovered_on, report_id,
                    lead_handler, suspected_act, act_ended_on, act_continuing, safety_harm)
                values (:case, :procedure, :source, :ref, :discovered, :report, :lead, :act, :ended, :continuing,
                    :harm)""")
            .param("case", filed.id())
            .param("procedure", procedure.name())
            .param("source", lead.source().name())
            .param("ref", blank(lead.sourceReference()) ? null : lead.sourceReference().strip())
            .param("discovered", trigger)
            .param("report", report == null ? null : report.id())
            .param("lead", lead.leadHandler())
            .param("act", facts)
            .param("ended", continuing(lead) ? null : lead.actEndedOn())
            .param("continuing", continuing(lead))
            .param("harm", Boolean.TRUE.equals(lead.safetyHarm()))
            .update();
        for (String handler : handlers) {
            jdbc.sql("insert into penalty_handlers (case_id, username, lead) values (:case, :u, :lead)")
                .param("case", filed.id())
                .param("u", handler)
                .param("lead", handler.equals(lead.leadHandler()))
                .update();
        }
        if (report != null) {
            reports.register(officer, report.id(), filed.id());
            for (CaseFile file : reports.files(report.id())) {
                documents.store(filed.id(), DocumentKind.REPORT, file, officer.getUsername());
            }
        }
        ClockView filingClock = clocks.startFiling(filed.id(), procedure, lead.source(), trigger,
                officer.getUsername());
        Map<String, Object> vars = new HashMap<>();
        vars.put("officeId", officer.officeId());
        vars.put("leadHandler", lead.leadHandler());
        vars.put("filingDueAt", filingClock.deadline().dueDate());
        vars.put("statementMade", false);
        vars.put("hearingHeld", false);
        vars.put("heavyCase", false);
        vars.put("challengePending", false);
        ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, filed.id().toString(), vars);
        cases.attachProcessInstance(filed.id(), instance.getId());
        audit.record(officer.getUsername(), PenaltyAudit.CASE_REGISTERED, filed.id(),
                lead.source().name() + " " + String.join(",", handlers));
        penaltyDocuments.toAuthority(filed.id(), PenaltyDocuments.FILING_APPROVAL, "本局负责人", Map.of(),
                officer.getUsername());
        return filed;
    }

    /**
     * Admin. Penalty Law art. 36: no case is filed for an act discovered more than 2
     * years (5 where life, health or financial security was harmed) after it was
     * committed or, continuing, ended.
     */
    private void checkLimitation(NewPenaltyCase lead, LocalDate discovered, List<Violation> violations) {
        if (continuing(lead)) {
            return;
        }
        if (lead.actEndedOn() == null) {
            violations.add(Violation.keyed("actEndedOn", "penalty.act-ended-on.required"));
            return;
        }
        if (lead.actEndedOn().isAfter(deadlines.today())
                || (discovered != null && lead.actEndedOn().isAfter(discovered))) {
            violations.add(Violation.keyed("actEndedOn", "penalty.act-ended-on.after-discovery"));
            return;
        }
        LocalDate lastDay = Limitation.lastDay(lead.actEndedOn(), false, Boolean.TRUE.equals(lead.safetyHarm()));
        if (discovered != null && discovered.isAfter(lastDay)) {
            violations.add(Violation.keyed("actEndedOn", Boolean.TRUE.equals(lead.safetyHarm())
                    ? "penalty.limitation.expired-safety" : "penalty.limitation.expired", lastDay));
        }
    }

    private static boolean continuing(NewPenaltyCase lead) {
        return Boolean.TRUE.equals(lead.actContinuing());
    }

    /**
     * Two or more distinct officers of the registering officer's office, the lead among
     * them.
     */
    private Set<String> checkHandlers(AppUser officer, NewPenaltyCase lead, List<Violation> violations) {
        Set<String> handlers = new LinkedHashSet<>();
        if (lead.handlers() == null) {
            return handlers;
        }
        lead.handlers().stream().filter(h -> !blank(h)).map(String::strip).forEach(handlers::add);
        if (handlers.size() < MIN_HANDLERS) {
            violations.add(Violation.keyed("handlers", "penalty.handlers.too-few", MIN_HANDLERS));
        }
        for (String h : handlers) {
            if (!officerOf(officer.officeId(), h)) {
                violations.add(Violation.keyed("handlers", "penalty.handlers.not-officer", h));
            }
        }
        if (lead.leadHandler() != null && !handlers.contains(lead.leadHandler())) {
            violations.add(Violation.keyed("leadHandler", "penalty.lead-handler.not-handler"));
        }
        return handlers;
    }

    /** An officer or supervisor of the office, enabled. */
    private boolean officerOf(String officeId, String username) {
        return staff.find(username).filter(u -> u.officeId().equals(officeId)).isPresent();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
