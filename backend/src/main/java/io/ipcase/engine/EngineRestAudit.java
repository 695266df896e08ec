package io.ipcase.engine;

import java.io.IOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.ipcase.audit.AuditTrail;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every use of Camunda's REST API ({@code /engine-rest}, administrators only) is a
 * security event: it reaches past the application's own rules. Each request that got
 * through sign-in and access control is audited with its method, path and status.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestAudit {

    static final String ENGINE_REST_USED = "ENGINE_REST_USED";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> engineRestAuditFilter(AuditTrail audit, TransactionTemplate tx) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        try {
                            chain.doFilter(request, response);
                        }
                        finally {
                            Principal principal = request.getUserPrincipal();
                            if (principal != null) {
                                Map<String, Object> details = new LinkedHashMap<>();
                                details.put("method", request.getMethod());
                                String path = request.getRequestURI();
                                details.put("path", path.length() > 500 ? path.substring(0, 500) : path);
                                details.put("status", response.getStatus());
                                tx.executeWithoutResult(status -> audit.recordWithDetails(principal.getName(),
                                        ENGINE_REST_USED, null, details));
                            }
                        }
                    }
                });
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

}
