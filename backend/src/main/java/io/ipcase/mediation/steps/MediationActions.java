package io.ipcase.mediation.steps;

/** The audit trail's action codes for a mediation; the case timeline words them. */
public final class MediationActions {

    public static final String MEDIATION_REQUESTED = "MEDIATION_REQUESTED";

    public static final String MEDIATION_NOTICE_ISSUED = "MEDIATION_NOTICE_ISSUED";

    public static final String MEDIATION_NOTICE_SERVED = "MEDIATION_NOTICE_SERVED";

    public static final String MEDIATION_OPINION_STATED = "MEDIATION_OPINION_STATED";

    public static final String MEDIATION_FILED = "MEDIATION_FILED";

    public static final String MEDIATION_SESSION_HELD = "MEDIATION_SESSION_HELD";

    public static final String MEDIATION_AGREED = "MEDIATION_AGREED";

    public static final String MEDIATION_NOT_FILED = "MEDIATION_NOT_FILED";

    public static final String MEDIATION_CLOSED = "MEDIATION_CLOSED";

    private MediationActions() {
    }

}
