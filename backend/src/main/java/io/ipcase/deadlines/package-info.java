/**
 * Deadlines: the working-day calendar, legal periods and case clocks. Its allowed
 * dependencies are the module map of docs/architecture.md, checked by
 * ModuleStructureTests.
 */
@ApplicationModule(displayName = "deadlines", allowedDependencies = { "audit", "cases", "security", "web" })
package io.ipcase.deadlines;

import org.springframework.modulith.ApplicationModule;
