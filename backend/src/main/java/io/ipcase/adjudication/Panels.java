package io.ipcase.adjudication;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.ipcase.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The panel (合议组) of an accepted case: an odd number of officers of the case's office, at least
 * three (Order 81 art. 20), one of whom handles the case (承办人). The panel works the case's tasks:
 * the models offer them to its members as candidate users, assigned to the handler.
 */
@Service
public class Panels {

    /** Order 81 art. 20: at least three handlers, an odd number. */
    static final int MIN_MEMBERS = 3;

    private final JdbcClient jdbc;
    private final Clock clock;

    Panels(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Member(String username, String displayName, boolean lead) {
    }

    public List<Member> members(UUID caseId) {
        return jdbc.sql("""
                select m.username, u.display_name, m.lead from case_panel_members m
                join app_users u on u.username = m.username
                where m.case_id = :id and m.stepped_aside_at is null
                order by m.lead desc, m.appointed_at, m.username""")
            .param("id", caseId)
            .query((rs, i) -> new Member(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
            .list();
    }

    public Optional<String> lead(UUID caseId) {
        return members(caseId).stream().filter(Member::lead).map(Member::username).findFirst();
    }

    public boolean isMember(UUID caseId, String username) {
        return members(caseId).stream().anyMatch(m -> m.username().equals(username));
    }

    /** Officers and supervisors of the office, enabled: who may sit on its panels. */
    public List<String> eligible(String officeId) {
        return jdbc.sql("""
                select distinct u.username from app_users u join user_roles r on r.username = u.username
                where u.office_id = :office and u.enabled and r.role in (:roles) order by u.username""")
            .param("office", officeId)
            .param("roles", List.of(Role.OFFICER.name(), Role.SUPERVISOR.name()))
            .query(String.class).list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void appoint(UUID caseId, List<String> members, String lead, String appointedBy) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (String member : members) {
            jdbc.sql("""
                    insert into case_panel_members (case_id, username, lead, appointed_by, appointed_at)
                    values (:id, :u, :lead, :by, :at)""")
                .param("id", caseId).param("u", member).param("lead", member.equals(lead))
                .param("by", appointedBy).param("at", now).update();
        }
    }

    /** A member steps aside (recusal, art. 5); the replacement takes the seat, and the lead if they had it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replace(UUID caseId, String leaving, String joining, String decidedBy) {
        boolean wasLead = lead(caseId).map(leaving::equals).orElse(false);
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("update case_panel_members set stepped_aside_at = :at, lead = false where case_id = :id and username = :u")
            .param("at", now).param("id", caseId).param("u", leaving).update();
        jdbc.sql("""
                insert into case_panel_members (case_id, username, lead, appointed_by, appointed_at)
                values (:id, :u, :lead, :by, :at)""")
            .param("id", caseId).param("u", joining).param("lead", wasLead).param("by", decidedBy).param("at", now)
            .update();
    }

    /** The candidate users of the panel's tasks, as the models read them. */
    public String asCandidates(UUID caseId) {
        List<String> names = new ArrayList<>();
        members(caseId).forEach(m -> names.add(m.username()));
        return String.join(",", names);
    }
}
