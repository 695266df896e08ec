package io.ipcase.cases;

import java.util.List;

import io.ipcase.cases.Cases.LinkedCase;
import io.ipcase.security.AppUser;
import org.springframework.stereotype.Component;

/** The case page's linked cases, for staff: the same patent or the same respondent. */
@Component
class LinkedCasesSection implements CaseViewSection<List<LinkedCase>> {

    private final Cases cases;

    LinkedCasesSection(Cases cases) {
        this.cases = cases;
    }

    @Override
    public String name() {
        return "linkedCases";
    }

    @Override
    public List<LinkedCase> contentFor(CaseRecord theCase, AppUser viewer) {
        return viewer.isStaff() ? cases.linkedTo(viewer, theCase) : null;
    }

}
