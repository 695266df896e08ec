/**
 * Security: users, roles, offices, sign-in. Its allowed dependencies are the module map
 * of docs/architecture.md, checked by ModuleStructureTests.
 */
@ApplicationModule(displayName = "security", allowedDependencies = { "web" })
package io.ipcase.security;

import org.springframework.modulith.ApplicationModule;
