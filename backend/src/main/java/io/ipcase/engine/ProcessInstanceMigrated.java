package io.ipcase.engine;

import java.util.UUID;

/**
 * A running process instance now runs on a newer version of its model. Published in the
 * transaction that moved it; the engine fires no task or activity events for a migration,
 * so a read model of the instance's open tasks re-reads them here.
 *
 * @param caseId the instance's business key, the case it belongs to
 */
public record ProcessInstanceMigrated(String processInstanceId, UUID caseId, String processKey, String fromDefinitionId,
        String toDefinitionId) {
}
