package io.ipcase.cases;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** A case as a row of a list. */
@NullMarked
public record CaseSummary(UUID id, String caseNumber, CaseType caseType, String stage, String officeId,
        OffsetDateTime filedAt, @Nullable String patentNumber, @Nullable String requesterName,
        @Nullable String respondentName) {
}
