/**
 * Web: problem details, input validation, the single-page application's routes; every
 * module may use it. Its allowed dependencies are the module map of docs/architecture.md,
 * checked by ModuleStructureTests.
 */
@ApplicationModule(displayName = "web", allowedDependencies = {})
package io.ipcase.web;

import org.springframework.modulith.ApplicationModule;
