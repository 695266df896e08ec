package io.ipcase.adjudication.casework;

import io.ipcase.inbox.steps.StepDescription.Choice;
import io.ipcase.security.AppUser;
import io.ipcase.security.StaffDirectory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The panel (合议组) of an accepted case: an odd number of officers of the case's office, at
 * least three (Order 81 art. 20), one of whom handles the case (承办人). The panel works the
 * case's tasks: the models offer them to its members as candidate users, assigned to the
 * handler.
 */
@Service
public class Panels {

    /** Order 81 art. 20: at least three handlers, an odd number. */
    public static final int MIN_MEMBERS = 3;

    private final JdbcClient jdbc;

    private final StaffDirectory staff;

    private final Clock clock;

    Panels(JdbcClient jdbc, StaffDirectory staff, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.clock = clock;
    }

    /**
     * A member of the panel. {@code username} is left out of what parties see, who know
     * officers by name only; {@code ref} names the member to this case alone (a party
     * asking for a member's recusal names them by it).
     */
    @NullMarked
    public record Member(@Nullable String username, String ref, String displayName, boolean lead) {

        public Member forParties() {
            return new Member(null, ref, displayName, lead);
        }
    }

    /**
     * A member's reference on one case: a digest of the case and the username, which
     * tells a party nothing of the login name.
     */
    static String refOf(UUID caseId, String username) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest((caseId + ":" + username).getBytes(StandardCharsets.UTF_8));
            return "m-" + HexFormat.of().formatHex(digest, 0, 8);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The member sitting now whom a username or a {@link Member#ref} names. */
    public Optional<String> resolve(UUID caseId, String usernameOrRef) {
        return seats(caseId).stream()
            .map(Seat::username)
            .filter(u -> u.equals(usernameOrRef) || refOf(caseId, u).equals(usernameOrRef))
            .findFirst();
    }

    /** The members sitting now, the lead first, with the names they are shown by. */
    public List<Member> members(UUID caseId) {
        List<Seat> seats = seats(caseId);
        Map<String, String> names = staff.displayNames(seats.stream().map(Seat::username).toList());
        return seats.stream()
            .filter(s -> names.containsKey(s.username()))
            .map(s -> new Member(s.username(), refOf(caseId, s.username()), names.get(s.username()), s.lead()))
            .toList();
    }

    public Optional<String> lead(UUID caseId) {
        return seats(caseId).stream().filter(Seat::lead).map(Seat::username).findFirst();
    }

    public boolean isMember(UUID caseId, String username) {
        return seats(caseId).stream().anyMatch(s -> s.username().equals(username));
    }

    /** Officers and supervisors of the office, enabled: who may sit on its panels. */
    public List<String> eligible(String officeId) {
        return eligibleStaff(officeId).stream().map(AppUser::getUsername).toList();
    }

    /**
     * Those who may sit on the office's panels, as a form offers them: 陈静（officer.yb）.
     */
    public List<Choice> choices(String officeId) {
        return eligibleStaff(officeId).stream()
            .map(u -> new Choice(u.getUsername(), u.displayName() + "（" + u.getUsername() + "）"))
            .toList();
    }

    private List<AppUser> eligibleStaff(String officeId) {
        return staff.ofOffice(officeId).stream().sorted(Comparator.comparing(AppUser::getUsername)).toList();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void appoint(UUID caseId, List<String> members, String lead, String appointedBy) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (String member : members) {
            seat(caseId, member, member.equals(lead), appointedBy, now);
        }
    }

    /**
     * A member steps aside (recusal, art. 5); the replacement takes the seat, and the
     * lead if they had it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replace(UUID caseId, String leaving, String joining, String decidedBy) {
        boolean wasLead = lead(caseId).map(leaving::equals).orElse(false);
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql(
                "update case_panel_members set stepped_aside_at = :at, lead = false where case_id = :id and username = :u")
            .param("at", now)
            .param("id", caseId)
            .param("u", leaving)
            .update();
        seat(caseId, joining, wasLead, decidedBy, now);
    }

    /** The candidate users of the panel's tasks, as the models read them. */
    public String asCandidates(UUID caseId) {
        return String.join(",", members(caseId).stream().map(Member::username).toList());
    }

    private void seat(UUID caseId, String username, boolean lead, String appointedBy, OffsetDateTime at) {
        jdbc.sql("""
                insert into case_panel_members (case_id, username, lead, appointed_by, appointed_at)
                values (:id, :u, :lead, :by, :at)""")
            .param("id", caseId)
            .param("u", username)
            .param("lead", lead)
            .param("by", appointedBy)
            .param("at", at)
            .update();
    }

    private List<Seat> seats(UUID caseId) {
        return jdbc.sql("""
                select username, lead from case_panel_members where case_id = :id and stepped_aside_at is null
                order by lead desc, appointed_at, username""").param("id", caseId).query(Seat.class).list();
    }

    private record Seat(String username, boolean lead) {
    }

}
