/**
 * SLA: the supervisor's board of every running clock, above deadlines and the inbox. Its
 * allowed dependencies are the module map of docs/architecture.md, checked by
 * ModuleStructureTests.
 */
@ApplicationModule(displayName = "sla",
        allowedDependencies = { "cases", "deadlines", "engine", "inbox", "security", "web" })
package io.ipcase.sla;

import org.springframework.modulith.ApplicationModule;
