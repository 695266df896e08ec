package io.ipcase.penalty;

import java.util.Set;

/**
 * The procedural rules a counterfeit-patent penalty follows. Which body imposes these
 * penalties in Chongqing, the IP office or market regulation, is unverified (rules.md
 * §3.2), so the choice is a setting; a case keeps the rules it was filed under.
 */
public enum PenaltyProcedure {

    /** CNIPA Measures on Patent Administrative Enforcement (2015), art. 28-49 */
    CNIPA_2015(Set.of("PUBLIC_NOTICE")),
    /** SAMR procedure rules for administrative penalties (2021) */
    SAMR(Set.of("PUBLIC_NOTICE", "SUSPENSION", "TESTING", "APPRAISAL"));

    private final Set<String> excludedPeriods;

    PenaltyProcedure(Set<String> excludedPeriods) {
        this.excludedPeriods = excludedPeriods;
    }

    /**
     * The periods an officer may leave out of the case period. CNIPA 2015 Measures art.
     * 36: hearing and public notice; SAMR rules: also suspension, testing and appraisal.
     * (The hearing pauses the clock by itself, so it is not among them.)
     */
    public Set<String> excludedPeriods() {
        return excludedPeriods;
    }

}
