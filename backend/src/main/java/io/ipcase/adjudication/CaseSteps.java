package io.ipcase.adjudication;

import java.util.UUID;

import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseType;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyRecord;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.ForbiddenException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may take a step of an adjudication outside the inbox: a party of the case (as the requester
 * or as the respondent), or a member of its panel. A case the caller may not see answers 404.
 */
@Component
class CaseSteps {

    private final Cases cases;
    private final Panels panels;
    private final JdbcClient jdbc;

    CaseSteps(Cases cases, Panels panels, JdbcClient jdbc) {
        this.cases = cases;
        this.panels = panels;
        this.jdbc = jdbc;
    }

    CaseRecord adjudication(AppUser user, UUID caseId) {
        CaseRecord c = cases.require(user, caseId);
        if (c.caseType() != CaseType.INFRINGEMENT_ADJUDICATION) {
            throw new ConflictException("problem.not-an-adjudication");
        }
        return c;
    }

    /** The caller's party role in the case; staff and others get a 403. */
    String party(AppUser user, CaseRecord c) {
        return cases.partyRoleOf(user, c.id()).orElseThrow(() -> new ForbiddenException("problem.parties-only"));
    }

    void requester(AppUser user, CaseRecord c) {
        if (!PartyRecord.REQUESTER.equals(party(user, c))) {
            throw new ForbiddenException("problem.requester-only");
        }
    }

    void respondent(AppUser user, CaseRecord c) {
        if (!PartyRecord.RESPONDENT.equals(party(user, c))) {
            throw new ForbiddenException("problem.respondent-only");
        }
    }

    void panel(AppUser user, CaseRecord c) {
        if (!user.isStaff() || !panels.isMember(c.id(), user.getUsername())) {
            throw new ForbiddenException("problem.panel-only");
        }
    }

    /** Order 81 art. 28: nothing moves in a suspended case but its resumption (and its withdrawal). */
    void notSuspended(UUID caseId) {
        if (suspended(caseId)) {
            throw new ConflictException("problem.case-suspended");
        }
    }

    boolean suspended(UUID caseId) {
        return jdbc.sql("select count(*) from suspensions where case_id = :id and decision = 'SUSPEND' and resumed_at is null")
            .param("id", caseId).query(Integer.class).single() > 0;
    }
}
