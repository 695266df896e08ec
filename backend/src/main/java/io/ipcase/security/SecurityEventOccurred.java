package io.ipcase.security;

import java.util.Map;

/**
 * Something happened to sign-in or to an account (a failed sign-in, a lockout, an account
 * changed by an administrator), published in the transaction that records it so the audit
 * trail records it with it. {@code actor} is who acted: the administrator, or the name
 * tried at sign-in.
 */
public record SecurityEventOccurred(String actor, String action, Map<String, ?> details) {

    public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";

    public static final String SIGN_IN_LOCKED_OUT = "SIGN_IN_LOCKED_OUT";

    public static final String ACCOUNT_CREATED = "ACCOUNT_CREATED";

    public static final String ACCOUNT_DISABLED = "ACCOUNT_DISABLED";

    public static final String ACCOUNT_ENABLED = "ACCOUNT_ENABLED";

    public static final String ACCOUNT_UNLOCKED = "ACCOUNT_UNLOCKED";

    public static final String ADDRESS_UNLOCKED = "ADDRESS_UNLOCKED";

    public static final String ACCOUNT_CHANGED = "ACCOUNT_CHANGED";

    public static final String PASSWORD_RESET = "PASSWORD_RESET";

    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";

}
