package io.ipcase.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.ipcase.web.InvalidInputException.Violation;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: long enough (longer for administrators), at most 72 characters
 * (BCrypt reads no further), not one of the common passwords shipped in
 * {@code security/common-passwords.txt}, and not containing the username.
 */
@Component
class PasswordPolicy {

    static final int MAX_LENGTH = 72;

    private final SignInSettings settings;

    private final Set<String> common;

    PasswordPolicy(SignInSettings settings) {
        this.settings = settings;
        this.common = load();
    }

    /** What is wrong with this password for this account, if anything. */
    Optional<Violation> check(String field, String password, String username, Set<Role> roles) {
        int min = roles.contains(Role.ADMIN) ? settings.minAdminPasswordLength() : settings.minPasswordLength();
        if (password == null || password.codePointCount(0, password.length()) < min) {
            return Optional.of(Violation.keyed(field, "user.password.too-short", min));
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Violation.keyed(field, "user.password.too-long"));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of(Violation.keyed(field, "user.password.common"));
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT).strip())) {
            return Optional.of(Violation.keyed(field, "user.password.contains-username"));
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> words.add(l.strip()));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

}
