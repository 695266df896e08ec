package io.ipcase.assistance.steps;

import java.util.Map;
import java.util.UUID;

import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.documents.Addressee;
import io.ipcase.documents.OfficialDocuments;
import io.ipcase.documents.ServiceMethod;
import org.springframework.stereotype.Component;

/**
 * The centre's notices to the applicant (受理, 补正, 不予受理, 援助意见书): through the portal, where
 * the first read is the service.
 */
@Component
class ApplicantNotices {

    private final Cases cases;

    private final OfficialDocuments documents;

    ApplicantNotices(Cases cases, OfficialDocuments documents) {
        this.cases = cases;
        this.documents = documents;
    }

    void issue(UUID caseId, String templateKey, Map<String, ?> model, String actor) {
        PartyRecord applicant = cases.parties(caseId)
            .stream()
            .filter(p -> PartyRecord.REQUESTER.equals(p.role()))
            .findFirst()
            .orElseThrow();
        documents.issue(caseId, templateKey, model, Addressee.party(applicant, ServiceMethod.ELECTRONIC), actor);
    }

}
