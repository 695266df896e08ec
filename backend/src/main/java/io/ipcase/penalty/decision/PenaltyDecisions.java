package io.ipcase.penalty.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import io.ipcase.documents.ServiceMethod;
import io.ipcase.web.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The decision of a case as it stands: what it imposes, when it was served and published,
 * when the fine falls due and the windows to challenge it close, and whether it was
 * revoked. The steps and services that change it do so here; amounts are exact decimals
 * throughout.
 */
@Service
public class PenaltyDecisions {

    private final JdbcClient jdbc;

    PenaltyDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Decision> find(UUID caseId) {
        return jdbc.sql("""
                select kind, fine, confiscated_gains, correction, decided_on, served_on, service_method, payment_due_on,
                    windows_close_on, published_on, publication_ref, revoked_on
                from penalty_decisions where case_id = :c""").param("c", caseId).query(Decision.class).optional();
    }

    public Decision require(UUID caseId) {
        return find(caseId).orElseThrow(() -> new ConflictException("problem.penalty.no-decision"));
    }

    void decided(UUID caseId, DecisionKind kind, BigDecimal fine, BigDecimal confiscatedGains, String correction,
            LocalDate on) {
        jdbc.sql("""
                insert into penalty_decisions (case_id, kind, fine, confiscated_gains, correction, decided_on)
                values (:c, :kind, :fine, :confiscated, :correction, :on)""")
            .param("c", caseId)
            .param("kind", kind.name())
            .param("fine", fine)
            .param("confiscated", confiscatedGains)
            .param("correction", correction)
            .param("on", on)
            .update();
    }

    /**
     * Served: with a penalty, the day the fine falls due (if any) and the windows close.
     */
    void served(UUID caseId, LocalDate servedOn, ServiceMethod method, LocalDate paymentDueOn,
            LocalDate windowsCloseOn) {
        jdbc.sql("""
                update penalty_decisions set served_on = :on, service_method = :m, payment_due_on = :due,
                    windows_close_on = :close where case_id = :c""")
            .param("on", servedOn)
            .param("m", method.name())
            .param("due", paymentDueOn)
            .param("close", windowsCloseOn)
            .param("c", caseId)
            .update();
    }

    void published(UUID caseId, LocalDate on, String reference) {
        jdbc.sql("update penalty_decisions set published_on = :on, publication_ref = :ref where case_id = :c")
            .param("on", on)
            .param("ref", reference)
            .param("c", caseId)
            .update();
    }

    /**
     * A deferral or instalments approved: the fine falls due later, and the court may be
     * asked no sooner.
     */
    public void paymentMoved(UUID caseId, LocalDate paymentDueOn, LocalDate enforcementFrom) {
        jdbc.sql("update penalty_decisions set payment_due_on = :due, windows_close_on = :close where case_id = :c")
            .param("due", paymentDueOn)
            .param("close", enforcementFrom)
            .param("c", caseId)
            .update();
    }

    /** The court may be asked to enforce from the day after this one. */
    void windowsClose(UUID caseId, LocalDate enforcementFrom) {
        jdbc.sql("update penalty_decisions set windows_close_on = :close where case_id = :c")
            .param("close", enforcementFrom)
            .param("c", caseId)
            .update();
    }

    void varied(UUID caseId, BigDecimal fine) {
        jdbc.sql("update penalty_decisions set fine = :f where case_id = :c")
            .param("f", fine)
            .param("c", caseId)
            .update();
    }

    void revoked(UUID caseId, LocalDate on) {
        jdbc.sql("update penalty_decisions set revoked_on = :on where case_id = :c")
            .param("on", on)
            .param("c", caseId)
            .update();
    }

    public enum DecisionKind {

        PENALTY, EXEMPT, STOP_SELLING, WITHDRAWN;

        static DecisionKind of(String investigationOutcome) {
            return switch (investigationOutcome) {
                case "PENALTY" -> PENALTY;
                case "EXEMPT" -> EXEMPT;
                case "STOP_SELLING" -> STOP_SELLING;
                case "WITHDRAW" -> WITHDRAWN;
                default -> throw new IllegalArgumentException(investigationOutcome);
            };
        }

    }

    public record Decision(DecisionKind kind, BigDecimal fine, BigDecimal confiscatedGains, String correction,
            LocalDate decidedOn, LocalDate servedOn, String serviceMethod, LocalDate paymentDueOn,
            LocalDate windowsCloseOn, LocalDate publishedOn, String publicationRef, LocalDate revokedOn) {

        /** A penalty served and standing: the party owes it, and may challenge it. */
        public boolean inForce() {
            return kind == DecisionKind.PENALTY && servedOn != null && revokedOn == null;
        }
    }

}
