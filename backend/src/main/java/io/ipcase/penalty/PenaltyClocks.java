package io.ipcase.penalty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockView;
import io.ipcase.deadlines.Period;
import org.springframework.stereotype.Component;

/**
 * The periods of a counterfeit-patent penalty case, each a case clock. The lengths the
 * law fixes are here with their sources; those it leaves open come from
 * {@link PenaltySettings}.
 */
@Component
public class PenaltyClocks {

    public static final String FILING = "filing-decision";

    public static final String CASE_PERIOD = "case-period";

    public static final String STATEMENT = "statement-defence";

    public static final String HEARING_REQUEST = "hearing-request";

    public static final String DECISION_SERVICE = "decision-service";

    public static final String PUBLICATION = "publication";

    public static final String PUBLICATION_WITHDRAWAL = "publication-withdrawal";

    public static final String PAYMENT = "payment";

    public static final String RECONSIDERATION_WINDOW = "reconsideration-window";

    public static final String LITIGATION_WINDOW = "litigation-window";

    public static final String REMINDER = "reminder";

    public static final String COURT_APPLICATION = "court-application";

    public static final String REFERRAL_APPROVAL = "referral-approval";

    public static final String POLICE_TRANSFER = "police-transfer";

    public static final String POLICE_DECISION = "police-decision";

    public static final String RECONSIDERATION_REQUEST = "police-reconsideration-request";

    public static final String POLICE_RECONSIDERATION = "police-reconsideration";

    public static final String SUPERVISION_REQUEST = "supervision-request";

    public static final String ITEMS_HANDOVER = "items-handover";

    public static final String SEIZURE_PREFIX = "seizure-";

    /**
     * The reason the case period is paused while a hearing is asked for and held; only
     * its record ends it.
     */
    public static final String EXCLUDED_HEARING = "HEARING";

    /**
     * CNIPA 2015 Measures art. 28: file within 5 working days of discovering a case ...
     */
    public static final int CNIPA_FILING_ON_DISCOVERY = 5;

    /** ... or within 10 of receiving a report or complaint. */
    public static final int CNIPA_FILING_ON_REPORT = 10;

    /**
     * CNIPA 2015 Measures art. 36: one month from filing, +15 days on the head's
     * approval.
     */
    public static final int CNIPA_CASE_PERIOD_MONTHS = 1;

    public static final int CNIPA_CASE_PERIOD_EXTENSION_DAYS = 15;

    /**
     * Admin. Penalty Law art. 64(1), 85: a hearing is requested within 5 working days.
     */
    public static final int HEARING_REQUEST_WORKING_DAYS = 5;

    /** art. 64(2), 85: the party is told of the hearing 7 working days ahead. */
    public static final int HEARING_NOTICE_WORKING_DAYS = 7;

    /** art. 61, 85: a decision not handed over is served within 7 working days. */
    public static final int DECISION_SERVICE_WORKING_DAYS = 7;

    /** CNIPA 2015 Measures art. 46: published within 20 working days of the decision. */
    public static final int PUBLICATION_WORKING_DAYS = 20;

    /**
     * Admin. Penalty Law art. 48: a changed or revoked decision is withdrawn within 3
     * working days.
     */
    public static final int PUBLICATION_WITHDRAWAL_WORKING_DAYS = 3;

    /** art. 67: the fine is paid within 15 days of receiving the decision. */
    public static final int PAYMENT_DAYS = 15;

    /** Administrative Reconsideration Law 2023 art. 20: 60 days. */
    public static final int RECONSIDERATION_DAYS = 60;

    /**
     * Administrative Litigation Law art. 46: 6 months; art. 45: 15 days after
     * reconsideration.
     */
    public static final int LITIGATION_MONTHS = 6;

    public static final int LITIGATION_AFTER_RECONSIDERATION_DAYS = 15;

    /**
     * Administrative Compulsion Law art. 54, 69: apply to the court 10 working days after
     * the reminder.
     */
    public static final int REMINDER_WORKING_DAYS = 10;

