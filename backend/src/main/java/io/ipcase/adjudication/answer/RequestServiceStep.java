package io.ipcase.adjudication.answer;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import io.ipcase.adjudication.AdjudicationActions;
import io.ipcase.adjudication.AdjudicationDocuments;
import io.ipcase.adjudication.casework.CaseSteps;
import io.ipcase.audit.AuditTrail;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import jakarta.validation.constraints.Size;

/**
 * The panel issues the request's copy and the answer notice to the respondent (Order 81
 * art. 22).
 */
@Step("request-service")
class RequestServiceStep implements TaskStep<RequestServiceStep.Values> {

    record Values(@Size(max = 5000, message = "{field.too-long}") String note) {
    }

    private final Cases cases;

    private final CaseSteps steps;

    private final AdjudicationDocuments documents;

    private final AuditTrail audit;

    private final Clock clock;

    RequestServiceStep(Cases cases, CaseSteps steps, AdjudicationDocuments documents, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.steps = steps;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        steps.notSuspended(step.caseId());
        // from now on the respondent's account sees the case and the documents served on
        // it
        cases.markAddressed(step.caseId(), PartyRecord.RESPONDENT, OffsetDateTime.now(clock));
        audit.record(step.username(), AdjudicationActions.REQUEST_SERVICE_ISSUED, step.caseId(), values.note());
        // the answer period runs from its receipt, recorded when it is served
        documents.issueAnswerNotice(step.caseId(), step.username());
        return Map.of();
    }

}
