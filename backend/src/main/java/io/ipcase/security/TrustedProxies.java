package io.ipcase.security;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * X-Forwarded-For and X-Forwarded-Proto are believed only from the reverse proxies named
 * by address in {@code ipcase.trusted-proxies} (none by default). Tomcat's own default
 * believes every private address, so any client on an internal network (or any client at
 * all, behind a proxy that passes the header on) could claim a new address per request
 * and so escape the public report's per-address limits.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final List<String> addresses;

    TrustedProxies(@Value("${ipcase.trusted-proxies:}") List<String> addresses) {
        this.addresses = addresses.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        String internal = addresses.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        factory.getEngineValves()
            .stream()
            .filter(RemoteIpValve.class::isInstance)
            .map(RemoteIpValve.class::cast)
            .forEach(valve -> {
                // an empty pattern trusts no one
                valve.setInternalProxies(internal);
                valve.setTrustedProxies(null);
            });
    }

    /** After Spring Boot's own customizer, which adds the valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

}
