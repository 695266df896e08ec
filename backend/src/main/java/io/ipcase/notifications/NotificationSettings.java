package io.ipcase.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification e-mail, sent only where {@code spring.mail.host} is configured.
 *
 * @param mailFrom the sender address of the e-mails
 * @param mailInterval how often the outbox is looked at
 * @param mailTries how often a failed e-mail is tried before it is given up
 * @param baseUrl the address people open the application at, for the links in e-mails
 */
@ConfigurationProperties("ipcase.notifications")
public record NotificationSettings(@DefaultValue("noreply@ipcase.local") String mailFrom,
        @DefaultValue("PT10S") Duration mailInterval, @DefaultValue("5") int mailTries,
        @DefaultValue("http://localhost:8080") String baseUrl) {
}
