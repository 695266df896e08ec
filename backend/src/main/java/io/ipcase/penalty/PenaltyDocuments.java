package io.ipcase.penalty;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.LocalDate;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import io.ipcase.documents.ServiceMethod;

/**
 * The documents of a counterfeit-penalty case (templates {@code documents/templates/penalty-*.html}),
 * issued in the transaction of the step that makes them; the service steps record their service.
 * Each is addressed to the party, save the filing approval form (to the office's head) and the
 * referral (to the police). The party is served in person unless the service step says otherwise.
 */
@Service
class PenaltyDocuments {

    /** 立案审批表 (CNIPA 2015 Measures art. 27; SAMR Provisions art. 18) */
    static final String FILING_APPROVAL = "penalty-filing-approval";
    /** 现场检查笔录 (Patent Law art. 69 ¶1; CNIPA 2015 Measures art. 29) */
    static final String SITE_INSPECTION = "penalty-site-inspection";
    /** 查封扣押决定书 (CNIPA 2015 Measures art. 30; Administrative Compulsion Law art. 24) */
    static final String SEIZURE_DECISION = "penalty-seizure-decision";
    /** 行政处罚告知书 (Admin. Penalty Law art. 44) */
    static final String NOTICE = "penalty-notice";
    /** 听证通知书 (Admin. Penalty Law art. 64(2)) */
    static final String HEARING_NOTICE = "penalty-hearing-notice";
    /** 行政处罚决定书 (Admin. Penalty Law art. 59) */
    static final String DECISION = "penalty-decision";
    /** 移送书 (State Council regulation on referring suspected crimes, art. 6) */
    static final String POLICE_REFERRAL = "penalty-police-referral";

    private final OfficialDocuments official;
    private final PenaltyCases penaltyCases;
    private final Cases cases;
    private final JdbcClient jdbc;

    PenaltyDocuments(OfficialDocuments official, PenaltyCases penaltyCases, Cases cases, JdbcClient jdbc) {
        this.official = official;
        this.penaltyCases = penaltyCases;
        this.cases = cases;
        this.jdbc = jdbc;
    }

    /** A document to the party, with the case's facts and its handlers besides {@code model}. */
    IssuedDocument toParty(UUID caseId, String templateKey, Map<String, ?> model, String actor) {
        PenaltyCase pc = penaltyCases.get(caseId);
        PartyRecord party = party(caseId);
        return official.issue(caseId, templateKey, with(pc, model, party),
            Addressee.party(party, io.ipcase.documents.ServiceMethod.PERSONAL), actor);
    }

    /** A document to an authority: the office's head, or the police. */
    IssuedDocument toAuthority(UUID caseId, String templateKey, String authority, Map<String, ?> model,
                               String actor) {
        return official.issue(caseId, templateKey, with(penaltyCases.get(caseId), model, party(caseId)),
            Addressee.authority(authority, io.ipcase.documents.ServiceMethod.PERSONAL), actor);
    }

    /**
     * Records the service the step was told of on the latest document of this kind, unless it was
     * already recorded from the case page's documents card.
     */
    void served(UUID caseId, String templateKey, ServiceMethod method, LocalDate servedOn, String reference,
                String actor) {
        latest(caseId, templateKey)
            .filter(id -> official.find(caseId, id).map(d -> d.services().isEmpty()).orElse(false))
            .ifPresent(id -> official.recordService(id, io.ipcase.documents.ServiceMethod.valueOf(method.name()),
                servedOn, reference, actor));
    }

    Optional<UUID> latest(UUID caseId, String templateKey) {
        return jdbc.sql("""
                select document_id from official_documents where case_id = :c and template_key = :k
                order by issued_at desc, document_number desc""")
            .param("c", caseId).param("k", templateKey).query(UUID.class).list().stream().findFirst();
    }

    /** Display names of officers, in the order given, for the records they sign: 李明、杨帆. */
    String names(Collection<String> usernames) {
        return usernames.stream().map(u -> jdbc.sql("select display_name from app_users where username = :u")
            .param("u", u).query(String.class).optional().orElse(u)).collect(Collectors.joining("、"));
    }

    /** 80,000.00, for a document; null for no amount, so the document leaves the item out. */
    static String yuan(BigDecimal amount) {
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
        return cases.parties(caseId).stream().filter(p -> PartyRecord.PARTY.equals(p.role())).findFirst()
            .orElseThrow(() -> new IllegalStateException("no party in " + caseId));
    }
}
