package io.ipcase.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.ipcase.security.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the notices waiting for e-mail, Chinese first and English second, where a mail
 * server is configured. Each notice is taken by one node alone (a conditional update),
 * sent, and marked sent; a failure is tried again later, a few times, then given up and
 * logged.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private static final int BATCH = 50;

    private final JdbcClient jdbc;

    private final JavaMailSender mail;

    private final MessageSource messages;

    private final Notifications notifications;

    private final StaffDirectory staff;

    private final NotificationSettings settings;

    private final Clock clock;

    NotificationMailer(JdbcClient jdbc, JavaMailSender mail, MessageSource messages, Notifications notifications,
            StaffDirectory staff, NotificationSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.messages = messages;
        this.notifications = notifications;
        this.staff = staff;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ipcase.notifications.mail-interval:PT10S}")
    void sendWaiting() {
        List<Long> waiting = jdbc
            .sql("select id from notifications where email_status = 'PENDING' order by id limit :n")
            .param("n", BATCH)
            .query(Long.class)
            .list();
        for (long id : waiting) {
            if (jdbc
                .sql("update notifications set email_status = 'SENDING' where id = :id and email_status = 'PENDING'")
                .param("id", id)
                .update() == 1) {
                send(id);
            }
        }
    }

    private void send(long id) {
        Outgoing outgoing = jdbc.sql("""
                select n.recipient, n.kind, n.params, n.case_id, n.email_tries from notifications n where n.id = :id""")
            .param("id", id)
            .query((rs, i) -> new Outgoing(rs.getString("recipient"), NotificationKind.valueOf(rs.getString("kind")),
                    notifications.params(rs.getString("params")), rs.getString("case_id"), rs.getInt("email_tries")))
            .single();
        Optional<String> address = staff.emailOf(outgoing.recipient());
        if (address.isEmpty()) {
            // the address was removed after the notice was written: nothing to try again
            log.warn("notification e-mail {} not sent: {} has no e-mail address now", id, outgoing.recipient());
            jdbc.sql("update notifications set email_status = 'FAILED' where id = :id").param("id", id).update();
            return;
        }
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(settings.mailFrom());
            message.setTo(address.get());
            message.setSubject(text("subject", outgoing, Locale.SIMPLIFIED_CHINESE) + " / "
                    + text("subject", outgoing, Locale.ENGLISH));
            message.setText(text("body", outgoing, Locale.SIMPLIFIED_CHINESE) + "\n\n"
                    + text("body", outgoing, Locale.ENGLISH) + "\n\n" + settings.baseUrl() + "\n");
            mail.send(message);
            jdbc.sql("update notifications set email_status = 'SENT', emailed_at = :at where id = :id")
                .param("at", OffsetDateTime.now(clock))
                .param("id", id)
                .update();
        }
        catch (MailException e) {
            boolean giveUp = outgoing.tries() + 1 >= settings.mailTries();
            log.warn("notification e-mail {} not sent (try {}): {}", id, outgoing.tries() + 1, e.getMessage());
            jdbc.sql("update notifications set email_status = :status, email_tries = email_tries + 1 where id = :id")
                .param("status", giveUp ? "FAILED" : "PENDING")
                .param("id", id)
                .update();
        }
    }

    private String text(String part, Outgoing outgoing, Locale locale) {
        Map<String, String> p = outgoing.params();
        Object[] args = switch (outgoing.kind()) {
            case CASE_FILED -> new Object[] { p.get("caseNumber") };
            case STAGE_CHANGED -> new Object[] { p.get("caseNumber"),
                    messages.getMessage("notification.stage." + p.get("stage"), null, p.get("stage"), locale) };
            case TASK_ASSIGNED -> new Object[] { p.get("caseNumber"), p.get("task"), p.get("by") };
            case SUBSTITUTE_NAMED -> new Object[] { p.get("absentName"), p.get("startsOn"), p.get("endsOn") };
        };
        return messages.getMessage("notification." + outgoing.kind() + "." + part, args, locale);
    }

    private record Outgoing(String recipient, NotificationKind kind, Map<String, String> params, String caseId,
            int tries) {
    }

}
