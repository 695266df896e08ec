/**
 * Mediation (Order 81 art. 63-70). Its allowed dependencies are the module map of
 * docs/architecture.md, checked by ModuleStructureTests.
 */
@ApplicationModule(displayName = "mediation", allowedDependencies = { "adjudication", "audit", "cases", "deadlines",
        "documents", "engine", "inbox", "inbox::steps", "security", "storage", "web" })
package io.ipcase.mediation;

import org.springframework.modulith.ApplicationModule;
