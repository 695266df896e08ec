package io.ipcase.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What a case is. Where it stands in its procedure is the engine's, mirrored in
 * {@code stage}.
 */
public record CaseRecord(UUID id, String caseNumber, String officeId, CaseType caseType, String stage, String filedBy,
        OffsetDateTime filedAt, LocalDate receivedOn, String patentNumber, PatentType patentType, String patentTitle,
        List<Integer> claims, String factsAndReasons, String requestedMeasures, String processInstanceId) {
}
