package io.ipcase.penalty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseType;
import io.ipcase.cases.Cases;
import io.ipcase.cases.PartyKind;
import io.ipcase.cases.PartyRecord;
import io.ipcase.security.AppUser;
import io.ipcase.security.Role;
import io.ipcase.web.ConflictException;
import io.ipcase.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reading penalty cases under the common access rule (Cases.require): officers and
 * supervisors of the case's office, and administrators. Anyone else, and any other kind
 * of case, is a 404.
 */
@Service
public class PenaltyCases {

    private final JdbcClient jdbc;

    private final Cases cases;

    PenaltyCases(JdbcClient jdbc, Cases cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    public PenaltyCase require(AppUser user, UUID caseId) {
        CaseRecord c = cases.require(user, caseId);
        if (c.caseType() != CaseType.COUNTERFEIT_PENALTY) {
            throw new NotFoundException("penalty case");
        }
        return load(c);
    }

    /**
     * The case, for a member of its office who may work it: one of its handlers, or a
     * supervisor.
     */
    public PenaltyCase requireWorker(AppUser user, UUID caseId) {
        PenaltyCase pc = require(user, caseId);
        if (!user.isStaff()) {
            throw new NotFoundException("penalty case");
        }
        if (!pc.isHandler(user.getUsername()) && !user.has(Role.SUPERVISOR)) {
            throw new ConflictException("problem.penalty.not-a-handler");
        }
        return pc;
    }

    /** For the engine's side, which acts for no particular user. */
    public PenaltyCase get(UUID caseId) {
        return find(caseId).orElseThrow(() -> new IllegalStateException("no penalty case " + caseId));
    }

    public Optional<PenaltyCase> find(UUID caseId) {
        return cases.findUnchecked(caseId).filter(c -> c.caseType() == CaseType.COUNTERFEIT_PENALTY).map(this::load);
    }

    private PenaltyCase load(CaseRecord c) {
        List<String> handlers = jdbc.sql("""
                select username from penalty_handlers where case_id = :id order by lead desc, username""")
            .param("id", c.id())
            .query(String.class)
            .list();
        PartyRecord party = cases.parties(c.id())
            .stream()
            .filter(p -> PartyRecord.PARTY.equals(p.role()))
            .findFirst()
            .orElse(null);
        return jdbc.sql("""
                select procedure_rules, source, source_reference, discovered_on, report_id, lead_handler, suspected_act
                from penalty_cases where case_id = :id""")
            .param("id", c.id())
            .query((rs, i) -> new PenaltyCase(c.id(), c.caseNumber(), c.officeId(), c.stage(), c.processInstanceId(),
                    PenaltyProcedure.valueOf(rs.getString("procedure_rules")),
                    LeadSource.valueOf(rs.getString("source")), rs.getString("source_reference"),
                    rs.getObject("discovered_on", LocalDate.class), rs.getObject("report_id", UUID.class),
                    rs.getString("lead_handler"), handlers, rs.getString("suspected_act"),
                    party == null ? null : party.name(), party == null ? PartyKind.ORGANISATION : party.kind()))
            .single();
    }

}
