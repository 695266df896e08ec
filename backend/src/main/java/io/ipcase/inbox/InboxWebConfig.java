package io.ipcase.inbox;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The inbox (and the SLA board) refresh themselves by polling with ETags rather than by
 * server-sent events: a poll is one indexed query, any node behind a load balancer can
 * answer it without telling the others what changed, and an unchanged page costs a 304
 * with no body. Server-sent events would need a connection held open per officer and a
 * way to fan each change out across nodes.
 */
@Configuration(proxyBeanMethods = false)
class InboxWebConfig {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> inboxEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
                new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/inbox/tasks", "/api/sla/board");
        registration.setName("inboxEtags");
        return registration;
    }

}
