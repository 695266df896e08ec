package io.ipcase.security;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is signed in. Login and logout themselves are Spring Security's (see
 * SecurityConfig).
 */
@RestController
class SessionController {

    private final Offices offices;

    SessionController(Offices offices) {
        this.offices = offices;
    }

    @GetMapping("/api/session")
    SessionView session(@AuthenticationPrincipal AppUser user) {
        return user == null ? new SessionView(false, null) : viewOf(user);
    }

    SessionView viewOf(AppUser user) {
        Office office = offices.find(user.officeId()).orElse(null);
        return new SessionView(true,
                new UserView(user.getUsername(), user.displayName(),
                        user.roles().stream().sorted(Comparator.comparing(Role::name)).toList(), office,
                        user.mustChangePassword()));
    }

    @NullMarked
    record SessionView(boolean authenticated, @Nullable UserView user) {
    }

    @NullMarked
    record UserView(String username, String displayName, List<Role> roles, @Nullable Office office,
            boolean mustChangePassword) {
    }

}
