package io.ipcase.assistance.steps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.assistance.AssistanceSettings;
import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.ClockView;
import io.ipcase.inbox.steps.ShownWhen;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.TaskStep;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The review: accept (受理通知书), ask once for everything missing (补正通知书, the setting's
 * working days to supply it) or refuse with reasons (不予受理通知书, appealable within the
 * setting's working days).
 */
@Step("assistance-review")
class AssistanceReviewStep implements TaskStep<AssistanceReviewStep.Values> {

    enum Decision {

        ACCEPT, SUPPLEMENT, REFUSE

    }

    record Values(@NotNull(message = "{assistance.review.decision.required}") Decision decision,
            @ShownWhen(field = "decision", is = "REFUSE") @NotBlank(
                    message = "{assistance.review.reasons.required}") @Size(max = 5000,
                            message = "{field.too-long}") String reasons,
            @ShownWhen(field = "decision", is = "SUPPLEMENT") @NotEmpty(
                    message = "{assistance.review.missing-items.required}") @Size(max = 30,
                            message = "{assistance.review.missing-items.too-many}") List<@NotBlank @Size(max = 500,
                                    message = "{field.too-long}") String> missingItems) {
    }

    private final AssistanceRequests requests;

    private final AssistanceClocks clocks;

    private final AssistanceSettings settings;

    private final ApplicantNotices notices;

    private final AuditTrail audit;

    AssistanceReviewStep(AssistanceRequests requests, AssistanceClocks clocks, AssistanceSettings settings,
            ApplicantNotices notices, AuditTrail audit) {
        this.requests = requests;
        this.clocks = clocks;
        this.settings = settings;
        this.notices = notices;
        this.audit = audit;
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        UUID caseId = step.caseId();
        List<String> items = values.decision() == Decision.SUPPLEMENT
                ? values.missingItems().stream().map(String::strip).toList() : List.of();
        String reasons = switch (values.decision()) {
            case SUPPLEMENT -> String.join("\n", items);
            case REFUSE -> values.reasons().strip();
            case ACCEPT -> null;
        };
        requests.reviewed(caseId, values.decision().name(), reasons, step.username());
        clocks.stop(caseId, AssistanceClocks.REVIEW, step.username());
        audit.record(step.username(), AssistanceActions.ASSISTANCE_REVIEWED, caseId, values.decision().name());
        Map<String, Object> variables = new HashMap<>();
        variables.put("reviewDecision", values.decision().name());
        Map<String, Object> model = new HashMap<>();
        switch (values.decision()) {
            case ACCEPT -> notices.issue(caseId, "assistance-acceptance", model, step.username());
            case SUPPLEMENT -> {
                ClockView supplement = clocks.start(caseId, AssistanceClocks.SUPPLEMENT,
                        settings.supplementWorkingDays(), step.username());
                variables.put("supplementExpiresAt", supplement.deadline().expiryDate());
                model.put("items", items);
                model.put("lastDay", supplement.deadline().lastDay());
                model.put("lastDayProvisional", supplement.deadline().provisional());
                notices.issue(caseId, "assistance-supplement", model, step.username());
            }
            case REFUSE -> {
                ClockView appeal = clocks.start(caseId, AssistanceClocks.APPEAL, settings.appealWorkingDays(),
                        step.username());
                variables.put("appealExpiresAt", appeal.deadline().expiryDate());
                model.put("reasons", reasons.lines().toList());
                model.put("lastDay", appeal.deadline().lastDay());
                model.put("lastDayProvisional", appeal.deadline().provisional());
                notices.issue(caseId, "assistance-refusal", model, step.username());
            }
        }
        return variables;
    }

}
