package io.ipcase.security;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Access is denied by default. The browser signs in with a session cookie and sends the
 * CSRF token from the XSRF-TOKEN cookie; scripts and tests use HTTP Basic on /api, and
 * only ADMIN reaches Camunda's REST API. Which cases and tasks a user may see is decided
 * per record by the capability that owns them (a case of another office answers 404).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectMapper mapper, MessageSource messages,
            LocaleResolver locales, SessionController session) throws Exception {
        ProblemWriter problems = new ProblemWriter(mapper, messages, locales);
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/engine-rest/**")
            .hasRole(Role.ADMIN.name())
            .requestMatchers(HttpMethod.GET, "/api/session")
            .permitAll()
            .requestMatchers("/api/session/login")
            .permitAll()
            .requestMatchers(HttpMethod.POST, "/api/cases/infringement-disputes")
            .hasRole(Role.COMPLAINANT.name())
            // reports of counterfeiting: anyone may send and follow one; signed-in
            // complainants list theirs
            .requestMatchers("/api/public/**")
            .permitAll()
            .requestMatchers(HttpMethod.POST, "/api/penalty/reports")
            .hasRole(Role.COMPLAINANT.name())
            .requestMatchers(HttpMethod.GET, "/api/penalty/reports/mine")
            .hasRole(Role.COMPLAINANT.name())
            .requestMatchers(HttpMethod.GET, "/api/penalty/settings")
            .hasAnyRole(Role.OFFICER.name(), Role.SUPERVISOR.name(), Role.ADMIN.name())
            .requestMatchers("/api/penalty/**")
            .hasAnyRole(Role.OFFICER.name(), Role.SUPERVISOR.name())
            .requestMatchers("/api/filing-drafts/**")
            .hasRole(Role.COMPLAINANT.name())
            .requestMatchers(HttpMethod.POST, "/api/cases/preliminary-injunctions")
            .hasAnyRole(Role.COMPLAINANT.name(), Role.OFFICER.name(), Role.SUPERVISOR.name())
            .requestMatchers(HttpMethod.POST, "/api/cases/assistance-requests")
            .hasRole(Role.COMPLAINANT.name())
            .requestMatchers("/api/assistance/mine")
            .hasRole(Role.COMPLAINANT.name())
            .requestMatchers("/api/assistance/tasks/**")
            .hasAnyRole(Role.OFFICER.name(), Role.SUPERVISOR.name())
            .requestMatchers("/api/admin/**")
            .hasRole(Role.ADMIN.name())
            .requestMatchers("/api/sla/**")
            .hasAnyRole(Role.SUPERVISOR.name(), Role.ADMIN.name())
            .requestMatchers("/api/inbox/**")
            .hasAnyRole(Role.OFFICER.name(), Role.SUPERVISOR.name())
            .requestMatchers(HttpMethod.POST, "/api/cases/*/official-documents/*/services")
            .hasAnyRole(Role.OFFICER.name(), Role.SUPERVISOR.name())
            .requestMatchers("/api/**")
            .authenticated()
            .requestMatchers("/actuator/health/**")
            .permitAll()
            .requestMatchers("/actuator/**")
            .hasRole(Role.ADMIN.name())
            // the single-page application's files and routes carry no data
            .requestMatchers(HttpMethod.GET, "/**")
            .permitAll()
            .anyRequest()
            .denyAll())
            .formLogin(form -> form.loginProcessingUrl("/api/session/login")
                .successHandler((request, response, authentication) -> {
                    // the token rotates at login; touch it so the new cookie goes out
                    // with this answer
                    CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
                    if (token != null) {
                        token.getToken();
                    }
                    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                    mapper.writeValue(response.getOutputStream(),
                            session.viewOf((AppUser) authentication.getPrincipal()));
                })
                .failureHandler((request, response, e) -> problems.write(request, response, HttpStatus.UNAUTHORIZED,
                        "problem.login-failed")))
            .logout(logout -> logout.logoutUrl("/api/session/logout")
                .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
            // No WWW-Authenticate header is ever sent, so browsers never cache Basic
            // credentials (see BrowserPolicies.authenticatedByBasicOnly)
            .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> problems.write(request,
                    response, HttpStatus.UNAUTHORIZED, "problem.unauthenticated")))
            .exceptionHandling(ex -> ex
                .authenticationEntryPoint((request, response, e) -> problems.write(request, response,
                        HttpStatus.UNAUTHORIZED, "problem.unauthenticated"))
                .accessDeniedHandler((request, response, e) -> problems.write(request, response, HttpStatus.FORBIDDEN,
                        e instanceof CsrfException ? "problem.csrf" : "problem.forbidden")))
            .headers(BrowserPolicies.headers())
            .csrf(csrf -> csrf.csrfTokenRepository(BrowserPolicies.csrfTokens())
                .csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
                .ignoringRequestMatchers(BrowserPolicies.authenticatedByBasicOnly())
                // the public pages act for no session: nothing a forged request could
                // abuse
                .ignoringRequestMatchers("/api/public/**"));
        return http.build();
    }

    /**
     * Writes security failures in the same RFC 9457 shape as every other error of the
     * API.
     */
    record ProblemWriter(ObjectMapper mapper, MessageSource messages, LocaleResolver locales) {

        void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
                throws IOException {
            String detail = messages.getMessage(key, null, locales.resolveLocale(request));
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            mapper.writeValue(response.getOutputStream(), problem);
        }
    }

}
