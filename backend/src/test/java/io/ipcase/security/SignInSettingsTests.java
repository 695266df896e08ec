package io.ipcase.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SignInSettingsTests {

    private final SignInSettings defaults = new SignInSettings(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15),
            Duration.ofHours(24), 10, 14);

    @Test
    void eachLockoutInARowLastsTwiceAsLongAsTheOneBeforeUpToADay() {
        SignInThrottle throttle = new SignInThrottle(null, null, null, defaults, null);

        assertThat(throttle.lockoutAfter(1)).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.lockoutAfter(2)).isEqualTo(Duration.ofMinutes(30));
        assertThat(throttle.lockoutAfter(4)).isEqualTo(Duration.ofHours(2));
        assertThat(throttle.lockoutAfter(7)).isEqualTo(Duration.ofHours(16));
        assertThat(throttle.lockoutAfter(8)).isEqualTo(Duration.ofHours(24));
        assertThat(throttle.lockoutAfter(60)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void thePasswordPolicyRefusesCommonPasswordsTheUsernameAndShortAdministratorPasswords() {
        PasswordPolicy policy = new PasswordPolicy(defaults);

        assertThat(policy.check("p", "1234567890", "someone", Set.of(Role.OFFICER))).get()
            .extracting(v -> v.messageKey())
            .isEqualTo("user.password.common");
        assertThat(policy.check("p", "Password123", "someone", Set.of(Role.OFFICER))).get()
            .extracting(v -> v.messageKey())
            .isEqualTo("user.password.common");
        assertThat(policy.check("p", "my-officer.yb-pass", "Officer.YB", Set.of(Role.OFFICER))).get()
            .extracting(v -> v.messageKey())
            .isEqualTo("user.password.contains-username");
        assertThat(policy.check("p", "Qx7-vintage-kettle", "someone", Set.of(Role.OFFICER))).isEmpty();
        assertThat(policy.check("p", "Qx7-kettle!", "someone", Set.of(Role.ADMIN))).get()
            .extracting(v -> v.messageKey())
            .isEqualTo("user.password.too-short");
        assertThat(policy.check("p", "x".repeat(73), "someone", Set.of(Role.OFFICER))).get()
            .extracting(v -> v.messageKey())
            .isEqualTo("user.password.too-long");
    }

}
