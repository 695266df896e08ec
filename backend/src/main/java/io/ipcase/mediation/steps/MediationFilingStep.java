package io.ipcase.mediation.steps;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import io.ipcase.adjudication.AdjudicationDocuments;
import io.ipcase.audit.AuditTrail;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.Deadline;
import io.ipcase.deadlines.Period;
import io.ipcase.inbox.steps.Step;
import io.ipcase.inbox.steps.StepContext;
import io.ipcase.inbox.steps.StepDescription;
import io.ipcase.inbox.steps.TaskStep;
import io.ipcase.mediation.MediationSettings;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Order 81 art. 66: filed within 5 working days of consent, both sides told when and
 * where by the session notice (调解通知书), served like every other document (art. 67 needs
 * it: only a party notified bears its absence); art. 68: helpers invited. A mediation of
 * its own starts its period here. A session to be held again (a party not notified, or
 * absent for good reason) comes back here to be set anew, its period running on.
 */
@Step("mediation-filing")
class MediationFilingStep implements TaskStep<MediationFilingStep.Values> {

    static final String SESSION_NOTICE = "mediation-session-notice";

    record Values(
            @NotNull(message = "{mediation.session.starts-at.required}") @Future(
                    message = "{mediation.session.future}") OffsetDateTime sessionStartsAt,
            @NotBlank(message = "{mediation.session.place.required}") @Size(max = 300,
                    message = "{field.too-long}") String place,
            @Size(max = 1000, message = "{field.too-long}") String helpers) {
    }

    private final OpenMediations mediations;

    private final MediationSettings settings;

    private final CaseClocks clocks;

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final Clock clock;

    private final AdjudicationDocuments documents;

    MediationFilingStep(OpenMediations mediations, MediationSettings settings, CaseClocks clocks,
            AdjudicationDocuments documents, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.mediations = mediations;
        this.documents = documents;
        this.settings = settings;
        this.clocks = clocks;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The session may be later today: the picker offers today onwards. */
    @Override
    public StepDescription describe(StepContext step, StepDescription form) {
        return form.withField("sessionStartsAt", field -> field.withNotBefore(LocalDate.now(clock)));
    }

    @Override
    public Map<String, Object> complete(StepContext step, Values values) {
        OpenMediations.Current m = mediations.require(step.caseId());
        jdbc.sql(
                "update mediations set session_starts_at = :at, session_place = :place, helpers = :helpers where id = :id")
            .param("at", values.sessionStartsAt())
            .param("place", values.place().strip())
            .param("helpers", values.helpers())
            .param("id", m.id())
            .update();
        clocks.stop(step.caseId(), MediationPeriods.FILING, step.username());
        if (!m.inCase() && clocks.find(step.caseId(), MediationPeriods.PERIOD).isEmpty()) {
            clocks.start(step.caseId(), MediationPeriods.PERIOD, Period.months(settings.casePeriodMonths()),
                    LocalDate.now(clock), step.username());
        }
        audit.record(step.username(), MediationActions.MEDIATION_FILED, step.caseId(),
                values.sessionStartsAt().toString());
        ZoneId zone = clock.getZone();
        LocalDate sessionDay = values.sessionStartsAt().atZoneSameInstant(zone).toLocalDate();
        Map<String, Object> notice = new HashMap<>();
        notice.put("sessionDay", sessionDay);
        notice.put("sessionTime", values.sessionStartsAt().atZoneSameInstant(zone).toLocalTime().toString());
        notice.put("place", values.place().strip());
        notice.put("helpers", values.helpers() == null || values.helpers().isBlank() ? null : values.helpers().strip());
        documents.issueToAllParties(step.caseId(), SESSION_NOTICE, notice, step.username());
        return Map.of("mediationSessionStartsAt", Date.from(values.sessionStartsAt().toInstant()),
                "mediationSessionDueAt", Deadline.endOf(sessionDay, zone).dueDate());
    }

}
