/**
 * Infringement adjudication (Order 81). Its allowed dependencies are the module map of docs/architecture.md, checked by
 * ModuleStructureTests.
 */
@ApplicationModule(displayName = "adjudication", allowedDependencies = {"audit", "cases", "deadlines", "documents", "engine", "inbox", "inbox::steps", "security", "storage", "web"})
package io.ipcase.adjudication;

import org.springframework.modulith.ApplicationModule;
