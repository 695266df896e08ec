/**
 * Notifications: notices in the application and by e-mail. Its allowed dependencies are
 * the module map of docs/architecture.md, checked by ModuleStructureTests.
 */
@ApplicationModule(displayName = "notifications", allowedDependencies = { "cases", "inbox", "security", "web" })
package io.ipcase.notifications;

import org.springframework.modulith.ApplicationModule;
