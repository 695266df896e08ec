package io.ipcase.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.ipcase.audit.AuditActions;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.documents.OfficialTemplates.OfficialTemplate;
import io.ipcase.security.AppUser;
import io.ipcase.security.Office;
import io.ipcase.security.Offices;
import io.ipcase.security.Role;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import io.ipcase.web.NotFoundException;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import io.ipcase.storage.Documents;
import io.ipcase.storage.DocumentKind;

/**
 * The documents an office issues in a case (notices, decisions): rendered from a template
 * with the case's data, numbered, stored with the case, served on their addressees and
 * shown to them. Issuing joins the step's transaction, so a document that cannot be
 * rendered undoes the step.
 */
@Service
public class OfficialDocuments {

    /**
     * CPL art. 95: a public notice is deemed served when 30 days have passed since it was
     * published.
     */
    static final int PUBLIC_NOTICE_DAYS = 30;
    static final int MAX_RECEIPT_REF = 200;

    private static final String COLUMNS = """
            d.document_id, d.case_id, d.template_key, d.title, d.document_number, d.addressee_role,
            d.addressee_name, d.service_method, d.issued_by, d.issued_at""";

    private final JdbcClient jdbc;

    private final Cases cases;

    private final Offices offices;

    private final Documents documents;

    private final DocumentNumbers numbers;

    private final OfficialTemplates templates;

    private final DocumentRenderer renderer;

