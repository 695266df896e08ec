package io.ipcase.mediation.steps;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.ipcase.adjudication.AdjudicationDocuments;
import io.ipcase.audit.AuditTrail;
import io.ipcase.documents.OfficialDocuments;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.web.InvalidInputException;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Order 81 art. 69: the mediation agreement, signed by both parties and sealed by the
 * department, issued to both (调解协议书). With payment obligations and a commitment to accept
 * enforcement it may be notarised as enforceable (art. 35 ¶2).
 */
@Step("mediation-agreement")
class MediationAgreementStep implements TaskStep<MediationAgreementStep.Values> {

    record Values(
            @NotBlank(message = "{mediation.agreement.terms.required}") @Size(max = 20000,
                    message = "{field.too-long}") String terms,
            @DecimalMin(value = "0.00", message = "{mediation.agreement.amount.positive}") @Digits(integer = 12,
                    fraction = 2, message = "{mediation.agreement.amount.format}") BigDecimal paymentAmount,
            boolean enforcementCommitment,
            @AssertTrue(message = "{mediation.agreement.signed}") boolean signedByParties,
            @AssertTrue(message = "{mediation.agreement.sealed}") boolean sealed) {
    }

    private final OpenMediations mediations;

    private final OfficialDocuments documents;

    private final AdjudicationDocuments parties;

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    MediationAgreementStep(OpenMediations mediations, OfficialDocuments documents, AdjudicationDocuments parties,
            JdbcClient jdbc, AuditTrail audit) {
        this.mediations = mediations;
        this.documents = documents;
        this.parties = parties;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public Values initialValues(StepContext step) {
        return new Values(null, null, false, false, false);
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        if (values.enforcementCommitment()
                && (values.paymentAmount() == null || values.paymentAmount().signum() == 0)) {
            // art. 35 ¶2: the notarisation route is for agreements with payment
            // obligations
            throw InvalidInputException.of("paymentAmount", "mediation.agreement.commitment-needs-payment");
        }
        UUID caseId = step.caseId();
        OpenMediations.Current m = mediations.require(caseId);
        String terms = values.terms().strip();
        jdbc.sql("""
                update mediations set agreement_terms = :t, payment_amount = :amount, enforcement_commitment = :c,
                    signed_by_parties = true, sealed = true where id = :id""")
            .param("t", terms)
            .param("amount", values.paymentAmount())
            .param("c", values.enforcementCommitment())
            .param("id", m.id())
            .update();
        mediations.close(caseId, m.id(), "AGREEMENT", step.username());
        audit.record(step.username(), MediationActions.MEDIATION_AGREED, caseId,
                values.paymentAmount() == null ? null : values.paymentAmount().toPlainString());
        Map<String, Object> model = new HashMap<>();
        model.put("terms", terms.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        model.put("paymentAmount", values.paymentAmount());
        model.put("enforcementCommitment", values.enforcementCommitment());
        model.put("subject", m.subject());
        model.put("inCase", m.inCase());
        model.put("mediator", step.user().displayName());
        documents.issue(caseId, "mediation-agreement", model, parties.toAllParties(caseId), step.username());
        return Map.of("mediationOutcome", "AGREEMENT");
    }

}
