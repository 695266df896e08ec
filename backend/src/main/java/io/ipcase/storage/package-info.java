/**
 * Storage: a case's files, their upload rules and their bytes. Its allowed dependencies
 * are the module map of docs/architecture.md, checked by ModuleStructureTests.
 */
@ApplicationModule(displayName = "storage", allowedDependencies = { "web" })
package io.ipcase.storage;

import org.springframework.modulith.ApplicationModule;
