/**
 * Preliminary injunction (Chongqing). Its allowed dependencies are the module map of
 * docs/architecture.md, checked by ModuleStructureTests.
 */
@ApplicationModule(displayName = "injunction", allowedDependencies = { "adjudication", "audit", "cases", "deadlines",
        "documents", "engine", "inbox", "inbox::steps", "security", "storage", "web" })
package io.ipcase.injunction;

import org.springframework.modulith.ApplicationModule;
