package io.ipcase.documents;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An official document has been served on an addressee: most periods run from the day
 * after {@code servedOn} (rules.md §6.1, receipt-based triggers). Published inside the
 * transaction that records the service, so a listener that fails rolls the record back.
 *
 * @param addresseeRole the party served (REQUESTER, RESPONDENT …), also for a document to
 * all parties
 */
public record DocumentServed(UUID caseId, UUID documentId, String templateKey, String addresseeRole,
        LocalDate servedOn) {
}
