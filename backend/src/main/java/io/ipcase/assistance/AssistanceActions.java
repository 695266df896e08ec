package io.ipcase.assistance;

/** The audit trail's action codes for rights-protection assistance. */
final class AssistanceActions {

    static final String ASSISTANCE_APPLIED = "ASSISTANCE_APPLIED";
    static final String ASSISTANCE_REVIEWED = "ASSISTANCE_REVIEWED";
    static final String ASSISTANCE_SUPPLEMENTED = "ASSISTANCE_SUPPLEMENTED";
    static final String ASSISTANCE_APPEALED = "ASSISTANCE_APPEALED";
    static final String ASSISTANCE_APPEAL_DECIDED = "ASSISTANCE_APPEAL_DECIDED";
    static final String ASSISTANCE_ASSIGNED = "ASSISTANCE_ASSIGNED";
    static final String ASSISTANCE_DELIVERED = "ASSISTANCE_DELIVERED";
    static final String ASSISTANCE_REFERRED = "ASSISTANCE_REFERRED";
    static final String ASSISTANCE_RATED = "ASSISTANCE_RATED";
    static final String POOL_MEMBER_SAVED = "ASSISTANCE_POOL_MEMBER_SAVED";

    private AssistanceActions() {
    }
}
