package io.ipcase.documents;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import io.ipcase.documents.OfficialDocuments.ServiceRecord;
import io.ipcase.security.AppUser;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import io.ipcase.storage.Documents;

@RestController
class OfficialDocumentController {

    private final OfficialDocuments documents;

    OfficialDocumentController(OfficialDocuments documents) {
        this.documents = documents;
    }

    /**
     * The PDF, shown in the page (inline); the addressee's first read serves an
     * electronic document.
     */
    @GetMapping("/api/cases/{caseId}/official-documents/{documentId}/content")
    ResponseEntity<byte[]> content(@AuthenticationPrincipal AppUser user, @PathVariable UUID caseId,
            @PathVariable UUID documentId) {
        Documents.DocumentContent pdf = documents.open(user, caseId, documentId);
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(pdf.contentType()))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.inline().filename(pdf.fileName(), StandardCharsets.UTF_8).build().toString())
            .cacheControl(CacheControl.noStore())
            .header("X-Content-Type-Options", "nosniff")
            .body(pdf.content());
    }

    /**
     * An officer records how and when a document was served (staff only: SecurityConfig).
     */
    @PostMapping("/api/cases/{caseId}/official-documents/{documentId}/services")
    ResponseEntity<ServiceRecord> recordService(@AuthenticationPrincipal AppUser user, @PathVariable UUID caseId,
            @PathVariable UUID documentId, @RequestBody ServiceForm form) {
        ServiceRecord service = documents.recordService(user, caseId, documentId, form.partyRole(), form.method(),
                form.servedOn(), form.receiptRef());
        return ResponseEntity.status(HttpStatus.CREATED).body(service);
    }

    /**
     * @param servedOn the day on the receipt; for a public notice, the day it was
     * published
     * @param partyRole the party served, for a document addressed to all parties
     */
    @NullMarked
    record ServiceForm(ServiceMethod method, LocalDate servedOn, @Nullable String receiptRef,
            @Nullable String partyRole) {
    }

}
