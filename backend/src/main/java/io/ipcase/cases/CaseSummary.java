package io.ipcase.cases;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A case as a row of a list. */
public record CaseSummary(UUID id, String caseNumber, CaseType caseType, String stage, String officeId,
                          OffsetDateTime filedAt, String patentNumber, String requesterName, String respondentName) {
}
