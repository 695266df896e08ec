package io.ipcase.penalty;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.documents.Addressee;
import io.ipcase.documents.OfficialDocuments;
import io.ipcase.documents.OfficialDocuments.IssuedDocument;
import io.ipcase.documents.ServiceMethod;
import io.ipcase.security.AppUser;
import io.ipcase.security.StaffDirectory;
import org.springframework.stereotype.Service;

/**
 * The documents of a counterfeit-penalty case (templates
 * {@code documents/templates/penalty-*.html}), issued in the transaction of the step that
 * makes them; the service steps record their service. Each is addressed to the party,
 * save the filing approval form (to the office's head) and the referral (to the police).
 * The party is served in person unless the service step says otherwise.
 */
@Service
public class PenaltyDocuments {

    /** 立案审批表 (CNIPA 2015 Measures art. 27; SAMR Provisions art. 18) */
    public static final String FILING_APPROVAL = "penalty-filing-approval";

    /** 现场检查笔录 (Patent Law art. 69 ¶1; CNIPA 2015 Measures art. 29) */
    public static final String SITE_INSPECTION = "penalty-site-inspection";

    /** 查封扣押决定书 (CNIPA 2015 Measures art. 30; Administrative Compulsion Law art. 24) */
    public static final String SEIZURE_DECISION = "penalty-seizure-decision";

    /** 行政处罚告知书 (Admin. Penalty Law art. 44) */
    public static final String NOTICE = "penalty-notice";

    /** 听证通知书 (Admin. Penalty Law art. 64(2)) */
    public static final String HEARING_NOTICE = "penalty-hearing-notice";

    /** 行政处罚决定书 (Admin. Penalty Law art. 59) */
    public static final String DECISION = "penalty-decision";

    /** 移送书 (State Council regulation on referring suspected crimes, art. 6) */
    public static final String POLICE_REFERRAL = "penalty-police-referral";

    private final OfficialDocuments official;

    private final PenaltyCases penaltyCases;

    private final Cases cases;

    private final StaffDirectory staff;

    PenaltyDocuments(OfficialDocuments official, PenaltyCases penaltyCases, Cases cases, StaffDirectory staff) {
        this.official = official;
        this.penaltyCases = penaltyCases;
        this.cases = cases;
        this.staff = staff;
    }

    /**
     * A document to the party, with the case's facts and its handlers besides
     * {@code model}.
     */
    public IssuedDocument toParty(UUID caseId, String templateKey, Map<String, ?> model, String actor) {
        PenaltyCase pc = penaltyCases.get(caseId);
        PartyRecord party = party(caseId);
        return official.issue(caseId, templateKey, with(pc, model, party),
                Addressee.party(party, ServiceMethod.PERSONAL), actor);
    }

    /** A document to an authority: the office's head, or the police. */
    public IssuedDocument toAuthority(UUID caseId, String templateKey, String authority, Map<String, ?> model,
            String actor) {
        return official.issue(caseId, templateKey, with(penaltyCases.get(caseId), model, party(caseId)),
                Addressee.authority(authority, ServiceMethod.PERSONAL), actor);
    }

    /**
     * Records the service the step was told of on the latest document of this kind,
     * unless it was already recorded from the case page's documents card.
     */
    public void served(UUID caseId, String templateKey, ServiceMethod method, LocalDate servedOn, String reference,
            String actor) {
        official.latest(caseId, templateKey)
            .filter(d -> d.services().isEmpty())
            .ifPresent(d -> official.recordService(d.id(), method, servedOn, reference, actor));
    }

    /**
     * The day the latest document of this kind was issued (in the office's zone), if one
     * was.
     */
    public Optional<LocalDate> issuedOn(UUID caseId, String templateKey, ZoneId zone) {
        return official.latest(caseId, templateKey).map(d -> d.issuedAt().atZoneSameInstant(zone).toLocalDate());
    }

    /**
     * Display names of officers, in the order given, for the records they sign: 李明、杨帆.
     */
    public String names(Collection<String> usernames) {
        return usernames.stream()
            .map(u -> staff.find(u).map(AppUser::displayName).orElse(u))
            .collect(Collectors.joining("、"));
    }

    /**
     * 80,000.00, for a document; null for no amount, so the document leaves the item out.
     */
    public static String yuan(BigDecimal amount) {
        return amount == null || amount.signum() == 0 ? null : new DecimalFormat("#,##0.00").format(amount);
    }

    private Map<String, Object> with(PenaltyCase pc, Map<String, ?> model, PartyRecord party) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("penaltyCase", pc);
        variables.put("party", party);
        variables.put("handlerNames", names(pc.handlers()));
        // the facts as a clause the document goes on from: without their closing stop
        variables.put("facts", pc.suspectedAct().strip().replaceAll("[。．.；;，,]+$", ""));
        return variables;
    }

    private PartyRecord party(UUID caseId) {
        return cases.parties(caseId)
            .stream()
            .filter(p -> PartyRecord.PARTY.equals(p.role()))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no party in " + caseId));
    }

}
