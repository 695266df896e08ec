package io.ipcase.security;

/**
 * Camunda candidate groups follow offices and roles ("officer-yubei", "supervisor-cq"),
 * so the engine's own task queries give the same answer as the application's access
 * rules. The models name them as {@code officer-${officeId}}.
 */
public final class CandidateGroups {

    private CandidateGroups() {
    }

    public static String of(Role role, String officeId) {
        return role.name().toLowerCase() + "-" + officeId;
    }

    /**
     * The office a candidate group belongs to, or null for a group that is not an
     * office's.
     */
    public static String officeOf(String group) {
        if (group == null) {
            return null;
        }
        int dash = group.indexOf('-');
        return dash < 0 ? null : group.substring(dash + 1);
    }

}
