package io.ipcase.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ipcase.security.AppUser;
import io.ipcase.security.StaffDirectory;
import io.ipcase.web.NotFoundException;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people are told, each notice written in the transaction of what caused it. The
 * words are the reader's: a notice holds its kind and its parameters, and the portal, the
 * inbox and the e-mail turn them into sentences in the reader's language.
 */
@Service
public class Notifications {

    private final JdbcClient jdbc;

    private final StaffDirectory staff;

    private final ObjectMapper mapper;

    private final Clock clock;

    private final boolean mailConfigured;

    Notifications(JdbcClient jdbc, StaffDirectory staff, ObjectMapper mapper, Clock clock, Environment environment) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.mapper = mapper;
        this.clock = clock;
        this.mailConfigured = environment.containsProperty("spring.mail.host");
    }

    /**
     * Tells one person; by e-mail too where mail is configured and they have an address.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notify(String recipient, UUID caseId, NotificationKind kind, Map<String, ?> params) {
        boolean byMail = mailConfigured && staff.emailOf(recipient).isPresent();
        jdbc.sql("""
                insert into notifications (recipient, case_id, kind, params, created_at, email_status)
                values (:recipient, :caseId, :kind, :params, :at, :email)""")
            .param("recipient", recipient)
            .param("caseId", caseId)
            .param("kind", kind.name())
            .param("params", json(params))
            .param("at", OffsetDateTime.now(clock))
            .param("email", byMail ? "PENDING" : null)
            .update();
    }

    public Inbox of(AppUser user, int size) {
        List<Notification> items = jdbc.sql("""
                select id, case_id, kind, params, created_at, read_at from notifications
                where recipient = :me order by created_at desc, id desc limit :size""")
            .param("me", user.getUsername())
            .param("size", size)
            .query((rs, i) -> new Notification(rs.getLong("id"), rs.getObject("case_id", UUID.class),
                    NotificationKind.valueOf(rs.getString("kind")), params(rs.getString("params")),
                    rs.getObject("created_at", OffsetDateTime.class), rs.getObject("read_at", OffsetDateTime.class)))
            .list();
        long unread = jdbc.sql("select count(*) from notifications where recipient = :me and read_at is null")
            .param("me", user.getUsername())
            .query(Long.class)
            .single();
        return new Inbox(items, unread);
    }

    @Transactional
    public void markRead(AppUser user, long id) {
        if (jdbc.sql("update notifications set read_at = coalesce(read_at, :at) where id = :id and recipient = :me")
            .param("at", OffsetDateTime.now(clock))
            .param("id", id)
            .param("me", user.getUsername())
            .update() == 0) {
            throw new NotFoundException("notification");
        }
    }

    @Transactional
    public void markAllRead(AppUser user) {
        jdbc.sql("update notifications set read_at = :at where recipient = :me and read_at is null")
            .param("at", OffsetDateTime.now(clock))
            .param("me", user.getUsername())
            .update();
    }

    Map<String, String> params(String json) {
        try {
            return mapper.readValue(json, new TypeReference<>() {
            });
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable notification parameters", e);
        }
    }

    private String json(Map<String, ?> params) {
        try {
            return mapper.writeValueAsString(params);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @NullMarked
    public record Notification(long id, @Nullable UUID caseId, NotificationKind kind, Map<String, String> params,
            OffsetDateTime createdAt, @Nullable OffsetDateTime readAt) {
    }

    @NullMarked
    public record Inbox(List<Notification> items, long unread) {
    }

}
