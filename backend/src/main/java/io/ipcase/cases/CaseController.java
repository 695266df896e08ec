package io.ipcase.cases;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.ipcase.audit.AuditTrail;
import io.ipcase.storage.Uploads;
import io.swagger.v3.oas.annotations.media.Schema;
import io.ipcase.storage.Documents;
import io.ipcase.security.AppUser;
import io.ipcase.security.Office;
import io.ipcase.security.Offices;
import io.ipcase.security.Role;
import io.ipcase.security.StaffDirectory;
import io.ipcase.web.NotFoundException;
import io.ipcase.web.Paging;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class CaseController {

    private final CaseFiling filing;

    private final Cases cases;

    private final Offices offices;

    private final Documents documents;

    private final AuditTrail audit;

    private final List<CaseViewSection<?>> sections;

    private final StaffDirectory staff;

    CaseController(CaseFiling filing, Cases cases, Offices offices, Documents documents, AuditTrail audit,
            List<CaseViewSection<?>> sections, StaffDirectory staff) {
        this.staff = staff;
        this.filing = filing;
        this.cases = cases;
        this.offices = offices;
        this.documents = documents;
        this.audit = audit;
        this.sections = sections;
    }

    @PostMapping(path = "/api/cases/infringement-disputes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CaseFiling.FiledCase> fileInfringementDispute(@AuthenticationPrincipal AppUser user,
            @RequestPart("filing") InfringementFiling request,
            @RequestPart(name = "evidence", required = false) List<MultipartFile> evidence) {
        CaseFiling.FiledCase filed = filing.fileInfringementDispute(user, request, Uploads.of(evidence));
        return ResponseEntity.created(URI.create("/api/cases/" + filed.id())).body(filed);
    }

    @GetMapping("/api/cases")
    Cases.CasePage list(@AuthenticationPrincipal AppUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return cases.list(user, Paging.page(page), Paging.size(size, 200));
    }

    @GetMapping("/api/cases/{id}")
    CaseView view(@AuthenticationPrincipal AppUser user, @PathVariable UUID id) {
        CaseRecord c = cases.require(user, id);
        // parties see people by name, never by the login names of their accounts
        boolean party = !user.isStaff() && !user.has(Role.ADMIN);
        Map<String, Object> extra = new LinkedHashMap<>();
        for (CaseViewSection<?> section : sections) {
            Object content = section.contentFor(c, user);
            if (content != null) {
                extra.put(section.name(), content);
            }
        }
        return new CaseView(c.id(), c.caseNumber(), c.caseType(), c.stage(), offices.find(c.officeId()).orElseThrow(),
                c.filedAt(), c.receivedOn(),
                c.patentType() == null ? null : new PatentView(c.patentNumber(), c.patentType(), c.patentTitle()),
                c.claims(), c.factsAndReasons(), c.requestedMeasures(),
                cases.parties(id).stream().map(PartyView::of).toList(),
                party ? documentsForParties(id) : documents.list(id), party ? audit.forParties(id) : audit.forCase(id),
                extra);
    }

    private List<Documents.DocumentInfo> documentsForParties(UUID id) {
        List<Documents.DocumentInfo> list = documents.list(id);
        Map<String, String> names = staff.displayNames(list.stream().map(Documents.DocumentInfo::uploadedBy).toList());
        return list.stream()
            .map(d -> new Documents.DocumentInfo(d.id(), d.kind(), d.fileName(), d.contentType(), d.sizeBytes(),
                    names.getOrDefault(d.uploadedBy(), d.uploadedBy()), d.uploadedAt()))
            .toList();
    }

    @GetMapping("/api/cases/{id}/documents/{documentId}/content")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @PathVariable UUID documentId, @RequestParam(defaultValue = "false") boolean inline) {
        cases.require(user, id);
        Documents.DocumentContent doc = documents.content(id, documentId)
            .orElseThrow(() -> new NotFoundException("document"));
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(doc.contentType()))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    // inline for the preview beside the case; the type was judged by the
                    // bytes on upload
                    (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(doc.fileName(), StandardCharsets.UTF_8)
                        .build()
                        .toString())
            .header("X-Content-Type-Options", "nosniff")
            .body(doc.content());
    }

    /**
     * The case page; each capability's section is one more property, typed in the API's
     * document (CaseSectionsSchema).
     */
    @Schema(name = CaseSectionsSchema.CASE_VIEW)
    @NullMarked
    record CaseView(UUID id, String caseNumber, CaseType caseType, String stage, Office office, OffsetDateTime filedAt,
            LocalDate receivedOn, @Nullable PatentView patent, List<Integer> claims, String factsAndReasons,
            @Nullable String requestedMeasures, List<PartyView> parties, List<Documents.DocumentInfo> documents,
            List<AuditTrail.AuditEvent> timeline, @JsonIgnore Map<String, Object> sections) {

        @JsonAnyGetter
        Map<String, Object> sectionsAsFields() {
            return sections;
        }
    }

    @NullMarked
    record PatentView(String number, PatentType type, String title) {
    }

    /** Parties as the case page shows them; the link to a portal account stays inside. */
    @NullMarked
    record PartyView(String role, PartyKind kind, String name, @Nullable String idNumber, String address,
            @Nullable String contact, boolean domicileInChina) {

        static PartyView of(PartyRecord p) {
            return new PartyView(p.role(), p.kind(), p.name(), p.idNumber(), p.address(), p.contact(),
                    p.domicileInChina());
        }
    }

}
