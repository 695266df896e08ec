package io.ipcase.mediation.steps;

import io.ipcase.deadlines.Period;

/**
 * A mediation's clocks (Order 81 art. 65–66, 70): the notice to the other side within 5
 * working days of the request; its 15 days from receipt to state an opinion; on consent
 * the filing, and without it the requester told, within 5 working days; the mediation's
 * own period.
 */
public final class MediationPeriods {

    public static final String NOTICE = "mediation-notice";

    public static final Period NOTICE_PERIOD = Period.workingDays(5);

    public static final String OPINION = "mediation-opinion";

    public static final Period OPINION_PERIOD = Period.calendarDays(15);

    public static final String FILING = "mediation-filing";

    public static final String NOT_FILED_NOTICE = "mediation-not-filed-notice";

    public static final Period FIVE_WORKING_DAYS = Period.workingDays(5);

    /** The mediation's own period (settings; Order 81 art. 70 for ownership disputes). */
    public static final String PERIOD = "mediation-period";

    /** The adjudication's case period, which an in-case mediation may pause. */
    public static final String CASE_PERIOD = "case-period";

    private MediationPeriods() {
    }

}
