/**
 * Infringement adjudication (Order 81). The base package is what other modules and every stage of
 * the procedure share: its settings, the documents it issues (mediation issues some of them too),
 * its clocks' keys, audit codes and model messages, its panel, and who may take a step when. The
 * stages are sub-packages: {@code acceptance}, {@code answer} (service, answer, jurisdiction,
 * recusal), {@code evidence}, {@code hearing}, {@code period} (the case period, suspension and the
 * clocks' watch), {@code withdrawal}, {@code decision} and {@code enforcement} (the window to sue and
 * compulsory enforcement). Its allowed dependencies are the module map of docs/architecture.md,
 * checked by ModuleStructureTests.
 */
@ApplicationModule(displayName = "adjudication", allowedDependencies = {"audit", "cases", "deadlines", "documents", "engine", "inbox", "inbox::steps", "security", "storage", "web"})
package io.ipcase.adjudication;

import org.springframework.modulith.ApplicationModule;
