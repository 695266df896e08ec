package io.ipcase.penalty;

import static io.ipcase.penalty.PenaltyStep.Independence.ANY;
import static io.ipcase.penalty.PenaltyStep.Independence.HANDLER;
import static io.ipcase.penalty.PenaltyStep.Independence.NOT_A_HANDLER;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import io.ipcase.audit.AuditTrail;
import io.ipcase.documents.ServiceMethod;
import io.ipcase.deadlines.ClockView;
import io.ipcase.inbox.InboxTask;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plainer steps of the counterfeit-penalty, seizure and referral models, by form key: what
 * each asks for and what it does. Approvals are the supervisor's tasks; recorded outcomes the
 * handlers'. Each returns the variables its model branches on and the due dates of what follows,
 * from the case clocks.
 */
@Configuration(proxyBeanMethods = false)
class PenaltySteps {

    private final PenaltyCases cases;
    private final PenaltyClocks clocks;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    PenaltySteps(PenaltyCases cases, PenaltyClocks clocks, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.clocks = clocks;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    private PenaltyStep step(String key, PenaltyStep.Needs needs, PenaltyStep.Independence who, PenaltyStep.Rule rule) {
        return new PenaltyStep(key, needs, who, rule, cases, jdbc, audit, clock);
    }

    private static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            vars.put((String) pairs[i], pairs[i + 1]);
        }
        return vars;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- filing and the case period

    /** 立案审批: file, refuse, or (SAMR art. 18) extend the verification once. */
    @Bean
    PenaltyStep penaltyFilingApprovalStep() {
        return step("penalty-filing-approval",
            PenaltyStep.Needs.outcome("APPROVED", "REFUSED", "EXTENDED").commentsFor("REFUSED", "EXTENDED"), ANY,
            (user, task, pc, v) -> {
                Map<String, Object> vars = vars("filingDecision", v.outcome());
                switch (v.outcome()) {
                    case "EXTENDED" -> {
                        if (pc.procedure() != PenaltyProcedure.SAMR) {
                            throw InvalidInputException.of("outcome", "penalty.filing.extension.samr-only");
                        }
                        if (clocks.find(pc.caseId(), PenaltyClocks.FILING).map(ClockView::extended).orElse(false)) {
                            throw new ConflictException("problem.penalty.filing-extended");
                        }
                        vars.put("filingDueAt", clocks.extendFiling(pc.caseId(), user.getUsername(), v.commentsOrNull())
                            .deadline().dueDate());
                    }
                    case "APPROVED" -> {
                        clocks.stop(pc.caseId(), PenaltyClocks.FILING, user.getUsername());
                        vars.put("casePeriodDueAt", clocks.startCasePeriod(pc.caseId(), pc.procedure(), today(),
                            user.getUsername()).deadline().dueDate());
                    }
                    default -> clocks.stop(pc.caseId(), PenaltyClocks.FILING, user.getUsername());
                }
                return vars;
            });
    }

    /**
     * CNIPA 2015 Measures art. 36: one extension of 15 days on the head's approval. SAMR: 30 days on
     * the head's approval, any further one by collective decision, with its reasons.
     */
    @Bean
    PenaltyStep penaltyCasePeriodExtensionStep() {
        return step("penalty-case-period-extension",
            PenaltyStep.Needs.outcome("APPROVED", "REFUSED").commentsFor("APPROVED", "REFUSED"), ANY,
            (user, task, pc, v) -> {
                ClockView period = clocks.find(pc.caseId(), PenaltyClocks.CASE_PERIOD).orElseThrow();
                if ("APPROVED".equals(v.outcome())) {
                    if (period.extended() && pc.procedure() == PenaltyProcedure.CNIPA_2015) {
                        throw new ConflictException("problem.penalty.case-period-extended");
                    }
                    period = clocks.extendCasePeriod(pc.caseId(), pc.procedure(), period.extended(),
                        user.getUsername(), v.commentsOrNull());
                }
                return vars("casePeriodDueAt", period.deadline().dueDate());
            });
    }

    // --- review and approval of the decision

    /** Admin. Penalty Law art. 58: by an officer who did not investigate the case. */
    @Bean
    PenaltyStep penaltyLegalReviewStep() {
        return step("penalty-legal-review", PenaltyStep.Needs.outcome("PASSED", "RETURNED").commentsFor("RETURNED"),
            NOT_A_HANDLER, (user, task, pc, v) -> vars("legalReview", v.outcome()));
    }

