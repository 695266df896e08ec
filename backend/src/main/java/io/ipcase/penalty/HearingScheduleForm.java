package io.ipcase.penalty;

import java.util.Map;

import io.ipcase.inbox.InboxTask;
import io.ipcase.inbox.TaskForm;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import org.springframework.stereotype.Component;

/** The hearing's time, place and presiding officer (Admin. Penalty Law art. 64). */
@Component("penaltyHearingScheduleForm")
class HearingScheduleForm implements TaskForm<PenaltyNotices.HearingPlan> {

    private final PenaltyCases cases;
    private final PenaltyNotices notices;

    HearingScheduleForm(PenaltyCases cases, PenaltyNotices notices) {
        this.cases = cases;
        this.notices = notices;
    }

    @Override
    public String formKey() {
        return "penalty-hearing-schedule";
    }

    @Override
    public Class<PenaltyNotices.HearingPlan> valuesType() {
        return PenaltyNotices.HearingPlan.class;
    }

    @Override
    public Map<String, Object> submit(AppUser user, InboxTask task, PenaltyNotices.HearingPlan plan) {
        PenaltyCase pc = cases.get(task.caseId());
        if (!pc.isHandler(user.getUsername())) {
            throw new ConflictException("problem.penalty.not-a-handler");
        }
        return notices.schedule(user, pc, plan);
    }
}
