package io.ipcase.mediation;

/** The audit trail's action codes for a mediation; the case timeline words them. */
final class MediationActions {

    static final String MEDIATION_REQUESTED = "MEDIATION_REQUESTED";
    static final String MEDIATION_NOTICE_ISSUED = "MEDIATION_NOTICE_ISSUED";
    static final String MEDIATION_NOTICE_SERVED = "MEDIATION_NOTICE_SERVED";
    static final String MEDIATION_OPINION_STATED = "MEDIATION_OPINION_STATED";
    static final String MEDIATION_FILED = "MEDIATION_FILED";
    static final String MEDIATION_SESSION_HELD = "MEDIATION_SESSION_HELD";
    static final String MEDIATION_AGREED = "MEDIATION_AGREED";
    static final String MEDIATION_NOT_FILED = "MEDIATION_NOT_FILED";
    static final String MEDIATION_CLOSED = "MEDIATION_CLOSED";

    private MediationActions() {
    }
}
