package io.ipcase.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.ipcase.security.AppUser;
import io.ipcase.security.Role;
import io.ipcase.web.NotFoundException;
import org.jspecify.annotations.NullMarked;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading cases, under the access rule every capability shares: an administrator sees every case,
 * an officer their office's, a supervisor also those of the offices under theirs, a party the cases
 * they filed or are a party to.
 */
@Service
public class Cases {

    private static final String CASE_COLUMNS = """
        c.id, c.case_number, c.office_id, c.case_type, c.stage, c.filed_by, c.filed_at, c.received_on,
        c.patent_number, c.patent_type, c.patent_title, c.claims, c.facts_and_reasons,
        c.requested_measures, c.process_instance_id""";

    private static final String SUMMARY_COLUMNS = """
        c.id, c.case_number, c.case_type, c.stage, c.office_id, c.filed_at, c.patent_number,
        (select min(p.name) from case_parties p where p.case_id = c.id and p.party_role = 'REQUESTER') requester_name,
        (select min(p.name) from case_parties p where p.case_id = c.id and p.party_role = 'RESPONDENT') respondent_name""";

    private final JdbcClient jdbc;

    Cases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The case, if the user may see it; otherwise a 404 that says nothing about whether it exists. */
    public CaseRecord require(AppUser user, UUID caseId) {
        return find(user, caseId).orElseThrow(() -> new NotFoundException("case"));
    }

    public Optional<CaseRecord> find(AppUser user, UUID caseId) {
        Visibility v = Visibility.of(user);
        return jdbc.sql("select " + CASE_COLUMNS + " from cases c where c.id = :id and " + v.predicate())
            .params(v.params()).param("id", caseId)
            .query(Cases::caseRecord).optional();
    }

    /** For the engine's side of the application, which acts for no particular user. */
    public Optional<CaseRecord> findUnchecked(UUID caseId) {
        return jdbc.sql("select " + CASE_COLUMNS + " from cases c where c.id = :id")
            .param("id", caseId).query(Cases::caseRecord).optional();
    }

    /** The case a process instance carries, for the engine's side of the application. */
    public Optional<CaseRecord> findByProcessInstance(String processInstanceId) {
        return jdbc.sql("select " + CASE_COLUMNS + " from cases c where c.process_instance_id = :pi")
            .param("pi", processInstanceId).query(Cases::caseRecord).optional();
    }

