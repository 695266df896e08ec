/**
 * Rights-protection assistance. Its allowed dependencies are the module map of
 * docs/architecture.md, checked by ModuleStructureTests.
 */
@ApplicationModule(displayName = "assistance", allowedDependencies = { "audit", "cases", "deadlines", "documents",
        "engine", "inbox", "inbox::steps", "mediation", "security", "storage", "web" })
package io.ipcase.assistance;

import org.springframework.modulith.ApplicationModule;
