package io.ipcase.injunction;

/** The audit trail's action codes for a preliminary injunction. */
final class InjunctionActions {

    static final String INJUNCTION_APPLIED = "INJUNCTION_APPLIED";
    static final String INJUNCTION_STARTED_OF_OWN_MOTION = "INJUNCTION_STARTED_OF_OWN_MOTION";
    static final String INJUNCTION_REVIEWED = "INJUNCTION_REVIEWED";
    static final String INJUNCTION_SUPPLEMENTED = "INJUNCTION_SUPPLEMENTED";
    static final String INJUNCTION_APPROVAL_DECIDED = "INJUNCTION_APPROVAL_DECIDED";
    static final String INJUNCTION_SERVED = "INJUNCTION_SERVED";
    static final String INJUNCTION_LINKED = "INJUNCTION_LINKED";
    static final String INJUNCTION_OBJECTION_FILED = "INJUNCTION_OBJECTION_FILED";
    static final String INJUNCTION_OBJECTION_DECIDED = "INJUNCTION_OBJECTION_DECIDED";
    static final String INJUNCTION_PATENT_INVALIDATED = "INJUNCTION_PATENT_INVALIDATED";
    static final String INJUNCTION_LIFTED = "INJUNCTION_LIFTED";

    private InjunctionActions() {
    }
}