    /** art. 53: within 3 months of the windows closing. */
    public static final int COURT_APPLICATION_MONTHS = 3;

    /** art. 25: sealing or seizure lasts up to 30 days, once extended by up to 30. */
    public static final int SEIZURE_DAYS = 30;

    public static final int SEIZURE_EXTENSION_DAYS = 30;

    /**
     * State Council regulation on referring suspected crimes (2020), art. 5-12: 3 days,
     * 24 hours.
     */
    public static final int REFERRAL_STEP_DAYS = 3;

    public static final int POLICE_TRANSFER_HOURS = 24;

    private final CaseClocks clocks;

    private final PenaltySettings settings;

    PenaltyClocks(CaseClocks clocks, PenaltySettings settings) {
        this.clocks = clocks;
        this.settings = settings;
    }

    public ClockView startFiling(UUID caseId, PenaltyProcedure procedure, LeadSource source, LocalDate trigger,
            String actor) {
        int days = switch (procedure) {
            case CNIPA_2015 -> source == LeadSource.OWN_FINDING ? CNIPA_FILING_ON_DISCOVERY : CNIPA_FILING_ON_REPORT;
            case SAMR -> settings.samr().verificationWorkingDays();
        };
        return clocks.start(caseId, FILING, Period.workingDays(days), trigger, actor);
    }

    /** SAMR art. 18: the verification period, extended once. */
    public ClockView extendFiling(UUID caseId, String approver, String reason) {
        return clocks.extend(caseId, FILING, Period.workingDays(settings.samr().verificationExtensionWorkingDays()),
                approver, "DEPARTMENT_HEAD", reason);
    }

    /**
     * The case period from filing. CNIPA's month is counted in calendar days from the
     * filing day (the corresponding day of the next month, Civil Code art. 202), so that
     * its 15-day extension and the excluded days add in one unit.
     */
    public ClockView startCasePeriod(UUID caseId, PenaltyProcedure procedure, LocalDate filedOn, String actor) {
        int days = switch (procedure) {
            case CNIPA_2015 -> (int) ChronoUnit.DAYS.between(filedOn, filedOn.plusMonths(CNIPA_CASE_PERIOD_MONTHS));
            case SAMR -> settings.samr().casePeriodDays();
        };
        return clocks.start(caseId, CASE_PERIOD, Period.calendarDays(days), filedOn, actor);
    }

    public ClockView extendCasePeriod(UUID caseId, PenaltyProcedure procedure, boolean collective, String approver,
            String reason) {
        int days = procedure == PenaltyProcedure.CNIPA_2015 ? CNIPA_CASE_PERIOD_EXTENSION_DAYS
                : settings.samr().casePeriodExtensionDays();
        return clocks.extend(caseId, CASE_PERIOD, Period.calendarDays(days), approver,
                collective ? "COLLECTIVE_DECISION" : "DEPARTMENT_HEAD", reason);
    }

    public ClockView startStatement(UUID caseId, LocalDate servedOn, String actor) {
        return clocks.start(caseId, STATEMENT, Period.workingDays(settings.statementWorkingDays()), servedOn, actor);
    }

    public ClockView startHearingRequest(UUID caseId, LocalDate servedOn, String actor) {
        return clocks.start(caseId, HEARING_REQUEST, Period.workingDays(HEARING_REQUEST_WORKING_DAYS), servedOn, actor);
    }

    public ClockView startDecisionService(UUID caseId, LocalDate decidedOn, String actor) {
        return clocks.start(caseId, DECISION_SERVICE, Period.workingDays(DECISION_SERVICE_WORKING_DAYS), decidedOn,
                actor);
    }

    public ClockView startPublication(UUID caseId, LocalDate decidedOn, String actor) {
        return clocks.start(caseId, PUBLICATION, Period.workingDays(PUBLICATION_WORKING_DAYS), decidedOn, actor);
    }

