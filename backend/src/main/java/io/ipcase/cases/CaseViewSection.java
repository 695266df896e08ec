package io.ipcase.cases;

import io.ipcase.security.AppUser;

/**
 * A part of the case page that another capability owns (the procedure's decisions, the open
 * tasks). Each adds its own section under its own name, so the case page grows with the models
 * without this package knowing them.
 */
public interface CaseViewSection {

    String name();

    /** The section's content for this viewer, or null to leave it out. */
    Object contentFor(CaseRecord theCase, AppUser viewer);
}
