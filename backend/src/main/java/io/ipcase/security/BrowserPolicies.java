package io.ipcase.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What the browser is told to allow, and when a request needs no CSRF token.
 */
final class BrowserPolicies {

    /**
     * Scripts only from our own origin, never inline: Vite's build has no inline script
     * (one module script tag). Styles may be inline: Ant Design writes its CSS-in-JS into
     * style elements at run time, and bpmn-js styles the diagram's SVG with style
     * attributes; a nonce would need a page rendered per request, and the single-page
     * application's index.html is a static file. Frames and objects: the case page shows
     * an official document (a PDF from a blob: URL) in a frame of its own origin.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
            "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "font-src 'self' data:",
            "connect-src 'self'", "frame-src 'self' blob:", "object-src 'self' blob:", "worker-src 'self' blob:",
            "base-uri 'self'", "form-action 'self'", "frame-ancestors 'self'");

    /** Features the application never uses, off for every frame of it. */
    static final String PERMISSIONS_POLICY = String.join(", ", "camera=()", "microphone=()", "geolocation=()",
            "payment=()", "usb=()", "serial=()", "bluetooth=()", "midi=()", "magnetometer=()", "gyroscope=()",
            "accelerometer=()", "display-capture=()", "interest-cohort=()");

    private BrowserPolicies() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> headers() {
        return headers -> headers
            // the case page previews official documents (PDF) in a frame; other sites
            // still may not frame us
            .frameOptions(frame -> frame.sameOrigin())
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
            .addHeaderWriter((request, response) -> response.setHeader("Permissions-Policy", PERMISSIONS_POLICY));
    }

    /**
     * The XSRF-TOKEN cookie, readable by the application's script, sent only by our own
     * site.
     */
    static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    /**
     * A request a script authenticates with HTTP Basic, and that has no session: no
     * browser tricked by another site sends one (no WWW-Authenticate header is ever sent,
     * so browsers never cache Basic credentials). Such a request is either authenticated
     * by its credentials or refused by the Basic filter (401) before it reaches anything;
     * any other scheme ("Bearer x"), or a Basic header beside a session cookie, acts for
     * the session and needs the token.
     */
    static RequestMatcher authenticatedByBasicOnly() {
        return BrowserPolicies::basicWithoutSession;
    }

    private static boolean basicWithoutSession(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                && authorization.length() > 6 && request.getSession(false) == null;
    }

}
