package io.ipcase.security;

import org.jspecify.annotations.Nullable;

/**
 * A member of staff no longer works an office's tasks: their account was disabled, or
 * they moved to another office or lost their staff roles. Published in the
 * administrator's transaction; the tasks they held go back to the office's pool, or to
 * {@code handOverTo}, a colleague of that office.
 */
public record StaffWithdrawn(String username, String officeId, @Nullable String handOverTo, String actor) {
}
