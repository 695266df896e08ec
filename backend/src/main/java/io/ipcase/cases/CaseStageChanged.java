package io.ipcase.cases;

import java.util.UUID;

/** A case entered a new stage of its procedure; published in the engine's transaction. */
public record CaseStageChanged(UUID caseId, String stage) {
}
