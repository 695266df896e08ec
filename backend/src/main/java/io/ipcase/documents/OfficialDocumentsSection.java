package io.ipcase.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseViewSection;
import io.ipcase.security.AppUser;
import io.ipcase.security.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * The case page's list of official documents, each with its service, as this viewer may
 * see them.
 */
@Component
class OfficialDocumentsSection implements CaseViewSection<List<OfficialDocuments.OfficialDocumentView>> {

    private final OfficialDocuments documents;

    private final StaffDirectory staff;

    OfficialDocumentsSection(OfficialDocuments documents, StaffDirectory staff) {
        this.documents = documents;
        this.staff = staff;
    }

    @Override
    public String name() {
        return "officialDocuments";
    }

    @Override
    public List<OfficialDocuments.OfficialDocumentView> contentFor(CaseRecord theCase, AppUser viewer) {
        List<OfficialDocuments.OfficialDocumentView> views = documents.forCase(viewer, theCase);
        // parties see who issued a document, or recorded its service, by name
        List<String> people = new ArrayList<>();
        views.forEach(d -> {
            people.add(d.issuedBy());
            d.services().forEach(s -> people.add(s.recordedBy()));
        });
        UnaryOperator<String> shown = staff.shownTo(viewer, people);
        return views.stream()
            .map(d -> new OfficialDocuments.OfficialDocumentView(d.id(), d.number(), d.templateKey(), d.title(),
                    d.titleEn(), d.addresseeRole(), d.addresseeName(), d.serviceMethod(), d.issuedAt(),
                    shown.apply(d.issuedBy()),
                    d.services()
                        .stream()
                        .map(s -> new OfficialDocuments.ServiceRecord(s.partyRole(), s.method(), s.servedOn(),
                                s.publishedOn(), s.receiptRef(), shown.apply(s.recordedBy()), s.recordedAt()))
                        .toList()))
            .toList();
    }

}
