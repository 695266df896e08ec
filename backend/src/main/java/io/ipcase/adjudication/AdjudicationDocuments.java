package io.ipcase.adjudication;

import static io.ipcase.adjudication.AdjudicationPeriods.ANSWER_PERIOD;
import static io.ipcase.adjudication.AdjudicationPeriods.ANSWER_PERIOD_ABROAD;
import static io.ipcase.adjudication.AdjudicationPeriods.REMINDER_PERIOD;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.documents.Addressee;
import io.ipcase.documents.DocumentServed;
import io.ipcase.documents.OfficialDocuments;
import io.ipcase.documents.ServiceMethod;
import io.ipcase.security.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * The adjudication's official documents. Those that start a period when they are served:
 * the answer notice (答辩通知书, the answer period from its receipt, Order 81 art. 22), the
 * decision (行政裁决书, the 15-day window from its receipt, art. 80) and the written reminder
 * (催告书, 10 working days from its receipt, Administrative Compulsion Law art. 54). A party
 * with a portal account is served electronically, and its first opening of the document
 * is the service; any other service the officer records from the receipt. Either way the
 * service, its period and the procedure's event commit together: each stage listens for
 * the {@link DocumentServed} of its own documents ({@link #whenServedOnRespondent}). The
 * others record a step and go to every party: the hearing notice (口头审理通知书, whose receipt
 * must come 3 working days before the hearing, art. 26), the suspension and resumption
 * notices (art. 28), the withdrawal decision (撤销案件决定书, art. 36) and, for the mediation,
 * its agreement (调解协议书, art. 35, 69).
 */
@Component
public class AdjudicationDocuments {

    public static final String ANSWER_NOTICE = "answer-notice";

    public static final String DECISION = "decision";

    public static final String REMINDER = "reminder";

    public static final String HEARING_NOTICE = "hearing-notice";

    public static final String EVIDENCE_NOTICE = "evidence-notice";

    public static final String SUSPENSION_NOTICE = "suspension-notice";

    public static final String RESUMPTION_NOTICE = "resumption-notice";

    public static final String WITHDRAWAL_DECISION = "withdrawal-decision";

    private final OfficialDocuments documents;

    private final Cases cases;

    private final StaffDirectory accounts;

    AdjudicationDocuments(OfficialDocuments documents, Cases cases, StaffDirectory accounts) {
        this.documents = documents;
        this.cases = cases;
        this.accounts = accounts;
    }

    /** The request's copy and the answer notice, to the respondent (Order 81 art. 22). */
    public void issueAnswerNotice(UUID caseId, String actor) {
        PartyRecord respondent = respondent(caseId);
        int days = (respondent.domicileInChina() ? ANSWER_PERIOD : ANSWER_PERIOD_ABROAD).amount();
        documents.issue(caseId, ANSWER_NOTICE, Map.of("answerDays", days),
                Addressee.party(respondent, methodFor(respondent)), actor);
    }

    /**
     * The evidence period of {@code days} from each party's receipt, to every party
     * (Order 81 art. 54); {@code measures} in words.
     */
    public void issueEvidenceNotice(UUID caseId, int days, List<String> measures, boolean evaluationReportRequired,
            String actor) {
        documents.issue(caseId, EVIDENCE_NOTICE, Map.of("evidenceDays", days, "measures", measures,
                "evaluationReportRequired", evaluationReportRequired), toAllParties(caseId), actor);
    }

    /**
     * Whether every party of the case has been served the case's latest document of this
     * template; empty while one has not, else the day the last of them was.
     */
    public Optional<LocalDate> servedOnEveryParty(UUID caseId, String templateKey) {
        Optional<OfficialDocuments.OfficialDocumentView> latest = documents.latest(caseId, templateKey);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        LocalDate last = null;
        for (String role : cases.parties(caseId).stream().map(PartyRecord::role).distinct().toList()) {
            Optional<LocalDate> served = latest.get()
                .services()
                .stream()
                .filter(service -> service.partyRole().equals(role))
                .map(OfficialDocuments.ServiceRecord::servedOn)
                .findFirst();
            if (served.isEmpty()) {
                return Optional.empty();
            }
            last = last == null || served.get().isAfter(last) ? served.get() : last;
        }
        return Optional.ofNullable(last);
    }

    /**
     * The hearing's time and place, to every party (Order 81 art. 26); {@code room} is
     * null online.
     */
    public void issueHearingNotice(UUID caseId, LocalDate day, LocalTime time, String room, boolean publicHearing,
            String actor) {
        Map<String, Object> model = new HashMap<>();
        model.put("hearingDay", day);
        model.put("hearingTime", time.toString());
        model.put("room", room);
        model.put("online", room == null);
        model.put("publicHearing", publicHearing);
        model.put("noticeWorkingDays", AdjudicationPeriods.HEARING_NOTICE_WORKING_DAYS);
        documents.issue(caseId, HEARING_NOTICE, model, toAllParties(caseId), actor);
    }

    /** The case is suspended on this ground (Order 81 art. 28), to every party. */
    public void issueSuspensionNotice(UUID caseId, String ground, String details, String reasons, String actor) {
        documents.issue(caseId, SUSPENSION_NOTICE, Map.of("ground", ground, "details", details, "reasons", reasons),
                toAllParties(caseId), actor);
    }

    /**
     * The case goes on after its suspension of {@code suspendedOn} (Order 81 art. 28), to
     * every party.
     */
    public void issueResumptionNotice(UUID caseId, LocalDate suspendedOn, String note, String actor) {
        documents.issue(caseId, RESUMPTION_NOTICE, Map.of("suspendedOn", suspendedOn, "note", note),
                toAllParties(caseId), actor);
    }

    /**
     * The case closes without a decision on the merits (Order 81 art. 36), to every
     * party. {@code ground} names a ground of withdrawal, or is {@code MEDIATION_FAILED}
     * for a mediation of its own that ends without agreement (art. 69).
     */
    public void issueWithdrawalDecision(UUID caseId, String ground, String reasons, String transferTo, String actor) {
        Map<String, Object> model = new HashMap<>();
        model.put("ground", ground);
        model.put("reasons", reasons == null || reasons.isBlank() ? null : reasons.strip());
        model.put("transferTo", transferTo);
        documents.issue(caseId, WITHDRAWAL_DECISION, model, toAllParties(caseId), actor);
    }

    /**
     * A document of another procedure on the case (a mediation's session notice), to
     * every party as this procedure's documents go.
     */
    public void issueToAllParties(UUID caseId, String templateKey, Map<String, ?> model, String actor) {
        documents.issue(caseId, templateKey, model, toAllParties(caseId), actor);
    }

    /** Every party: electronically when all have a portal account, by post otherwise. */
    public Addressee toAllParties(UUID caseId) {
        boolean allOnline = cases.parties(caseId).stream().allMatch(p -> methodFor(p) == ServiceMethod.ELECTRONIC);
        return Addressee.allParties(allOnline ? ServiceMethod.ELECTRONIC : ServiceMethod.POSTAL);
    }

    /** The approved decision, to every party (Order 81 art. 76). */
    public void issueDecision(UUID caseId, boolean found, List<String> stopMeasures, String stopScope, String reasoning,
            String actor) {
        Map<String, Object> model = new HashMap<>();
        model.put("found", found);
        model.put("stopMeasures", stopMeasures);
        model.put("stopScope", stopScope == null || stopScope.isBlank() ? null : stopScope.strip());
        model.put("reasoning", reasoning.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        documents.issue(caseId, DECISION, model, toAllParties(caseId), actor);
    }

    /** The written reminder, to the infringer (Administrative Compulsion Law art. 54). */
    public void issueReminder(UUID caseId, LocalDate decisionServedOn, String actor) {
        PartyRecord respondent = respondent(caseId);
        documents.issue(caseId, REMINDER,
                Map.of("decisionServedOn", decisionServedOn, "reminderWorkingDays", REMINDER_PERIOD.amount()),
                Addressee.party(respondent, methodFor(respondent)), actor);
    }

    /**
     * What runs from the respondent's receipt of a document: the answer period, the
     * window to sue, the reminder's.
     */
    @FunctionalInterface
    public interface Receipt {

        void start(UUID caseId, LocalDate receivedOn, String recordedBy);

    }

    /**
     * Starts what runs from the respondent's receipt when the service is of this document
     * on the respondent, in the name of whoever recorded it.
     */
    public void whenServedOnRespondent(DocumentServed served, String templateKey, Receipt receipt) {
        if (templateKey.equals(served.templateKey()) && PartyRecord.RESPONDENT.equals(served.addresseeRole())) {
            receipt.start(served.caseId(), served.servedOn(), recordedBy(served));
        }
    }

    /**
     * Whether the service is of the case's latest document of its template (a hearing
     * notice since replaced is not).
     */
    public boolean latest(DocumentServed served) {
        return documents.latest(served.caseId(), served.templateKey())
            .map(latest -> latest.id().equals(served.documentId()))
            .orElse(false);
    }

    /**
     * When the case's latest document of this template was served on the party of this
     * role; empty while it is not.
     */
    public Optional<LocalDate> servedOn(UUID caseId, String templateKey, String partyRole) {
        return documents.latest(caseId, templateKey)
            .flatMap(document -> document.services()
                .stream()
                .filter(service -> service.partyRole().equals(partyRole))
                .map(OfficialDocuments.ServiceRecord::servedOn)
                .findFirst());
    }

    /**
     * Who recorded the service: the officer with the receipt, or the party who opened the
     * document.
     */
    public String recordedBy(DocumentServed served) {
        return documents.find(served.caseId(), served.documentId())
            .orElseThrow()
            .services()
            .stream()
            .filter(service -> service.partyRole().equals(served.addresseeRole()))
            .findFirst()
            .orElseThrow()
            .recordedBy();
    }

    private PartyRecord respondent(UUID caseId) {
        return cases.parties(caseId)
            .stream()
            .filter(p -> PartyRecord.RESPONDENT.equals(p.role()))
            .findFirst()
            .orElseThrow();
    }

    /**
     * Electronically to a party with a portal account (the requester filed online; a
     * respondent's is linked).
     */
    private ServiceMethod methodFor(PartyRecord party) {
        if (party.username() != null) {
            return ServiceMethod.ELECTRONIC;
        }
        boolean linked = party.idNumber() != null && PartyRecord.RESPONDENT.equals(party.role())
                && accounts.hasAccountWithIdNumber(party.idNumber());
        return linked ? ServiceMethod.ELECTRONIC : ServiceMethod.POSTAL;
    }

}
