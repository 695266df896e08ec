package io.ipcase.penalty;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.ipcase.cases.PartyKind;

/**
 * A counterfeit-patent case as the penalty procedure needs it: the common case record's
 * key facts, where it came from, under which rules, who handles it, and whom it is
 * against.
 */
public record PenaltyCase(UUID caseId, String caseNumber, String officeId, String stage, String processInstanceId,
        PenaltyProcedure procedure, LeadSource source, String sourceReference, LocalDate discoveredOn, UUID reportId,
        String leadHandler, List<String> handlers, String suspectedAct, String partyName, PartyKind partyKind) {

    public boolean isHandler(String username) {
        return handlers.contains(username);
    }
}
