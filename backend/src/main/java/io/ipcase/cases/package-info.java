/**
 * Cases: filing, case records and numbers, parties, the case page. Its allowed
 * dependencies are the module map of docs/architecture.md, checked by
 * ModuleStructureTests.
 */
@ApplicationModule(displayName = "cases", allowedDependencies = { "audit", "security", "storage", "web" })
package io.ipcase.cases;

import org.springframework.modulith.ApplicationModule;
