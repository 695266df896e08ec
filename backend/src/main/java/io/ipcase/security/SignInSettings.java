package io.ipcase.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in resists guessing (settings {@code ipcase.sign-in.*}).
 *
 * @param accountFailures failed sign-ins for one username within {@code window} that lock
 * it
 * @param addressFailures failed sign-ins from one source address within {@code window}
 * that lock it (any usernames: guessing across accounts)
 * @param window how long a failure counts
 * @param lockout how long the first lockout lasts; each further lockout without a
 * successful sign-in in between lasts twice as long as the one before, up to
 * {@code maxLockout}
 * @param maxLockout the longest lockout
 * @param minPasswordLength the shortest password of a party or officer
 * @param minAdminPasswordLength the shortest password of an administrator
 */
@ConfigurationProperties("ipcase.sign-in")
public record SignInSettings(@DefaultValue("5") int accountFailures, @DefaultValue("20") int addressFailures,
        @DefaultValue("PT15M") Duration window, @DefaultValue("PT15M") Duration lockout,
        @DefaultValue("PT24H") Duration maxLockout, @DefaultValue("10") int minPasswordLength,
        @DefaultValue("14") int minAdminPasswordLength) {
}
