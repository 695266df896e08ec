package io.ipcase.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Sign-in that resists guessing, for the form login and HTTP Basic alike: both ask the
 * one authentication provider below, which refuses a locked account or address and counts
 * every failure ({@link SignInThrottle}). A filter ahead of Spring Security answers a
 * locked sign-in with 429 and {@code Retry-After}, before any password is checked.
 */
@Configuration(proxyBeanMethods = false)
class ThrottledAuthentication {

    @Bean
    AuthenticationProvider throttledAuthenticationProvider(AppUserDetailsService users, PasswordEncoder encoder,
            SignInThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(encoder);
        passwords.setUserDetailsService(users);
        return new AuthenticationProvider() {

            @Override
            public Authentication authenticate(Authentication authentication) {
                String username = authentication.getName();
                String address = addressOf(authentication);
                if (throttle.lockedUntil(username, address).isPresent()) {
                    throw new LockedException("sign-in locked");
                }
                try {
                    Authentication done = passwords.authenticate(authentication);
                    throttle.succeeded(done.getName());
                    return done;
                }
                catch (AuthenticationException e) {
                    throttle.failed(username, address, e.getClass().getSimpleName());
                    throw e;
                }
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return passwords.supports(authentication);
            }
        };
    }

    @Bean
    FilterRegistrationBean<LockedSignInFilter> lockedSignInFilter(SignInThrottle throttle, ObjectMapper mapper,
            MessageSource messages, LocaleResolver locales, Clock clock) {
        FilterRegistrationBean<LockedSignInFilter> registration = new FilterRegistrationBean<>(
                new LockedSignInFilter(throttle, new SecurityConfig.ProblemWriter(mapper, messages, locales), clock));
        // ahead of Spring Security's chain (-100)
        registration.setOrder(-110);
        return registration;
    }

    static String addressOf(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }

    /**
     * Answers a sign-in attempt on a locked account or from a locked address with 429.
     */
    static final class LockedSignInFilter extends OncePerRequestFilter {

        private final SignInThrottle throttle;

        private final SecurityConfig.ProblemWriter problems;

        private final Clock clock;

        LockedSignInFilter(SignInThrottle throttle, SecurityConfig.ProblemWriter problems, Clock clock) {
            this.throttle = throttle;
            this.problems = problems;
            this.clock = clock;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String username = attemptedUsername(request);
            if (username != null) {
                Optional<Instant> until = throttle.lockedUntil(username, request.getRemoteAddr());
                if (until.isPresent()) {
                    long seconds = Math.max(1, Duration.between(clock.instant(), until.get()).toSeconds());
                    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                    problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "problem.sign-in-locked");
                    return;
                }
            }
            chain.doFilter(request, response);
        }

        /** The username a request signs in with: HTTP Basic, or the login form. */
        private static String attemptedUsername(HttpServletRequest request) {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
                try {
                    String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                            StandardCharsets.UTF_8);
                    int colon = decoded.indexOf(':');
                    return colon < 0 ? null : decoded.substring(0, colon);
                }
                catch (IllegalArgumentException e) {
                    return null;
                }
            }
            if ("POST".equals(request.getMethod()) && "/api/session/login".equals(request.getServletPath())) {
                return request.getParameter("username");
            }
            return null;
        }

    }

}
