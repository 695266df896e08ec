/**
 * Counterfeit-patent penalties (Patent Law art. 68). Its allowed dependencies are the
 * module map of docs/architecture.md, checked by ModuleStructureTests.
 */
@ApplicationModule(displayName = "penalty", allowedDependencies = { "audit", "cases", "deadlines", "documents",
        "engine", "inbox", "inbox::steps", "security", "storage", "web" })
package io.ipcase.penalty;

import org.springframework.modulith.ApplicationModule;
