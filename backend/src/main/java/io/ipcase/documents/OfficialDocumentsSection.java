package io.ipcase.documents;

import java.util.List;

import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseViewSection;
import io.ipcase.security.AppUser;
import org.springframework.stereotype.Component;

/**
 * The case page's list of official documents, each with its service, as this viewer may
 * see them.
 */
@Component
class OfficialDocumentsSection implements CaseViewSection<List<OfficialDocuments.OfficialDocumentView>> {

    private final OfficialDocuments documents;

    OfficialDocumentsSection(OfficialDocuments documents) {
        this.documents = documents;
    }

    @Override
    public String name() {
        return "officialDocuments";
    }

    @Override
    public List<OfficialDocuments.OfficialDocumentView> contentFor(CaseRecord theCase, AppUser viewer) {
        return documents.forCase(viewer, theCase);
    }

}
