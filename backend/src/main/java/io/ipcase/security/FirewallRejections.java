package io.ipcase.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A request the firewall refuses (a doubled slash, an encoded dot, a path parameter, an
 * encoded line break: the usual ways around a path rule such as /engine-rest's) is a bad
 * request, answered as problem details in the caller's language, with no stack trace; it
 * reaches no controller, so the metrics count it under no path of its own.
 */
@Configuration(proxyBeanMethods = false)
class FirewallRejections {

    private static final Logger log = LoggerFactory.getLogger(FirewallRejections.class);

    /**
     * The firewall's check, first of all filters: Spring Security's own runs after a
     * filter that parses the path for the servlet it goes to, which fails on
     * "//engine-rest/…" and "/engine-rest;a/…" before the firewall sees them; and before
     * the metrics' filter, so a refused path is counted nowhere. (The handler is looked
     * up when first needed: filters are made before the database is migrated, and the
     * handler's JSON mapper must not be.)
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> firewallFirst(ObjectProvider<RequestRejectedHandler> rejected) {
        HttpFirewall firewall = new StrictHttpFirewall();
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    firewall.getFirewalledRequest(request);
                    nothingUnprintableIn(request.getQueryString());
                }
                catch (RequestRejectedException e) {
                    rejected.getObject().handle(request, response, e);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * A NUL or another control character in a query ("?officeId=%00") is no value any
     * list filters by (PostgreSQL refuses even to compare text with a NUL in it).
     */
    static void nothingUnprintableIn(String query) {
        if (query == null || query.indexOf('%') < 0) {
            return;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(query, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException e) {
            throw new RequestRejectedException("The query is not properly encoded");
        }
        if (decoded.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
            throw new RequestRejectedException("The query contains a control character");
        }
    }

    @Bean
    RequestRejectedHandler problemForRejectedRequest(ObjectMapper mapper, MessageSource messages,
            LocaleResolver locales) {
        SecurityConfig.ProblemWriter problems = new SecurityConfig.ProblemWriter(mapper, messages, locales);
        return (request, response, e) -> {
            log.info("Request refused by the firewall: {}", e.getMessage());
            problems.write(request, response, HttpStatus.BAD_REQUEST, "problem.invalid-address");
        };
    }

}
