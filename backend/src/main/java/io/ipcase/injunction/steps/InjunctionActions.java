package io.ipcase.injunction.steps;

/** The audit trail's action codes for a preliminary injunction. */
public final class InjunctionActions {

    public static final String INJUNCTION_APPLIED = "INJUNCTION_APPLIED";

    public static final String INJUNCTION_STARTED_OF_OWN_MOTION = "INJUNCTION_STARTED_OF_OWN_MOTION";

    public static final String INJUNCTION_REVIEWED = "INJUNCTION_REVIEWED";

    public static final String INJUNCTION_SUPPLEMENTED = "INJUNCTION_SUPPLEMENTED";

    public static final String INJUNCTION_APPROVAL_DECIDED = "INJUNCTION_APPROVAL_DECIDED";

    public static final String INJUNCTION_SERVED = "INJUNCTION_SERVED";

    public static final String INJUNCTION_LINKED = "INJUNCTION_LINKED";

    public static final String INJUNCTION_OBJECTION_FILED = "INJUNCTION_OBJECTION_FILED";

    public static final String INJUNCTION_OBJECTION_DECIDED = "INJUNCTION_OBJECTION_DECIDED";

    public static final String INJUNCTION_PATENT_INVALIDATED = "INJUNCTION_PATENT_INVALIDATED";

    public static final String INJUNCTION_LIFTED = "INJUNCTION_LIFTED";

    private InjunctionActions() {
    }

}
