package io.ipcase.adjudication;

import io.ipcase.deadlines.Period;

/** The periods of an adjudication the law fixes, each a case clock under its own key. */
public final class AdjudicationPeriods {

    /**
     * Order 81 art. 20: accept or refuse within 5 working days of receiving the request…
     */
    public static final String ACCEPTANCE = "acceptance";

    public static final Period ACCEPTANCE_PERIOD = Period.workingDays(5);

    /** … extendable once by 5 working days with the department head's approval. */
    public static final Period ACCEPTANCE_EXTENSION = Period.workingDays(5);

    /** Order 81 art. 16: the deadline the supplement notice sets. */
    public static final String SUPPLEMENT = "supplement";

    /**
     * Order 81 art. 22: the request served on the respondent within 5 working days of
     * acceptance.
     */
    public static final String SERVICE = "service";

    public static final Period SERVICE_PERIOD = Period.workingDays(5);

    /**
     * Order 81 art. 22: the answer within 15 days of receipt, 30 without a domicile in
     * China.
     */
    public static final String ANSWER = "answer";

    public static final Period ANSWER_PERIOD = Period.calendarDays(15);

    public static final Period ANSWER_PERIOD_ABROAD = Period.calendarDays(30);

    /**
     * Order 81 art. 22 ¶2: the answer forwarded to the requester within 5 working days.
     */
    public static final String FORWARDING = "answer-forwarding";

    public static final Period FORWARDING_PERIOD = Period.workingDays(5);

    /** Order 81 art. 9: a jurisdiction objection decided within 5 working days. */
    public static final String JURISDICTION = "jurisdiction-objection";

    public static final Period JURISDICTION_PERIOD = Period.workingDays(5);

    /**
     * Order 81 art. 54: an evidence period of at least 15 days from receipt of the
     * notice.
     */
    public static final String EVIDENCE = "evidence";

    public static final int EVIDENCE_MINIMUM_DAYS = 15;

    /** Order 81 art. 37: decided within 3 months of acceptance. */
    public static final String CASE_PERIOD = "case-period";

    public static final Period CASE_PERIOD_LENGTH = Period.months(3);

    /** Order 81 art. 37: + at most 1 month with the department head's approval … */
    public static final int HEAD_EXTENSION_MONTHS = 1;

    /** … and + at most 2 months more with the next-higher department's. */
    public static final int HIGHER_EXTENSION_MONTHS = 2;

    /** Order 81 art. 83: the decision published within 20 working days. */
    public static final String PUBLICATION = "publication";

    public static final Period PUBLICATION_PERIOD = Period.workingDays(20);

    /** Patent Law art. 65: a party may sue within 15 days of receiving the decision. */
    public static final String APPEAL_WINDOW = "appeal-window";

    public static final Period APPEAL_WINDOW_PERIOD = Period.calendarDays(15);

    /**
     * Administrative Compulsion Law art. 54, 69: the court is asked 10 working days after
     * the reminder.
     */
    public static final String REMINDER = "reminder";

    public static final Period REMINDER_PERIOD = Period.workingDays(10);

    /**
     * Order 81 art. 80 ¶2: the application to the court within 3 months after the window
     * closes.
     */
    public static final String ENFORCEMENT = "enforcement-application";

    public static final Period ENFORCEMENT_PERIOD = Period.months(3);

    /**
     * Administrative Compulsion Law art. 58: the court rules within 30 days where it
     * hears the parties.
     */
    public static final String COURT_RULING = "court-ruling";

    public static final Period COURT_RULING_PERIOD = Period.calendarDays(30);

    /** Order 81 art. 5: recusal asked within 3 working days of knowing the ground. */
    public static final int RECUSAL_WORKING_DAYS = 3;

    /** Order 81 art. 26: the hearing notice received at least 3 working days before. */
    public static final int HEARING_NOTICE_WORKING_DAYS = 3;

    private AdjudicationPeriods() {
    }

}
