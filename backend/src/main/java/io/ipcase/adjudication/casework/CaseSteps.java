package io.ipcase.adjudication.casework;

import static io.ipcase.adjudication.AdjudicationPeriods.ANSWER;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseType;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.deadlines.CaseClocks;
import io.ipcase.deadlines.ClockState;
import io.ipcase.deadlines.ClockView;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.ForbiddenException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may take a step of an adjudication outside the inbox, and when: a party of the case
 * (as the requester or as the respondent), or a member of its panel; nothing while the
 * case is suspended, and some steps only within the answer period. A case the caller may
 * not see answers 404.
 */
@Component
public class CaseSteps {

    private final Cases cases;

    private final Panels panels;

    private final CaseClocks clocks;

    private final JdbcClient jdbc;

    private final Clock clock;

    CaseSteps(Cases cases, Panels panels, CaseClocks clocks, JdbcClient jdbc, Clock clock) {
        this.cases = cases;
        this.panels = panels;
        this.clocks = clocks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public CaseRecord adjudication(AppUser user, UUID caseId) {
        CaseRecord c = cases.require(user, caseId);
        if (c.caseType() != CaseType.INFRINGEMENT_ADJUDICATION) {
            throw new ConflictException("problem.not-an-adjudication");
        }
        return c;
    }

    /** The caller's party role in the case; staff and others get a 403. */
    public String party(AppUser user, CaseRecord c) {
        return cases.partyRoleOf(user, c.id()).orElseThrow(() -> new ForbiddenException("problem.parties-only"));
    }

    public void requester(AppUser user, CaseRecord c) {
        if (!PartyRecord.REQUESTER.equals(party(user, c))) {
            throw new ForbiddenException("problem.requester-only");
        }
    }

    public void respondent(AppUser user, CaseRecord c) {
        if (!PartyRecord.RESPONDENT.equals(party(user, c))) {
            throw new ForbiddenException("problem.respondent-only");
        }
    }

    public void panel(AppUser user, CaseRecord c) {
        if (!user.isStaff() || !panels.isMember(c.id(), user.getUsername())) {
            throw new ForbiddenException("problem.panel-only");
        }
    }

    /**
     * Order 81 art. 28: nothing moves in a suspended case but its resumption (and its
     * withdrawal).
     */
    public void notSuspended(UUID caseId) {
        if (suspended(caseId)) {
            throw new ConflictException("problem.case-suspended");
        }
    }

    public boolean suspended(UUID caseId) {
        return jdbc
            .sql("select count(*) from suspensions where case_id = :id and decision = 'SUSPEND' and resumed_at is null")
            .param("id", caseId)
            .query(Integer.class)
            .single() > 0;
    }

    /**
     * The answer period (Order 81 art. 22), once the request has been served and until it
     * is over.
     */
    public Optional<ClockView> answerPeriod(UUID caseId) {
        return clocks.find(caseId, ANSWER).filter(p -> p.state() != ClockState.STOPPED);
    }

    /**
     * Order 81 art. 9: within the answer period, whether or not the answer has been
     * filed.
     */
    public boolean withinAnswerPeriod(UUID caseId) {
        return answerPeriod(caseId).map(p -> !LocalDate.now(clock).isAfter(p.deadline().lastDay())).orElse(false);
    }

}
