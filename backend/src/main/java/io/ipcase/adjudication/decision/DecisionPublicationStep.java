package io.ipcase.adjudication.decision;

import static io.ipcase.adjudication.AdjudicationPeriods.PUBLICATION;

import java.time.LocalDate;
import java.util.Map;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Order 81 art. 83: published on the government website within 20 working days, secrets
 * and privacy removed.
 */
@Step("decision-publication")
class DecisionPublicationStep implements TaskStep<DecisionPublicationStep.Values> {

    record Values(
            @NotNull(message = "{publication.date.required}") @PastOrPresent(
                    message = "{field.date.not-future}") LocalDate publishedOn,
            @NotBlank(message = "{publication.url.required}") @Size(max = 500, message = "{field.too-long}") @Pattern(
                    regexp = "\\s*https?://\\S+\\s*", message = "{publication.url.invalid}") String url) {
    }

    private final CaseClocks clocks;

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    DecisionPublicationStep(CaseClocks clocks, JdbcClient jdbc, AuditTrail audit) {
        this.clocks = clocks;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        String url = values.url().strip();
        jdbc.sql("""
                update adjudication_decisions set published_on = :on, publication_url = :url
                where case_id = :id and approval = 'APPROVE'""")
            .param("on", values.publishedOn())
            .param("url", url)
            .param("id", step.caseId())
            .update();
        clocks.stop(step.caseId(), PUBLICATION, step.username());
        audit.record(step.username(), AdjudicationActions.DECISION_PUBLISHED, step.caseId(), url);
        return Map.of();
    }

}
