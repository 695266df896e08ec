/**
 * Engine: the one gateway to Camunda (messages, variables, open tasks, what its history
 * records) and the engine's own set-up. Its allowed dependencies are the module map of
 * docs/architecture.md, checked by ModuleStructureTests.
 */
@ApplicationModule(displayName = "engine", allowedDependencies = { "audit", "web" })
package io.ipcase.engine;

import org.springframework.modulith.ApplicationModule;