    /** The cases of a type this user filed, newest first (a person's own requests). */
    public List<CaseSummary> filedBy(AppUser user, CaseType type) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from cases c where c.case_type = :type and c.filed_by = :me"
                + " order by c.filed_at desc")
            .param("type", type.name()).param("me", user.getUsername()).query(CaseSummary.class).list();
    }

    /** Another case as a link from this one ({@link LinkedCase#link} says how), if the user may see it. */
    public Optional<LinkedCase> linked(AppUser user, UUID caseId, String link) {
        return find(user, caseId)
            .map(c -> new LinkedCase(c.id(), c.caseNumber(), c.caseType(), c.stage(), c.filedAt(), link));
    }

    public CasePage list(AppUser user, int page, int size) {
        Visibility v = Visibility.of(user);
        List<CaseSummary> items = jdbc.sql("select " + SUMMARY_COLUMNS + " from cases c where " + v.predicate()
                + " order by c.filed_at desc limit :limit offset :offset")
            .params(v.params()).param("limit", size).param("offset", page * size)
            .query(CaseSummary.class).list();
        long total = jdbc.sql("select count(*) from cases c where " + v.predicate())
            .params(v.params()).query(Long.class).single();
        return new CasePage(items, total);
    }

    public Optional<CaseSummary> summary(UUID caseId) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from cases c where c.id = :id")
            .param("id", caseId).query(CaseSummary.class).optional();
    }

    /** Summaries of many cases at once, by id; unknown ids are left out. */
    public Map<UUID, CaseSummary> summaries(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, CaseSummary> byId = new HashMap<>();
        jdbc.sql("select " + SUMMARY_COLUMNS + " from cases c where c.id in (:ids)")
            .param("ids", caseIds).query(CaseSummary.class).list()
            .forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    /**
     * Other cases the user may see that concern the same patent, or the same respondent (by
     * identity number, or by name where the number is unknown): cases an office may merge or
     * should weigh together (Patent Law art. 70 ¶2; Order 81 art. 34 on repeat infringement).
     */
    public List<LinkedCase> linkedTo(AppUser user, CaseRecord theCase) {
        Visibility v = Visibility.of(user);
        return jdbc.sql("select c.id, c.case_number, c.case_type, c.stage, c.filed_at,"
                + " case when c.patent_number = :patent then 'SAME_PATENT' else 'SAME_RESPONDENT' end as link"
                + " from cases c where c.id <> :id and " + v.predicate() + """
                 and (c.patent_number = :patent or exists (
                    select 1 from case_parties mine join case_parties theirs
                      on theirs.party_role = mine.party_role
                     and (theirs.id_number = mine.id_number or (mine.id_number is null and theirs.name = mine.name))
                    where mine.case_id = :id and mine.party_role = 'RESPONDENT' and theirs.case_id = c.id))
                order by c.filed_at desc limit 20""")
            .params(v.params()).param("id", theCase.id()).param("patent", theCase.patentNumber())
            .query(LinkedCase.class).list();
    }

    public List<PartyRecord> parties(UUID caseId) {
        return jdbc.sql("""
                select party_role, kind, name, id_number, address, contact, domicile_in_china, username
                from case_parties where case_id = :id order by id""")
            .param("id", caseId)
            .query((rs, i) -> new PartyRecord(rs.getString("party_role"), PartyKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("id_number"), rs.getString("address"), rs.getString("contact"),
                rs.getBoolean("domicile_in_china"), rs.getString("username")))
            .list();
    }

    /** Links a case to the process instance that carries it (set once, when its model starts). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void attachProcessInstance(UUID caseId, String processInstanceId) {
        jdbc.sql("update cases set process_instance_id = :pi where id = :id")
            .param("pi", processInstanceId).param("id", caseId).update();
    }

    private static CaseRecord caseRecord(ResultSet rs, int row) throws SQLException {
        return new CaseRecord(rs.getObject("id", UUID.class), rs.getString("case_number"), rs.getString("office_id"),
            CaseType.valueOf(rs.getString("case_type")), rs.getString("stage"), rs.getString("filed_by"),
            rs.getObject("filed_at", OffsetDateTime.class), rs.getObject("received_on", LocalDate.class),
            rs.getString("patent_number"),
            rs.getString("patent_type") == null ? null : PatentType.valueOf(rs.getString("patent_type")),
            rs.getString("patent_title"),
            claims(rs.getString("claims")),
            rs.getString("facts_and_reasons"), rs.getString("requested_measures"), rs.getString("process_instance_id"));
    }

    /** A mediation case of its own names no claims. */
    private static List<Integer> claims(String column) {
        return column == null || column.isBlank() ? List.of()
            : Arrays.stream(column.split(",")).map(Integer::valueOf).toList();
    }

    /**
     * The party this user is in the case: the requester who filed it, or the respondent the
     * account's identity number names once the office has addressed it; empty for anyone else.
     */
    public Optional<String> partyRoleOf(AppUser user, UUID caseId) {
        if (user.isStaff() || user.has(Role.ADMIN)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select case when c.filed_by = :viewer then 'REQUESTER' else vp.party_role end
                from cases c left join case_parties vp on vp.case_id = c.id and (vp.username = :viewer
                    or (vp.party_role = 'RESPONDENT' and vp.id_number = :viewerIdNumber and vp.addressed_at is not null))
                where c.id = :id and (c.filed_by = :viewer or vp.id is not null)
                order by 1""")
            .param("viewer", user.getUsername())
            .param("viewerIdNumber", user.idNumber() == null ? "" : user.idNumber())
            .param("id", caseId)
            .query(String.class).list().stream().findFirst();
    }

    /** The office has addressed this party for the first time (served a document on it). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markAddressed(UUID caseId, String partyRole, OffsetDateTime at) {
        jdbc.sql("update case_parties set addressed_at = :at where case_id = :id and party_role = :role and addressed_at is null")
            .param("at", at).param("id", caseId).param("role", partyRole).update();
    }

    @NullMarked
    public record CasePage(List<CaseSummary> items, long total) {
    }

    /**
     * A case linked to another, and why: {@code SAME_PATENT} or {@code SAME_RESPONDENT}, or the link a
     * procedure made (an injunction and its adjudication, an assistance request and its referral).
     */
    @NullMarked
    public record LinkedCase(UUID id, String caseNumber, CaseType caseType, String stage, OffsetDateTime filedAt,
                             String link) {
    }

    /** The access rule as SQL over the alias {@code c}. */
    private record Visibility(String predicate, Map<String, Object> params) {

        static Visibility of(AppUser user) {
            if (user.has(Role.ADMIN)) {
                return new Visibility("1 = 1", Map.of());
            }
            if (user.isStaff() && user.has(Role.SUPERVISOR)) {
                // a supervisor oversees their office and those under it, whose cases a superior
                // department may take up (Order 81 art. 8)
                return new Visibility("""
                    c.office_id in (select vo.id from offices vo
                     where vo.id = :viewerOffice or vo.parent_id = :viewerOffice)""",
                    Map.of("viewerOffice", user.officeId()));
            }
            if (user.isStaff()) {
                return new Visibility("c.office_id = :viewerOffice", Map.of("viewerOffice", user.officeId()));
            }
            // a respondent's account sees the case once the office has addressed the respondent
            // (Order 81 art. 22), matched by the verified identity number the account carries
            return new Visibility("""
                (c.filed_by = :viewer or exists (select 1 from case_parties vp
                 where vp.case_id = c.id and (vp.username = :viewer
                    or (vp.party_role = 'RESPONDENT' and vp.id_number = :viewerIdNumber and vp.addressed_at is not null))))""",
                Map.of("viewer", user.getUsername(), "viewerIdNumber", user.idNumber() == null ? "" : user.idNumber()));
        }
    }
}
