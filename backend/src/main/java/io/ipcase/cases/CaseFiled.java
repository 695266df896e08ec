package io.ipcase.cases;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A case has been filed and stored. Published inside the filing transaction: a listener
 * that fails (the model does not start) rolls the filing back.
 */
public record CaseFiled(UUID caseId, CaseType type, String officeId, LocalDate receivedOn, String filedBy) {
}
