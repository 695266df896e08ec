package io.ipcase.notifications;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.ipcase.cases.CaseFiled;
import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseStageChanged;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.inbox.SubstituteNamed;
import io.ipcase.security.AppUser;
import io.ipcase.security.StaffDirectory;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** What is worth telling someone, as it happens, in the transaction of what happened. */
@Component
class NotificationTriggers {

    private final Notifications notifications;

    private final Cases cases;

    private final StaffDirectory staff;

    NotificationTriggers(Notifications notifications, Cases cases, StaffDirectory staff) {
        this.notifications = notifications;
        this.cases = cases;
        this.staff = staff;
    }

    @EventListener
    void onCaseFiled(CaseFiled filed) {
        cases.findUnchecked(filed.caseId())
            .ifPresent(c -> notifications.notify(c.filedBy(), c.id(), NotificationKind.CASE_FILED,
                    Map.of("caseNumber", c.caseNumber())));
    }

    /** The parties with an account learn each new stage of their case. */
    @EventListener
    void onStageChanged(CaseStageChanged changed) {
        CaseRecord c = cases.findUnchecked(changed.caseId()).orElse(null);
        if (c == null) {
            return;
        }
        Set<String> parties = new LinkedHashSet<>();
        parties.add(c.filedBy());
        cases.parties(c.id()).stream().map(PartyRecord::username).filter(u -> u != null).forEach(parties::add);
        for (String party : parties) {
            notifications.notify(party, c.id(), NotificationKind.STAGE_CHANGED,
                    Map.of("caseNumber", c.caseNumber(), "stage", changed.stage()));
        }
    }

    /**
     * A task handed to someone by someone else (transfer, delegation, a supervisor's
     * assignment).
     */
    @EventListener
    void onTaskAssigned(DelegateTask task) {
        if (!TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName()) || task.getAssignee() == null
                || task.getExecution() == null || task.getExecution().getProcessBusinessKey() == null) {
            return;
        }
        Authentication actor = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (actor == null || task.getAssignee().equals(actor.getUserId())) {
            return;
        }
        UUID caseId = UUID.fromString(task.getExecution().getProcessBusinessKey());
        String by = staff.find(actor.getUserId()).map(AppUser::displayName).orElse(actor.getUserId());
        cases.findUnchecked(caseId)
            .ifPresent(c -> notifications.notify(task.getAssignee(), caseId, NotificationKind.TASK_ASSIGNED,
                    Map.of("caseNumber", c.caseNumber(), "task", String.valueOf(task.getName()), "by", by)));
    }

    @EventListener
    void onSubstituteNamed(SubstituteNamed named) {
        notifications.notify(named.substitute(), null, NotificationKind.SUBSTITUTE_NAMED, Map.of("absentName",
                named.absentName(), "startsOn", named.startsOn().toString(), "endsOn", named.endsOn().toString()));
    }

}
