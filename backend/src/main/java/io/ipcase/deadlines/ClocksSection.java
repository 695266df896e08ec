package io.ipcase.deadlines;

import java.util.List;

import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseViewSection;
import io.ipcase.security.AppUser;
import org.springframework.stereotype.Component;

/**
 * The case page's periods: every clock of the case with its deadline and how it stands.
 * Parties see them too: the deadlines that bind them, and those that bind the office.
 */
@Component
class ClocksSection implements CaseViewSection<List<ClockView>> {

    private final CaseClocks clocks;

    ClocksSection(CaseClocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public String name() {
        return "clocks";
    }

    @Override
    public List<ClockView> contentFor(CaseRecord theCase, AppUser viewer) {
        return clocks.forCase(theCase.id());
    }

}
