package io.ipcase.adjudication;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case's period is about to run out (Order 81 art. 37): the panel and the office's
 * supervisors are to be told. Published in the engine's transaction when the model's
 * warning timer fires.
 */
public record CasePeriodRunningOut(UUID caseId, String officeId, List<String> panel, LocalDate lastDay) {
}