    public ClockView startPublicationWithdrawal(UUID caseId, LocalDate revokedOn, String actor) {
        return clocks.start(caseId, PUBLICATION_WITHDRAWAL, Period.workingDays(PUBLICATION_WITHDRAWAL_WORKING_DAYS),
                revokedOn, actor);
    }

    public ClockView startPayment(UUID caseId, LocalDate servedOn, String actor) {
        return clocks.start(caseId, PAYMENT, Period.calendarDays(PAYMENT_DAYS), servedOn, actor);
    }

    /** A deferral or instalments approved: the fine falls due on a new last day. */
    public ClockView movePayment(UUID caseId, LocalDate lastDay, String actor) {
        return clocks.startUntil(caseId, PAYMENT, lastDay, actor);
    }

    public ClockView startReconsiderationWindow(UUID caseId, LocalDate servedOn, String actor) {
        return clocks.start(caseId, RECONSIDERATION_WINDOW, Period.calendarDays(RECONSIDERATION_DAYS), servedOn, actor);
    }

    public ClockView startLitigationWindow(UUID caseId, LocalDate servedOn, String actor) {
        return clocks.start(caseId, LITIGATION_WINDOW, Period.months(LITIGATION_MONTHS), servedOn, actor);
    }

    /**
     * After a reconsideration decision the party has 15 days to sue (Administrative
     * Litigation Law art. 45).
     */
    public ClockView restartLitigationAfterReconsideration(UUID caseId, LocalDate decidedOn, String actor) {
        return clocks.start(caseId, LITIGATION_WINDOW, Period.calendarDays(LITIGATION_AFTER_RECONSIDERATION_DAYS),
                decidedOn, actor);
    }

    public ClockView startReminder(UUID caseId, LocalDate servedOn, String actor) {
        return clocks.start(caseId, REMINDER, Period.workingDays(REMINDER_WORKING_DAYS), servedOn, actor);
    }

    public ClockView startCourtApplication(UUID caseId, LocalDate windowsClosedOn, String actor) {
        return clocks.start(caseId, COURT_APPLICATION, Period.months(COURT_APPLICATION_MONTHS), windowsClosedOn, actor);
    }

    public ClockView startSeizure(UUID caseId, int seq, LocalDate carriedOutOn, String actor) {
        return clocks.start(caseId, seizure(seq), Period.calendarDays(SEIZURE_DAYS), carriedOutOn, actor);
    }

    public ClockView extendSeizure(UUID caseId, int seq, String approver, String reason) {
        return clocks.extend(caseId, seizure(seq), Period.calendarDays(SEIZURE_EXTENSION_DAYS), approver,
                "DEPARTMENT_HEAD", reason);
    }

    /**
     * A step of the referral that the regulation gives 3 days, from the day of its
     * trigger.
     */
    public ClockView startReferralStep(UUID caseId, String key, LocalDate trigger, String actor) {
        return clocks.start(caseId, key, Period.calendarDays(REFERRAL_STEP_DAYS), trigger, actor);
    }

    public ClockView startPoliceTransfer(UUID caseId, Instant approvedAt, String actor) {
        return clocks.startHours(caseId, POLICE_TRANSFER, POLICE_TRANSFER_HOURS, approvedAt, actor);
    }

    public ClockView pause(UUID caseId, String key, String reason, String actor) {
        return clocks.pause(caseId, key, reason, actor);
    }

    public ClockView resume(UUID caseId, String key, String actor) {
        return clocks.resume(caseId, key, actor);
    }

    public ClockView stop(UUID caseId, String key, String actor) {
        return clocks.stop(caseId, key, actor);
    }

    /**
     * Stops the clock if it was ever started: a step met before or without its period.
     */
    public void stopIfRunning(UUID caseId, String key, String actor) {
        clocks.find(caseId, key).ifPresent(c -> clocks.stop(caseId, key, actor));
    }

    public Optional<ClockView> find(UUID caseId, String key) {
        return clocks.find(caseId, key);
    }

    public static String seizure(int seq) {
        return SEIZURE_PREFIX + seq;
    }

}
