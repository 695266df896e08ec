/**
 * Database: the PostgreSQL server the application starts itself when no database is
 * configured (the default profile), and the lock that lets nodes sharing one database
 * start one at a time. Its allowed dependencies are the module map of
 * docs/architecture.md, checked by ModuleStructureTests.
 */
@ApplicationModule(displayName = "database", allowedDependencies = {})
package io.ipcase.database;

import org.springframework.modulith.ApplicationModule;