    /** Admin. Penalty Law art. 57 ¶2: the heads' meeting, its date, who took part, its conclusion. */
    @Bean
    PenaltyStep penaltyCollectiveDiscussionStep() {
        return step("penalty-collective-discussion",
            PenaltyStep.Needs.outcome("AGREED", "RETURNED").commentsFor("AGREED", "RETURNED").date().reference(), ANY,
            (user, task, pc, v) -> vars("collectiveDiscussion", v.outcome()));
    }

    @Bean
    PenaltyStep penaltyDecisionApprovalStep() {
        return step("penalty-decision-approval", PenaltyStep.Needs.outcome("APPROVED", "RETURNED").commentsFor("RETURNED"),
            ANY, (user, task, pc, v) -> vars("decisionApproval", v.outcome()));
    }

    // --- notice, hearing, service

    @Bean
    PenaltyStep penaltyNoticeServiceStep(PenaltyNotices notices, PenaltyDocuments documents) {
        return step("penalty-notice-service", PenaltyStep.Needs.none().service(), HANDLER,
            (user, task, pc, v) -> {
                audit.record(user.getUsername(), PenaltyAudit.DOCUMENT_SERVED, pc.caseId(), "NOTICE " + v.date());
                documents.served(pc.caseId(), PenaltyDocuments.NOTICE, v.method(), v.date(), null, user.getUsername());
                return notices.served(pc.caseId(), v.date(), user.getUsername());
            });
    }

    @Bean
    PenaltyStep penaltyHearingRecordStep(PenaltyNotices notices) {
        return step("penalty-hearing-record", PenaltyStep.Needs.outcome("HELD", "ABSENT").commentsFor("HELD").date(), ANY,
            (user, task, pc, v) -> {
                if (!user.getUsername().equals(task.assignee())) {
                    throw new ConflictException("problem.task-not-yours");
                }
                return notices.held(user, pc, v);
            });
    }

    @Bean
    PenaltyStep penaltyDecisionServiceStep(PenaltyDecisions decisions, PenaltyDocuments documents) {
        return step("penalty-decision-service", PenaltyStep.Needs.none().service(), HANDLER,
            (user, task, pc, v) -> {
                audit.record(user.getUsername(), PenaltyAudit.DOCUMENT_SERVED, pc.caseId(), "DECISION " + v.date());
                documents.served(pc.caseId(), PenaltyDocuments.DECISION, v.method(), v.date(), null,
                    user.getUsername());
                return decisions.served(pc.caseId(), v.date(), v.method(), user.getUsername());
            });
    }

    @Bean
    PenaltyStep penaltyPublicationStep(PenaltyDecisions decisions) {
        return step("penalty-publication", PenaltyStep.Needs.none().date().reference(), ANY,
            (user, task, pc, v) -> {
                decisions.published(pc.caseId(), v.date(), v.referenceOrNull(), user.getUsername());
                return vars();
            });
    }

    @Bean
    PenaltyStep penaltyPublicationWithdrawalStep() {
        return step("penalty-publication-withdrawal", PenaltyStep.Needs.none().date().reference(), ANY,
            (user, task, pc, v) -> {
                clocks.stopIfRunning(pc.caseId(), PenaltyClocks.PUBLICATION_WITHDRAWAL, user.getUsername());
                return vars();
            });
    }

    // --- payment and enforcement

    @Bean
    PenaltyStep penaltyPaymentArrangementStep(PenaltyDecisions decisions) {
        return step("penalty-payment-arrangement", PenaltyStep.Needs.outcome("APPROVED", "REFUSED").commentsFor("REFUSED"),
            ANY, (user, task, pc, v) -> decisions.decideArrangement(pc.caseId(), "APPROVED".equals(v.outcome()),
                user.getUsername()));
    }

    /** Administrative Compulsion Law art. 54: the reminder served, the court may be asked 10 working days on. */
    @Bean
    PenaltyStep penaltyReminderStep() {
        return step("penalty-reminder", PenaltyStep.Needs.none().service(), HANDLER,
            (user, task, pc, v) -> {
                audit.record(user.getUsername(), PenaltyAudit.DOCUMENT_SERVED, pc.caseId(), "REMINDER " + v.date());
                return vars("reminderExpiresAt",
                    clocks.startReminder(pc.caseId(), v.date(), user.getUsername()).deadline().expiryDate());
            });
    }

    @Bean
    PenaltyStep penaltyCourtApplicationStep() {
        return step("penalty-court-application", PenaltyStep.Needs.none().date().reference(), HANDLER,
            (user, task, pc, v) -> {
                clocks.stopIfRunning(pc.caseId(), PenaltyClocks.COURT_APPLICATION, user.getUsername());
                return vars();
            });
    }

    @Bean
    PenaltyStep penaltyEnforcementOutcomeStep() {
        return step("penalty-enforcement-outcome",
            PenaltyStep.Needs.outcome("ENFORCED", "REFUSED").commentsFor("REFUSED").date(), HANDLER,
            (user, task, pc, v) -> vars());
    }

