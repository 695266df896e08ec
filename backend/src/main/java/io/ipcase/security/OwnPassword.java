package io.ipcase.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ipcase.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A person sets their own password. An account an administrator created or reset must do
 * so before anything else: until then the API answers every other request with 403.
 */
@RestController
class OwnPassword {

    private final JdbcClient jdbc;

    private final PasswordEncoder encoder;

    private final PasswordPolicy policy;

    private final ApplicationEventPublisher events;

    OwnPassword(JdbcClient jdbc, PasswordEncoder encoder, PasswordPolicy policy, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.policy = policy;
        this.events = events;
    }

    @PostMapping("/api/session/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    public void change(@AuthenticationPrincipal AppUser user, @Valid @RequestBody PasswordChange change,
            HttpServletRequest request, HttpServletResponse response) {
        String currentHash = jdbc.sql("select password_hash from app_users where username = :u")
            .param("u", user.getUsername())
            .query(String.class)
            .single();
        if (!encoder.matches(change.currentPassword(), currentHash)) {
            throw InvalidInputException.of("currentPassword", "user.password.current-wrong");
        }
        policy.check("newPassword", change.newPassword(), user.getUsername(), user.roles()).ifPresent(v -> {
            throw new InvalidInputException(java.util.List.of(v));
        });
        if (encoder.matches(change.newPassword(), currentHash)) {
            throw InvalidInputException.of("newPassword", "user.password.unchanged");
        }
        String hash = encoder.encode(change.newPassword());
        jdbc.sql("update app_users set password_hash = :p, must_change_password = false where username = :u")
            .param("p", hash)
            .param("u", user.getUsername())
            .update();
        events.publishEvent(new SecurityEventOccurred(user.getUsername(), SecurityEventOccurred.PASSWORD_CHANGED,
                Map.of("username", user.getUsername())));
        // the session carries on as the same person, now free to work
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        AppUser updated = user.withOwnPassword(hash);
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(updated, null,
                updated.getAuthorities());
        token.setDetails(current == null ? null : current.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        }
    }

    record PasswordChange(@NotNull(message = "{user.password.required}") String currentPassword,
            @NotNull(message = "{user.password.required}") String newPassword) {
    }

    /**
     * Refuses every API request of a person who must set their own password, but for who
     * they are, setting it, and signing out. Runs inside Spring Security's chain (it is a
     * plain filter bean, ordered after it), so the person is known.
     */
    @Component
    static class PasswordChangeRequired extends OncePerRequestFilter {

        private final SecurityConfig.ProblemWriter problems;

        PasswordChangeRequired(ObjectMapper mapper, MessageSource messages, LocaleResolver locales) {
            this.problems = new SecurityConfig.ProblemWriter(mapper, messages, locales);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof AppUser user && user.mustChangePassword()
                    && !allowed(request)) {
                problems.write(request, response, HttpStatus.FORBIDDEN, "problem.password-change-required");
                return;
            }
            chain.doFilter(request, response);
        }

        private static boolean allowed(HttpServletRequest request) {
            String path = request.getServletPath();
            if (!path.startsWith("/api/") && !path.startsWith("/engine-rest") && !path.startsWith("/actuator")) {
                return true;
            }
            return path.equals("/api/session") || path.equals("/api/session/password")
                    || path.equals("/api/session/logout");
        }

    }

}
