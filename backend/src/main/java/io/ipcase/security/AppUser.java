package io.ipcase.security;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in person: their roles and, for staff, the office whose work they may see. */
public class AppUser implements UserDetails {

    private final String username;

    private final String passwordHash;

    private final String displayName;

    private final String officeId;

    private final String idNumber;

    private final EnumSet<Role> roles;

    private final boolean enabled;

    private final boolean mustChangePassword;

    public AppUser(String username, String passwordHash, String displayName, String officeId, Set<Role> roles,
            boolean enabled) {
        this(username, passwordHash, displayName, officeId, null, roles, enabled);
    }

    public AppUser(String username, String passwordHash, String displayName, String officeId, String idNumber,
            Set<Role> roles, boolean enabled) {
        this(username, passwordHash, displayName, officeId, idNumber, roles, enabled, false);
    }

    public AppUser(String username, String passwordHash, String displayName, String officeId, String idNumber,
            Set<Role> roles, boolean enabled, boolean mustChangePassword) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.officeId = officeId;
        this.idNumber = idNumber;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
    }

    /**
     * The account was created or its password reset by an administrator: the person
     * chooses their own before anything else.
     */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The same person, with their own password set. */
    AppUser withOwnPassword(String newHash) {
        return new AppUser(username, newHash, displayName, officeId, idNumber, roles, enabled, false);
    }

    public String displayName() {
        return displayName;
    }

    public String officeId() {
        return officeId;
    }

    /**
     * The verified identity number (resident ID or unified social credit code) of a
     * party's account, by which it is linked to the cases where that party is the
     * respondent.
     */
    public String idNumber() {
        return idNumber;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Officers and supervisors work on their office's cases. */
    public boolean isStaff() {
        return officeId != null && (has(Role.OFFICER) || has(Role.SUPERVISOR));
    }

    /**
     * The Camunda candidate groups this user belongs to: one per staff role in their
     * office.
     */
    public List<String> candidateGroups() {
        if (officeId == null) {
            return List.of();
        }
        return roles.stream()
            .filter(r -> r == Role.OFFICER || r == Role.SUPERVISOR)
            .map(r -> CandidateGroups.of(r, officeId))
            .toList();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

}
