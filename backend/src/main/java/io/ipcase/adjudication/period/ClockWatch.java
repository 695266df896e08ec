package io.ipcase.adjudication.period;

import static io.ipcase.adjudication.AdjudicationPeriods.ACCEPTANCE;
import static io.ipcase.adjudication.AdjudicationPeriods.ANSWER;
import static io.ipcase.adjudication.AdjudicationPeriods.CASE_PERIOD;
import static io.ipcase.adjudication.AdjudicationPeriods.EVIDENCE;
import static io.ipcase.adjudication.casework.AdjudicationMessages.ANSWER_CLOCK_CHANGED;
import static io.ipcase.adjudication.casework.AdjudicationMessages.CASE_PERIOD_CLOCK_CHANGED;
import static io.ipcase.adjudication.casework.AdjudicationMessages.EVIDENCE_CLOCK_CHANGED;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseType;
import io.ipcase.cases.Cases;
import io.ipcase.deadlines.ClockChanged;
import io.ipcase.deadlines.ClockEvent;
import io.ipcase.deadlines.ClockState;
import io.ipcase.deadlines.ClockView;
import io.ipcase.engine.Procedure;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps an adjudication's timers and due dates with its clocks: when a clock pauses,
 * resumes or is extended, the model gets the new dates and the message its waiting loop
 * listens for, and the open tasks that fell due on the old date fall due on the new one.
 * A clock's start hands its dates to the model through the step that starts it.
 */
@Component
class ClockWatch {

    private final Cases cases;

    private final Procedure procedure;

    private final RuntimeService runtime;

    private final Clock clock;

    ClockWatch(Cases cases, Procedure procedure, RuntimeService runtime, Clock clock) {
        this.cases = cases;
        this.procedure = procedure;
        this.runtime = runtime;
        this.clock = clock;
    }

    @EventListener
    void onClockChanged(ClockChanged changed) {
        ClockView view = changed.clock();
        List<ClockEvent> events = view.events();
        String type = events.isEmpty() ? "" : events.get(events.size() - 1).type();
        if (!List.of("PAUSE", "RESUME", "EXTEND").contains(type)) {
            return;
        }
        CaseRecord c = cases.findUnchecked(changed.caseId()).orElse(null);
        if (c == null || c.caseType() != CaseType.INFRINGEMENT_ADJUDICATION || c.processInstanceId() == null
                || runtime.createProcessInstanceQuery()
                    .processInstanceId(c.processInstanceId())
                    .active()
                    .count() == 0) {
            return;
        }
        switch (changed.key()) {
            case CASE_PERIOD -> casePeriod(c, view);
            case ANSWER -> follow(c, view, "answer", ANSWER_CLOCK_CHANGED);
            case EVIDENCE -> follow(c, view, "evidence", EVIDENCE_CLOCK_CHANGED);
            case ACCEPTANCE -> follow(c, view, "acceptance", null);
            default -> {
            }
        }
    }

    private void casePeriod(CaseRecord c, ClockView view) {
        Date oldDue = (Date) runtime.getVariable(c.processInstanceId(), "casePeriodDueAt");
        Map<String, Object> variables = new HashMap<>(view.modelDates("casePeriod"));
        variables.put("casePeriodState", view.state() == ClockState.PAUSED ? "PAUSED" : "RUNNING");
        if (view.warningAt() != null && view.warningAt().isAfter(clock.instant())) {
            variables.put("casePeriodWarned", false);
        }
        procedure.set(c.processInstanceId(), variables);
        if (view.state() != ClockState.PAUSED) {
            procedure.moveDueDates(c.id(), oldDue, view.deadline().dueDate());
        }
        procedure.tellIfWaiting(c.id(), CASE_PERIOD_CLOCK_CHANGED, Map.of());
    }

    private void follow(CaseRecord c, ClockView view, String name, String message) {
        Date oldDue = (Date) runtime.getVariable(c.processInstanceId(), name + "DueAt");
        procedure.set(c.processInstanceId(), view.modelDates(name));
        procedure.moveDueDates(c.id(), oldDue, view.deadline().dueDate());
        if (message != null) {
            procedure.tellIfWaiting(c.id(), message, Map.of());
        }
    }

}
