package io.ipcase.assistance.steps;

/** The audit trail's action codes for rights-protection assistance. */
public final class AssistanceActions {

    public static final String ASSISTANCE_APPLIED = "ASSISTANCE_APPLIED";

    public static final String ASSISTANCE_REVIEWED = "ASSISTANCE_REVIEWED";

    public static final String ASSISTANCE_SUPPLEMENTED = "ASSISTANCE_SUPPLEMENTED";

    public static final String ASSISTANCE_APPEALED = "ASSISTANCE_APPEALED";

    public static final String ASSISTANCE_APPEAL_DECIDED = "ASSISTANCE_APPEAL_DECIDED";

    public static final String ASSISTANCE_ASSIGNED = "ASSISTANCE_ASSIGNED";

    public static final String ASSISTANCE_DELIVERED = "ASSISTANCE_DELIVERED";

    public static final String ASSISTANCE_REFERRED = "ASSISTANCE_REFERRED";

    public static final String ASSISTANCE_RATED = "ASSISTANCE_RATED";

    public static final String POOL_MEMBER_SAVED = "ASSISTANCE_POOL_MEMBER_SAVED";

    private AssistanceActions() {
    }

}
