/**
 * Audit: the append-only record of who did what. Its allowed dependencies are the module
 * map of docs/architecture.md, checked by ModuleStructureTests.
 */
@ApplicationModule(displayName = "audit", allowedDependencies = { "security", "web" })
package io.ipcase.audit;

import org.springframework.modulith.ApplicationModule;