    private final AuditTrail audit;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    OfficialDocuments(JdbcClient jdbc, Cases cases, Offices offices, Documents documents, DocumentNumbers numbers,
            OfficialTemplates templates, DocumentRenderer renderer, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.offices = offices;
        this.documents = documents;
        this.numbers = numbers;
        this.templates = templates;
        this.renderer = renderer;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Renders the template {@code templateKey} with the case's data and {@code model},
     * numbers the document and stores it with the case, in the caller's transaction.
     * Every template sees {@code case}, {@code office}, {@code number}, {@code title},
     * {@code issuedOn}, {@code addressee}, {@code requester}, {@code respondent},
     * {@code parties} and {@code cn} (Chinese dates: {@code ${cn.date(day)}}), besides
     * the caller's own variables.
     * @param actor the user issuing it
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public IssuedDocument issue(UUID caseId, String templateKey, Map<String, ?> model, Addressee addressee,
            String actor) {
        CaseRecord c = cases.findUnchecked(caseId).orElseThrow(() -> new IllegalArgumentException("no case " + caseId));
        Office office = offices.find(c.officeId()).orElseThrow();
        OfficialTemplate template = templates.find(templateKey);
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        String number = numbers.next(office.id(), office.casePrefix(), template.numberMark(), today.getYear());

        List<PartyRecord> parties = cases.parties(caseId);
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("case", c);
        variables.put("office", office);
        variables.put("number", number);
        variables.put("title", template.title());
        variables.put("issuedOn", today);
        variables.put("addressee", addressee);
        variables.put("parties", parties);
        variables.put("requester", first(parties, PartyRecord.REQUESTER));
        variables.put("respondent", first(parties, PartyRecord.RESPONDENT));
        variables.put("cn", new ChineseDates());
        byte[] pdf = renderer.render(templateKey, variables);

        UUID id = documents.storeGenerated(caseId, DocumentKind.OFFICIAL, template.title() + "（" + number + "）.pdf",
                "application/pdf", pdf, actor);
        jdbc.sql("""
                insert into official_documents (document_id, case_id, template_key, title, document_number,
                    addressee_role, addressee_name, service_method, issued_by, issued_at)
                values (:id, :caseId, :key, :title, :number, :role, :name, :method, :by, :at)""")
            .param("id", id)
            .param("caseId", caseId)
            .param("key", templateKey)
            .param("title", template.title())
            .param("number", number)
            .param("role", addressee.role())
            .param("name", addressee.name())
            .param("method", addressee.method().name())
            .param("by", actor)
            .param("at", now)
            .update();
        audit.record(actor, AuditActions.DOCUMENT_ISSUED, caseId, template.title() + " " + number);
        return new IssuedDocument(id, number, template.title());
    }

    /**
     * Records the service of a document addressed to one party (or to an authority). The
     * service date is the day on the receipt; for {@link ServiceMethod#PUBLIC_NOTICE}
     * give the day of publication, and the document is deemed served 30 days later (CPL
     * art. 95).
     */
    @Transactional
    public ServiceRecord recordService(UUID documentId, ServiceMethod method, LocalDate servedOn, String receiptRef,
            String actor) {
        return recordService(documentId, null, method, servedOn, receiptRef, actor);
    }

    /**
     * As above; for a document to all parties, {@code partyRole} names the party served.
     */
    @Transactional
    public ServiceRecord recordService(UUID documentId, String partyRole, ServiceMethod method, LocalDate servedOn,
            String receiptRef, String actor) {
        OfficialDocument doc = lock(documentId).orElseThrow(() -> new NotFoundException("document"));
        List<Violation> violations = new ArrayList<>();
        String served = servedParty(doc, partyRole, violations);
        if (method == null) {
            violations.add(Violation.keyed("method", "service.method.required"));
        }
        LocalDate today = LocalDate.now(clock);
        if (servedOn == null) {
            violations.add(Violation.keyed("servedOn", "service.date.required"));
        }
        else if (servedOn.isAfter(today)) {
            violations.add(Violation.keyed("servedOn", "service.date.future"));
        }
        else if (servedOn.isBefore(doc.issuedAt().atZoneSameInstant(clock.getZone()).toLocalDate())) {
            violations.add(Violation.keyed("servedOn", "service.date.before-issue"));
        }
        if (receiptRef != null && receiptRef.length() > MAX_RECEIPT_REF) {
            violations.add(Violation.keyed("receiptRef", "field.too-long"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        refuseSecondService(doc, served);
        boolean publicNotice = method == ServiceMethod.PUBLIC_NOTICE;
        return insertService(doc, served, method, publicNotice ? servedOn.plusDays(PUBLIC_NOTICE_DAYS) : servedOn,
                publicNotice ? servedOn : null, receiptRef == null || receiptRef.isBlank() ? null : receiptRef.strip(),
                actor);
    }

    /**
     * An officer records a service from the case page: the case must be one of their
     * office's.
     */
    @Transactional
    public ServiceRecord recordService(AppUser officer, UUID caseId, UUID documentId, String partyRole,
            ServiceMethod method, LocalDate servedOn, String receiptRef) {
        cases.require(officer, caseId);
        find(caseId, documentId).orElseThrow(() -> new NotFoundException("document"));
        return recordService(documentId, partyRole, method, servedOn, receiptRef, officer.getUsername());
    }

    /**
     * The PDF, for someone who may see it. When the addressee opens a document served on
     * them electronically, that first read is its service: the day it reached them (CPL
     * art. 90).
     */
    @Transactional
    public Documents.DocumentContent open(AppUser user, UUID caseId, UUID documentId) {
        CaseRecord c = cases.require(user, caseId);
        OfficialDocument doc = visible(user, c).stream()
            .filter(d -> d.id().equals(documentId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("document"));
        if (ServiceMethod.ELECTRONIC.name().equals(doc.serviceMethod())) {
            ownRole(user, doc).ifPresent(role -> {
                OfficialDocument locked = lock(documentId).orElseThrow();
                if (serviceOf(locked.id(), role).isEmpty()) {
                    insertService(locked, role, ServiceMethod.ELECTRONIC, LocalDate.now(clock), null, "portal",
                            user.getUsername());
                }
            });
        }
        return documents.file(documentId).orElseThrow(() -> new NotFoundException("document"));
    }

    /**
     * The case's official documents this user may see, each with its service: staff of
     * the office see all; a party those addressed to them or to all parties.
     */
    public List<OfficialDocumentView> forCase(AppUser user, CaseRecord c) {
        return visible(user, c).stream()
            .map(d -> new OfficialDocumentView(d.id(), d.number(), d.templateKey(), d.title(),
                    templates.find(d.templateKey()).titleEn(), d.addresseeRole(), d.addresseeName(), d.serviceMethod(),
                    d.issuedAt(), d.issuedBy(), services(d.id())))
            .toList();
    }

    public Optional<OfficialDocumentView> find(UUID caseId, UUID documentId) {
        return jdbc
            .sql("select " + COLUMNS + " from official_documents d where d.case_id = :caseId and d.document_id = :id")
            .param("caseId", caseId)
            .param("id", documentId)
            .query(OfficialDocuments::row)
            .optional()
            .map(this::view);
    }

    /**
     * The case's document issued last from this template, with its services (a notice
     * issued again supersedes the earlier one). Numbers of one case share the office's
     * prefix and the mark, so of two issued at the same moment the longer, then the
     * greater, number is the later.
     */
    public Optional<OfficialDocumentView> latest(UUID caseId, String templateKey) {
        return jdbc.sql("select " + COLUMNS + """
                 from official_documents d where d.case_id = :caseId and d.template_key = :key
                order by d.issued_at desc, length(d.document_number) desc, d.document_number desc limit 1""")
            .param("caseId", caseId)
            .param("key", templateKey)
            .query(OfficialDocuments::row)
            .optional()
            .map(this::view);
    }

    private OfficialDocumentView view(OfficialDocument d) {
        return new OfficialDocumentView(d.id(), d.number(), d.templateKey(), d.title(),
                templates.find(d.templateKey()).titleEn(), d.addresseeRole(), d.addresseeName(), d.serviceMethod(),
                d.issuedAt(), d.issuedBy(), services(d.id()));
    }

    private List<OfficialDocument> visible(AppUser user, CaseRecord c) {
        List<OfficialDocument> all = jdbc
            .sql("select " + COLUMNS
                    + " from official_documents d where d.case_id = :caseId order by d.issued_at, d.issue_order")
            .param("caseId", c.id())
            .query(OfficialDocuments::row)
            .list();
        if (user.isStaff() || user.has(Role.ADMIN)) {
            return all;
        }
        List<PartyRecord> viewerIs = cases.partiesOf(user, c.id());
        return all.stream()
            .filter(d -> Addressee.ALL_PARTIES.equals(d.addresseeRole()) || viewerIs.stream().anyMatch(d::addressedTo))
            .toList();
    }

    /**
     * The party role under which this user is an addressee of the document, if they are
     * one.
     */
    private Optional<String> ownRole(AppUser user, OfficialDocument doc) {
        boolean toAll = Addressee.ALL_PARTIES.equals(doc.addresseeRole());
        return cases.partiesOf(user, doc.caseId())
            .stream()
            .filter(p -> toAll || doc.addressedTo(p))
            .map(PartyRecord::role)
            .findFirst();
    }

    private String servedParty(OfficialDocument doc, String partyRole, List<Violation> violations) {
        if (!Addressee.ALL_PARTIES.equals(doc.addresseeRole())) {
            if (partyRole != null && !partyRole.isBlank() && !partyRole.equals(doc.addresseeRole())) {
                violations.add(Violation.keyed("partyRole", "service.party.not-addressee"));
            }
            return doc.addresseeRole();
        }
        if (partyRole == null || partyRole.isBlank()) {
            violations.add(Violation.keyed("partyRole", "service.party.required"));
            return null;
        }
        boolean isParty = cases.parties(doc.caseId()).stream().anyMatch(p -> p.role().equals(partyRole));
        if (!isParty) {
            violations.add(Violation.keyed("partyRole", "service.party.not-addressee"));
        }
        return partyRole;
    }

    private void refuseSecondService(OfficialDocument doc, String partyRole) {
        serviceOf(doc.id(), partyRole).ifPresent(existing -> {
            throw new ConflictException("problem.document-already-served", doc.number(), existing.servedOn());
        });
    }

    private ServiceRecord insertService(OfficialDocument doc, String partyRole, ServiceMethod method,
            LocalDate servedOn, LocalDate publishedOn, String receiptRef, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into document_services (document_id, party_role, method, served_on, published_on, receipt_ref,
                    recorded_by, recorded_at)
                values (:id, :party, :method, :servedOn, :publishedOn, :ref, :by, :at)""")
            .param("id", doc.id())
            .param("party", partyRole)
            .param("method", method.name())
            .param("servedOn", servedOn)
            .param("publishedOn", publishedOn)
            .param("ref", receiptRef)
            .param("by", actor)
            .param("at", now)
            .update();
        audit.record(actor, AuditActions.DOCUMENT_SERVED, doc.caseId(),
                doc.title() + " " + doc.number() + " " + method.name() + " " + servedOn);
        events.publishEvent(new DocumentServed(doc.caseId(), doc.id(), doc.templateKey(), partyRole, servedOn));
        return new ServiceRecord(partyRole, method, servedOn, publishedOn, receiptRef, actor, now);
    }

    /**
     * The document's row, locked until the transaction ends: two services of it never
     * race.
     */
    private Optional<OfficialDocument> lock(UUID documentId) {
        return jdbc.sql("select " + COLUMNS + " from official_documents d where d.document_id = :id for update")
            .param("id", documentId)
            .query(OfficialDocuments::row)
            .optional();
    }

    private Optional<ServiceRecord> serviceOf(UUID documentId, String partyRole) {
        return services(documentId).stream().filter(s -> s.partyRole().equals(partyRole)).findFirst();
    }

    private List<ServiceRecord> services(UUID documentId) {
        return jdbc.sql("""
                select party_role, method, served_on, published_on, receipt_ref, recorded_by, recorded_at
                from document_services where document_id = :id order by recorded_at, id""")
            .param("id", documentId)
            .query((rs, i) -> new ServiceRecord(rs.getString("party_role"),
                    ServiceMethod.valueOf(rs.getString("method")), rs.getObject("served_on", LocalDate.class),
                    rs.getObject("published_on", LocalDate.class), rs.getString("receipt_ref"),
                    rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class)))
            .list();
    }

    private static PartyRecord first(List<PartyRecord> parties, String role) {
        return parties.stream().filter(p -> p.role().equals(role)).findFirst().orElse(null);
    }

    private static OfficialDocument row(ResultSet rs, int i) throws SQLException {
        return new OfficialDocument(rs.getObject("document_id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getString("template_key"), rs.getString("title"), rs.getString("document_number"),
                rs.getString("addressee_role"), rs.getString("addressee_name"), rs.getString("service_method"),
                rs.getString("issued_by"), rs.getObject("issued_at", OffsetDateTime.class));
    }

    private record OfficialDocument(UUID id, UUID caseId, String templateKey, String title, String number,
            String addresseeRole, String addresseeName, String serviceMethod, String issuedBy,
            OffsetDateTime issuedAt) {

        /** Addressed to this party by its role and its name as filed. */
        boolean addressedTo(PartyRecord party) {
            return party.role().equals(addresseeRole) && party.name().equals(addresseeName);
        }
    }

    public record IssuedDocument(UUID id, String number, String title) {
    }

    /** A service on one party: the date periods run from, how, and who recorded it. */
    @NullMarked
    public record ServiceRecord(String partyRole, ServiceMethod method, LocalDate servedOn,
            @Nullable LocalDate publishedOn, @Nullable String receiptRef, String recordedBy,
            OffsetDateTime recordedAt) {
    }

    /**
     * An official document as the case page lists it; {@code services} is empty until it
     * is served.
     */
    public record OfficialDocumentView(UUID id, String number, String templateKey, String title, String titleEn,
            String addresseeRole, String addresseeName, String serviceMethod, OffsetDateTime issuedAt, String issuedBy,
            List<ServiceRecord> services) {
    }

}
