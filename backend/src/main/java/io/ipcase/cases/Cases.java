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
import io.ipcase.security.StaffDirectory;
import io.ipcase.web.NotFoundException;
import org.jspecify.annotations.NullMarked;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading cases, under the access rule every capability shares: an administrator sees
 * every case, an officer their office's, a supervisor also those of the offices under
 * theirs, a party the cases they filed or are a party to.
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

    private static final String PARTY_COLUMNS = """
            p.party_role, p.kind, p.name, p.id_number, p.address, p.contact, p.domicile_in_china, p.username""";

    private final JdbcClient jdbc;

    private final StaffDirectory staff;

    Cases(JdbcClient jdbc, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    /**
     * The case, if the user may see it; otherwise a 404 that says nothing about whether
     * it exists.
     */
    public CaseRecord require(AppUser user, UUID caseId) {
        return find(user, caseId).orElseThrow(() -> new NotFoundException("case"));
    }

    public Optional<CaseRecord> find(AppUser user, UUID caseId) {
        Visibility v = visibility(user);
        return jdbc.sql("select " + CASE_COLUMNS + " from cases c where c.id = :id and " + v.predicate())
            .params(v.params())
            .param("id", caseId)
            .query(Cases::caseRecord)
            .optional();
    }

    /** For the engine's side of the application, which acts for no particular user. */
    public Optional<CaseRecord> findUnchecked(UUID caseId) {
        return jdbc.sql("select " + CASE_COLUMNS + " from cases c where c.id = :id")
            .param("id", caseId)
            .query(Cases::caseRecord)
            .optional();
    }

    /** The case a process instance carries, for the engine's side of the application. */
    public Optional<CaseRecord> findByProcessInstance(String processInstanceId) {
        return jdbc.sql("select " + CASE_COLUMNS + " from cases c where c.process_instance_id = :pi")
            .param("pi", processInstanceId)
            .query(Cases::caseRecord)
            .optional();
    }

    /** The cases of a type this user filed, newest first (a person's own requests). */
    public List<CaseSummary> filedBy(AppUser user, CaseType type) {
        return jdbc
            .sql("select " + SUMMARY_COLUMNS + " from cases c where c.case_type = :type and c.filed_by = :me"
                    + " order by c.filed_at desc")
            .param("type", type.name())
            .param("me", user.getUsername())
            .query(CaseSummary.class)
            .list();
    }

    /**
     * Another case as a link from this one ({@link LinkedCase#link} says how), if the
     * user may see it.
     */
    public Optional<LinkedCase> linked(AppUser user, UUID caseId, String link) {
        return find(user, caseId)
            .map(c -> new LinkedCase(c.id(), c.caseNumber(), c.caseType(), c.stage(), c.filedAt(), link));
    }

    public CasePage list(AppUser user, int page, int size) {
        Visibility v = visibility(user);
        List<CaseSummary> items = jdbc
            .sql("select " + SUMMARY_COLUMNS + " from cases c where " + v.predicate()
                    + " order by c.filed_at desc limit :limit offset :offset")
            .params(v.params())
            .param("limit", size)
            .param("offset", page * size)
            .query(CaseSummary.class)
            .list();
        long total = jdbc.sql("select count(*) from cases c where " + v.predicate())
            .params(v.params())
            .query(Long.class)
            .single();
        return new CasePage(items, total);
    }

    public Optional<CaseSummary> summary(UUID caseId) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from cases c where c.id = :id")
            .param("id", caseId)
            .query(CaseSummary.class)
            .optional();
    }

    /** Summaries of many cases at once, by id; unknown ids are left out. */
    public Map<UUID, CaseSummary> summaries(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, CaseSummary> byId = new HashMap<>();
        // in chunks: a statement may carry at most 65,535 parameters on PostgreSQL
        List<UUID> ids = List.copyOf(new java.util.LinkedHashSet<>(caseIds));
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("select " + SUMMARY_COLUMNS + " from cases c where c.id in (:ids)")
                .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                .query(CaseSummary.class)
                .list()
                .forEach(s -> byId.put(s.id(), s));
        }
        return byId;
    }

    /**
     * Other cases the user may see that concern the same patent, or the same respondent
     * (by identity number, or by name where the number is unknown): cases an office may
     * merge or should weigh together (Patent Law art. 70 ¶2; Order 81 art. 34 on repeat
     * infringement).
     */
    public List<LinkedCase> linkedTo(AppUser user, CaseRecord theCase) {
        Visibility v = visibility(user);
        return jdbc
            .sql("select c.id, c.case_number, c.case_type, c.stage, c.filed_at,"
                    + " case when c.patent_number = :patent then 'SAME_PATENT' else 'SAME_RESPONDENT' end as link"
                    + " from cases c where c.id <> :id and " + v.predicate()
                    + """
                             and (c.patent_number = :patent or exists (
                                select 1 from case_parties mine join case_parties theirs
                                  on theirs.party_role = mine.party_role
                                 and (theirs.id_number = mine.id_number or (mine.id_number is null and theirs.name = mine.name))
                                where mine.case_id = :id and mine.party_role = 'RESPONDENT' and theirs.case_id = c.id))
                            order by c.filed_at desc limit 20""")
            .params(v.params())
            .param("id", theCase.id())
            .param("patent", theCase.patentNumber())
            .query(LinkedCase.class)
            .list();
    }

    public List<PartyRecord> parties(UUID caseId) {
        return jdbc.sql("select " + PARTY_COLUMNS + " from case_parties p where p.case_id = :id order by p.id")
            .param("id", caseId)
            .query(Cases::partyRecord)
            .list();
    }

    /**
     * The parties of the case that this user is, in the order they were filed: those they
     * filed as, and a respondent their account's verified identity number names once the
     * office has addressed it (Order 81 art. 22). Empty for staff and for anyone else.
     */
    public List<PartyRecord> partiesOf(AppUser user, UUID caseId) {
        return jdbc
            .sql("select " + PARTY_COLUMNS + " from case_parties p where p.case_id = :id and " + partyIsViewer("p")
                    + " order by p.id")
            .params(viewerParams(user))
            .param("id", caseId)
            .query(Cases::partyRecord)
            .list();
    }

    /**
     * The cases of these offices that a model carries, each with its process instance and
     * its stage, for figures that the engine's records complete (which of them still run,
     * how long their steps took).
     */
    public List<CaseProcess> processes(Collection<String> officeIds) {
        if (officeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select c.id, c.process_instance_id, c.stage from cases c
                where c.office_id in (:offices) and c.process_instance_id is not null""")
            .param("offices", officeIds)
            .query((rs, i) -> new CaseProcess(rs.getObject("id", UUID.class), rs.getString("process_instance_id"),
                    rs.getString("stage")))
            .list();
    }

    private static PartyRecord partyRecord(ResultSet rs, int row) throws SQLException {
        return new PartyRecord(rs.getString("party_role"), PartyKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("id_number"), rs.getString("address"), rs.getString("contact"),
                rs.getBoolean("domicile_in_china"), rs.getString("username"));
    }

    /**
     * Links a case to the process instance that carries it (set once, when its model
     * starts).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void attachProcessInstance(UUID caseId, String processInstanceId) {
        jdbc.sql("update cases set process_instance_id = :pi where id = :id")
            .param("pi", processInstanceId)
            .param("id", caseId)
            .update();
    }

    private static CaseRecord caseRecord(ResultSet rs, int row) throws SQLException {
        return new CaseRecord(rs.getObject("id", UUID.class), rs.getString("case_number"), rs.getString("office_id"),
                CaseType.valueOf(rs.getString("case_type")), rs.getString("stage"), rs.getString("filed_by"),
                rs.getObject("filed_at", OffsetDateTime.class), rs.getObject("received_on", LocalDate.class),
                rs.getString("patent_number"),
                rs.getString("patent_type") == null ? null : PatentType.valueOf(rs.getString("patent_type")),
                rs.getString("patent_title"), claims(rs.getString("claims")), rs.getString("facts_and_reasons"),
                rs.getString("requested_measures"), rs.getString("process_instance_id"));
    }

    /** A mediation case of its own names no claims. */
    private static List<Integer> claims(String column) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split(",")).map(Integer::valueOf).toList();
    }

    /**
     * The party this user is in the case: the requester who filed it, or the respondent
     * the account's identity number names once the office has addressed it; empty for
     * anyone else.
     */
    public Optional<String> partyRoleOf(AppUser user, UUID caseId) {
        if (user.isStaff() || user.has(Role.ADMIN)) {
            return Optional.empty();
        }
        return jdbc
            .sql("select case when c.filed_by = :viewer then 'REQUESTER' else vp.party_role end"
                    + " from cases c left join case_parties vp on vp.case_id = c.id and " + partyIsViewer("vp")
                    + " where c.id = :id and (c.filed_by = :viewer or vp.id is not null) order by 1")
            .params(viewerParams(user))
            .param("id", caseId)
            .query(String.class)
            .list()
            .stream()
            .findFirst();
    }

    /**
     * The office has addressed this party for the first time (served a document on it).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markAddressed(UUID caseId, String partyRole, OffsetDateTime at) {
        jdbc.sql(
                "update case_parties set addressed_at = :at where case_id = :id and party_role = :role and addressed_at is null")
            .param("at", at)
            .param("id", caseId)
            .param("role", partyRole)
            .update();
    }

    @NullMarked
    public record CasePage(List<CaseSummary> items, long total) {
    }

    /** A case and the process instance of its model, and the stage the model last set. */
    public record CaseProcess(UUID caseId, String processInstanceId, String stage) {
    }

    /**
     * A case linked to another, and why: {@code SAME_PATENT} or {@code SAME_RESPONDENT},
     * or the link a procedure made (an injunction and its adjudication, an assistance
     * request and its referral).
     */
    @NullMarked
    public record LinkedCase(UUID id, String caseNumber, CaseType caseType, String stage, OffsetDateTime filedAt,
            String link) {
    }

    /** The access rule as SQL over the alias {@code c}. */
    private Visibility visibility(AppUser user) {
        if (user.has(Role.ADMIN)) {
            return new Visibility("1 = 1", Map.of());
        }
        if (user.isStaff() && user.has(Role.SUPERVISOR)) {
            // a supervisor oversees their office and those under it, whose cases a
            // superior
            // department may take up (Order 81 art. 8)
            return new Visibility("c.office_id in (:viewerOffices)",
                    Map.of("viewerOffices", staff.overseenOffices(user)));
        }
        if (user.isStaff()) {
            return new Visibility("c.office_id = :viewerOffice", Map.of("viewerOffice", user.officeId()));
        }
        return new Visibility("(c.filed_by = :viewer or exists (select 1 from case_parties vp where vp.case_id = c.id"
                + " and " + partyIsViewer("vp") + "))", viewerParams(user));
    }

    /**
     * The party rows of the alias that are the viewer: their own filing, or a respondent
     * their account is linked to by its verified identity number once the office has
     * addressed the respondent (Order 81 art. 22). Its parameters are
     * {@link #viewerParams}.
     */
    private static String partyIsViewer(String alias) {
        return ("(%1$s.username = :viewer or (%1$s.party_role = 'RESPONDENT' and %1$s.id_number = :viewerIdNumber"
                + " and %1$s.addressed_at is not null))")
            .formatted(alias);
    }

    private static Map<String, Object> viewerParams(AppUser user) {
        return Map.of("viewer", user.getUsername(), "viewerIdNumber", user.idNumber() == null ? "" : user.idNumber());
    }

    private record Visibility(String predicate, Map<String, Object> params) {
    }

}
