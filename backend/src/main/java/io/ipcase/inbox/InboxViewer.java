package io.ipcase.inbox;

import java.util.ArrayList;
import java.util.List;

import io.ipcase.security.AppUser;
import io.ipcase.security.Role;

/**
 * Who looks at the inbox and on whose behalf: themselves and, today, the colleagues whose
 * absence they cover; their candidate groups; and, for a supervisor, the offices they
 * oversee.
 */
public record InboxViewer(AppUser user, List<String> actingFor, List<String> groups, List<String> overseenOffices) {

    public String username() {
        return user.getUsername();
    }

    public boolean isSupervisor() {
        return user.has(Role.SUPERVISOR);
    }

    /** A supervisor of the task's office or of the office above it. */
    public boolean supervises(String officeId) {
        return isSupervisor() && officeId != null && overseenOffices.contains(officeId);
    }

    public boolean actsFor(String username) {
        return username != null && actingFor.contains(username);
    }

    /**
     * The colleagues this viewer stands in for today (everyone in actingFor but
     * themselves).
     */
    public List<String> coveredColleagues() {
        List<String> others = new ArrayList<>(actingFor);
        others.remove(username());
        return others;
    }
}