    // --- sealing and seizure

    /** Approved, the decision to seal or seize is made, to be handed over when carried out. */
    @Bean
    PenaltyStep penaltySeizureApprovalStep(Seizures seizures, RuntimeService runtime, PenaltyDocuments documents) {
        return step("penalty-seizure-approval", PenaltyStep.Needs.outcome("APPROVED", "REFUSED").commentsFor("REFUSED"),
            ANY, (user, task, pc, v) -> {
                long id = seizureId(runtime, task);
                seizures.decided(id, "APPROVED".equals(v.outcome()));
                if ("APPROVED".equals(v.outcome())) {
                    documents.toParty(pc.caseId(), PenaltyDocuments.SEIZURE_DECISION, vars("seizure", seizures.find(id),
                        "days", PenaltyClocks.SEIZURE_DAYS, "extensionDays", PenaltyClocks.SEIZURE_EXTENSION_DAYS),
                        user.getUsername());
                }
                return vars("seizureApproval", v.outcome());
            });
    }

    /**
     * CNIPA 2015 Measures art. 30: carried out with a notice, a count, a record and a list; the
     * decision is handed to the party there (Administrative Compulsion Law art. 24).
     */
    @Bean
    PenaltyStep penaltySeizureRecordStep(Seizures seizures, RuntimeService runtime, PenaltyDocuments documents) {
        return step("penalty-seizure-record", PenaltyStep.Needs.none().date().comments(), HANDLER,
            (user, task, pc, v) -> {
                documents.served(pc.caseId(), PenaltyDocuments.SEIZURE_DECISION, ServiceMethod.PERSONAL, v.date(), null,
                    user.getUsername());
                return vars("seizureExpiresAt", seizures.carriedOut(seizureId(runtime, task), v.date(),
                    user.getUsername()).deadline().expiryDate());
            });
    }

    @Bean
    PenaltyStep penaltySeizureExtensionStep(Seizures seizures, RuntimeService runtime) {
        return step("penalty-seizure-extension",
            PenaltyStep.Needs.outcome("APPROVED", "REFUSED").commentsFor("APPROVED", "REFUSED"), ANY,
            (user, task, pc, v) -> {
                long id = seizureId(runtime, task);
                Seizures.Seizure s = seizures.find(id);
                ClockView period = "APPROVED".equals(v.outcome())
                    ? seizures.extend(id, user.getUsername(), v.commentsOrNull())
                    : clocks.find(pc.caseId(), PenaltyClocks.seizure(s.seq())).orElseThrow();
                return vars("seizureExpiresAt", period.deadline().expiryDate());
            });
    }

    @Bean
    PenaltyStep penaltySeizureReleaseStep(Seizures seizures, RuntimeService runtime) {
        return step("penalty-seizure-release", PenaltyStep.Needs.none().date(), HANDLER,
            (user, task, pc, v) -> {
                seizures.releasedOnExpiry(seizureId(runtime, task), v.date(), user.getUsername());
                return vars();
            });
    }

    private static long seizureId(RuntimeService runtime, InboxTask task) {
        return ((Number) runtime.getVariable(task.processInstanceId(), "seizureId")).longValue();
    }

    // --- referral to the police (State Council regulation on referring suspected crimes, art. 5-12)

    /** Approved, the referral is written, to go to the police within 24 hours (art. 6, 8). */
    @Bean
    PenaltyStep penaltyReferralApprovalStep(PenaltyDocuments documents) {
        return step("penalty-referral-approval", PenaltyStep.Needs.outcome("APPROVED", "REFUSED").commentsFor("REFUSED"),
            ANY, (user, task, pc, v) -> {
                clocks.stopIfRunning(pc.caseId(), PenaltyClocks.REFERRAL_APPROVAL, user.getUsername());
                if ("REFUSED".equals(v.outcome())) {
                    return vars("referralApproval", v.outcome(), "policeOutcome", "REFERRAL_REFUSED");
                }
                documents.toAuthority(pc.caseId(), PenaltyDocuments.POLICE_REFERRAL, "公安机关", Map.of(),
                    user.getUsername());
                return vars("referralApproval", v.outcome(), "policeTransferDueAt",
                    clocks.startPoliceTransfer(pc.caseId(), clock.instant(), user.getUsername()).deadline().dueDate());
            });
    }

