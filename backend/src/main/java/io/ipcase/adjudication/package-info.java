/**
 * Infringement adjudication (Order 81). The base package is what other modules use: the
 * settings, the documents the adjudication issues (mediation issues some of them too),
 * how a served decision came out, the clocks' keys, the audit codes and the event that a
 * case period runs out. Inside, {@code casework} is what every stage shares (who may take
 * a step when, the panel, the parties' files, the model's messages, the case page's
 * common sections), and the stages are sub-packages: {@code acceptance}, {@code answer}
 * (service, answer, jurisdiction, recusal), {@code evidence}, {@code hearing},
 * {@code period} (the case period, suspension and the clocks' watch), {@code withdrawal},
 * {@code decision} and {@code enforcement} (the window to sue and compulsory
 * enforcement). Its allowed dependencies are the module map of docs/architecture.md,
 * checked by ModuleStructureTests.
 */
@ApplicationModule(displayName = "adjudication", allowedDependencies = { "audit", "cases", "deadlines", "documents",
        "engine", "inbox", "inbox::steps", "security", "storage", "web" })
package io.ipcase.adjudication;

import org.springframework.modulith.ApplicationModule;
