/**
 * Inbox: the task read model, task actions, and the steps that complete tasks. Its
 * allowed dependencies are the module map of docs/architecture.md, checked by
 * ModuleStructureTests.
 */
@ApplicationModule(displayName = "inbox",
        allowedDependencies = { "audit", "cases", "deadlines", "engine", "security", "web" })
package io.ipcase.inbox;

import org.springframework.modulith.ApplicationModule;