    @Bean
    PenaltyStep penaltyPoliceTransferStep(PenaltyDocuments documents) {
        return step("penalty-police-transfer", PenaltyStep.Needs.none().at().reference(), HANDLER,
            (user, task, pc, v) -> {
                clocks.stopIfRunning(pc.caseId(), PenaltyClocks.POLICE_TRANSFER, user.getUsername());
                LocalDate transferred = v.at().atZoneSameInstant(clock.getZone()).toLocalDate();
                documents.served(pc.caseId(), PenaltyDocuments.POLICE_REFERRAL, ServiceMethod.PERSONAL, transferred,
                    v.referenceOrNull(), user.getUsername());
                return vars("policeDecisionDueAt", clocks.startReferralStep(pc.caseId(), PenaltyClocks.POLICE_DECISION,
                    transferred, user.getUsername()).deadline().dueDate());
            });
    }

    @Bean
    PenaltyStep penaltyPoliceDecisionStep() {
        return policeAnswer("penalty-police-decision", PenaltyClocks.POLICE_DECISION, "policeDecision",
            PenaltyClocks.RECONSIDERATION_REQUEST, "reconsiderationRequestDueAt");
    }

    @Bean
    PenaltyStep penaltyPoliceReconsiderationRequestStep() {
        return request("penalty-police-reconsideration-request", PenaltyClocks.RECONSIDERATION_REQUEST,
            "reconsiderationRequest", PenaltyClocks.POLICE_RECONSIDERATION, "policeReconsiderationDueAt");
    }

    @Bean
    PenaltyStep penaltyPoliceReconsiderationStep() {
        return policeAnswer("penalty-police-reconsideration", PenaltyClocks.POLICE_RECONSIDERATION,
            "policeReconsideration", PenaltyClocks.SUPERVISION_REQUEST, "supervisionRequestDueAt");
    }

    @Bean
    PenaltyStep penaltySupervisionRequestStep() {
        return request("penalty-supervision-request", PenaltyClocks.SUPERVISION_REQUEST, "supervisionRequest", null,
            null);
    }

    @Bean
    PenaltyStep penaltySupervisionOutcomeStep() {
        return policeAnswer("penalty-supervision-outcome", null, "supervisionOutcome", null, null);
    }

    @Bean
    PenaltyStep penaltyItemsHandoverStep(Seizures seizures) {
        return step("penalty-items-handover", PenaltyStep.Needs.none().date().reference(), HANDLER,
            (user, task, pc, v) -> {
                clocks.stopIfRunning(pc.caseId(), PenaltyClocks.ITEMS_HANDOVER, user.getUsername());
                seizures.endAll(pc.caseId(), "HANDED_OVER", user.getUsername());
                return vars("policeOutcome", "CASE_OPENED");
            });
    }

    /**
     * The police answer (filing decision, reconsideration, or after the procuratorate's
     * supervision): a case opened means the items go over within 3 days of the notice; none means
     * the next 3 days to object, or, after the last step, the penalty procedure goes on.
     */
    private PenaltyStep policeAnswer(String key, String clockKey, String variable, String nextClock, String nextDue) {
        return step(key, PenaltyStep.Needs.outcome("CASE_OPENED", "NO_CASE").date().reference(), HANDLER,
            (user, task, pc, v) -> {
                if (clockKey != null) {
                    clocks.stopIfRunning(pc.caseId(), clockKey, user.getUsername());
                }
                Map<String, Object> vars = vars(variable, v.outcome());
                if ("CASE_OPENED".equals(v.outcome())) {
                    vars.put("itemsHandoverDueAt", clocks.startReferralStep(pc.caseId(), PenaltyClocks.ITEMS_HANDOVER,
                        v.date(), user.getUsername()).deadline().dueDate());
                } else if (nextClock != null) {
                    vars.put(nextDue, clocks.startReferralStep(pc.caseId(), nextClock, v.date(), user.getUsername())
                        .deadline().dueDate());
                } else {
                    vars.put("policeOutcome", "NO_CASE");
                }
                return vars;
            });
    }

    /** Whether to object to a no-case decision: asked, the next 3 days run; accepted, it stands. */
    private PenaltyStep request(String key, String clockKey, String variable, String nextClock, String nextDue) {
        return step(key, PenaltyStep.Needs.outcome("REQUESTED", "ACCEPTED").commentsFor("ACCEPTED").date(), HANDLER,
            (user, task, pc, v) -> {
                clocks.stopIfRunning(pc.caseId(), clockKey, user.getUsername());
                Map<String, Object> vars = vars(variable, v.outcome());
                if ("ACCEPTED".equals(v.outcome())) {
                    vars.put("policeOutcome", "NO_CASE");
                } else if (nextClock != null) {
                    vars.put(nextDue, clocks.startReferralStep(pc.caseId(), nextClock, v.date(), user.getUsername())
                        .deadline().dueDate());
                }
                return vars;
            });
    }

}
