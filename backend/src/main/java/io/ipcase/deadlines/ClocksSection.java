package io.ipcase.deadlines;

import java.util.List;
import java.util.function.UnaryOperator;

import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseViewSection;
import io.ipcase.security.AppUser;
import io.ipcase.security.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * The case page's periods: every clock of the case with its deadline and how it stands.
 * Parties see them too: the deadlines that bind them, and those that bind the office.
 */
@Component
class ClocksSection implements CaseViewSection<List<ClockView>> {

    private final CaseClocks clocks;

    private final StaffDirectory staff;

    ClocksSection(CaseClocks clocks, StaffDirectory staff) {
        this.clocks = clocks;
        this.staff = staff;
    }

    @Override
    public String name() {
        return "clocks";
    }

    @Override
    public List<ClockView> contentFor(CaseRecord theCase, AppUser viewer) {
        List<ClockView> views = clocks.forCase(theCase.id());
        // parties see who changed a clock by name
        UnaryOperator<String> shown = staff.shownTo(viewer,
                views.stream().flatMap(v -> v.events().stream()).map(ClockEvent::actor).toList());
        return views.stream()
            .map(v -> new ClockView(v.caseId(), v.key(), v.period(), v.trigger(), v.startedAt(), v.deadline(),
                    v.state(), v.pausedDays(),
                    v.events()
                        .stream()
                        .map(e -> new ClockEvent(e.type(), e.at(), shown.apply(e.actor()), e.reason(), e.extension(),
                                e.approverLevel()))
                        .toList(),
                    v.warningAt(), v.status(), v.workingDaysLeft(), v.calendarDaysLeft()))
            .toList();
    }

}
