/**
 * Official documents: rendering, numbering and service. Its allowed dependencies are the
 * module map of docs/architecture.md, checked by ModuleStructureTests.
 */
@ApplicationModule(displayName = "documents", allowedDependencies = { "audit", "cases", "security", "storage", "web" })
package io.ipcase.documents;

import org.springframework.modulith.ApplicationModule;
