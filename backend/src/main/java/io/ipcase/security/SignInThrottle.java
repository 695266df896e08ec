package io.ipcase.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.NullMarked;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins counted per account and per source address, in the database so that
 * every node counts the same. Reaching the limit locks the account (or the address) for a
 * while, longer each time; a successful sign-in clears the account's count, an
 * administrator unlocks an account. Every failure and every lockout is audited.
 */
@Service
public class SignInThrottle {

    static final String ACCOUNT = "ACCOUNT";

    static final String ADDRESS = "ADDRESS";

    private final JdbcClient jdbc;

    private final TransactionTemplate tx;

    private final ApplicationEventPublisher events;

    private final SignInSettings settings;

    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, TransactionTemplate tx, ApplicationEventPublisher events, SignInSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** The account key: usernames are the same whatever their case. */
    static String accountKey(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > 100 ? key.substring(0, 100) : key;
    }

    /**
     * Until when sign-in with this username from this address is refused, if it is now.
     */
    public Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        return jdbc.sql("""
                select locked_until from sign_in_throttles
                where (kind = 'ACCOUNT' and subject = :account) or (kind = 'ADDRESS' and subject = :address)""")
            .param("account", accountKey(username))
            .param("address", address)
            .query((rs, i) -> rs.getObject(1, OffsetDateTime.class))
            .list()
            .stream()
            .filter(until -> until != null && until.toInstant().isAfter(now))
            .map(OffsetDateTime::toInstant)
            .max(Instant::compareTo);
    }

    /**
     * Counts a failed sign-in against the username and the address, locks either that
     * reached its limit, and audits both, in one transaction of its own.
     */
    public void failed(String username, String address, String reason) {
        try {
            tx.executeWithoutResult(status -> count(username, address, reason));
        }
        catch (DuplicateKeyException raced) {
            // another node counted the first failure at the same moment: count on its row
            tx.executeWithoutResult(status -> count(username, address, reason));
        }
    }

    /** A successful sign-in: the account's count starts again. */
    public void succeeded(String username) {
        String key = accountKey(username);
        boolean counted = jdbc.sql("select count(*) from sign_in_throttles where kind = 'ACCOUNT' and subject = :s")
            .param("s", key)
            .query(Integer.class)
            .single() > 0;
        if (counted) {
            tx.executeWithoutResult(status -> jdbc
                .sql("delete from sign_in_throttles where kind = 'ACCOUNT' and subject = :s and (locked_until is null"
                        + " or locked_until <= :now)")
                .param("s", key)
                .param("now", OffsetDateTime.now(clock))
                .update());
        }
    }

    /**
     * An administrator lifts an account's lockout and its count; false if it had none.
     */
    boolean unlock(String username) {
        return jdbc.sql("delete from sign_in_throttles where kind = 'ACCOUNT' and subject = :s")
            .param("s", accountKey(username))
            .update() > 0;
    }

    /**
     * The accounts locked now, by lower-cased username, with the end of their lockout.
     */
    Map<String, Instant> lockedAccounts() {
        Map<String, Instant> locked = new LinkedHashMap<>();
        jdbc.sql("select subject, locked_until from sign_in_throttles where kind = 'ACCOUNT' and locked_until > :now")
            .param("now", OffsetDateTime.now(clock))
            .query((rs, i) -> locked.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
            .list();
        return locked;
    }

    /** A source address locked now, and until when. */
    @NullMarked
    record LockedAddress(String address, Instant lockedUntil) {
    }

    /**
     * The source addresses locked now, the latest lockout first; at most {@code limit} of
     * them (a guessing campaign from many addresses would otherwise list without end).
     */
    List<LockedAddress> lockedAddresses(int limit) {
        return jdbc.sql("""
                select subject, locked_until from sign_in_throttles
                where kind = 'ADDRESS' and locked_until > :now order by locked_until desc, subject limit :limit""")
            .param("now", OffsetDateTime.now(clock))
            .param("limit", limit)
            .query((rs, i) -> new LockedAddress(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
            .list();
    }

    /**
     * An administrator lifts an address's lockout and its count; false if it had none.
     */
    boolean unlockAddress(String address) {
        return jdbc.sql("delete from sign_in_throttles where kind = 'ADDRESS' and subject = :s")
            .param("s", address)
            .update() > 0;
    }

    private void count(String username, String address, String reason) {
        Instant now = clock.instant();
        String account = accountKey(username);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("address", address);
        details.put("reason", reason);
        events.publishEvent(new SecurityEventOccurred(account, SecurityEventOccurred.SIGN_IN_FAILED, details));
        for (Subject subject : List.of(new Subject(ACCOUNT, account, settings.accountFailures()),
                new Subject(ADDRESS, address, settings.addressFailures()))) {
            Instant until = count(subject, now);
            if (until != null) {
                Map<String, Object> lockout = new LinkedHashMap<>();
                lockout.put(subject.kind().toLowerCase(Locale.ROOT), subject.key());
                lockout.put("address", address);
                lockout.put("until", until.toString());
                events.publishEvent(
                        new SecurityEventOccurred(account, SecurityEventOccurred.SIGN_IN_LOCKED_OUT, lockout));
            }
        }
    }

    /** Counts one failure; the end of the lockout it starts, or null. */
    private Instant count(Subject subject, Instant now) {
        Row row = jdbc.sql("""
                select failures, first_failure_at, lockouts, locked_until from sign_in_throttles
                where kind = :k and subject = :s for update""")
            .param("k", subject.kind())
            .param("s", subject.key())
            .query((rs, i) -> new Row(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getInt(3),
                    rs.getObject(4, OffsetDateTime.class)))
            .optional()
            .orElse(null);
        if (row == null) {
            jdbc.sql("""
                    insert into sign_in_throttles (kind, subject, failures, first_failure_at, lockouts)
                    values (:k, :s, 0, :now, 0)""")
                .param("k", subject.kind())
                .param("s", subject.key())
                .param("now", at(now))
                .update();
            row = new Row(0, now, 0, null);
        }
        if (row.lockedUntil() != null && row.lockedUntil().toInstant().isAfter(now)) {
            // already locked: a failure while locked neither counts nor extends the
            // lockout
            return null;
        }
        boolean inWindow = !row.firstFailureAt().plus(settings.window()).isBefore(now);
        int failures = inWindow ? row.failures() + 1 : 1;
        Instant firstFailure = inWindow ? row.firstFailureAt() : now;
        Instant until = null;
        int lockouts = row.lockouts();
        if (failures >= subject.limit()) {
            lockouts++;
            until = now.plus(lockoutAfter(lockouts));
            failures = 0;
        }
        jdbc.sql(
                """
                        update sign_in_throttles set failures = :f, first_failure_at = :first, lockouts = :l, locked_until = :until
                        where kind = :k and subject = :s""")
            .param("f", failures)
            .param("first", at(firstFailure))
            .param("l", lockouts)
            .param("until", until == null ? null : at(until))
            .param("k", subject.kind())
            .param("s", subject.key())
            .update();
        return until;
    }

    /** The n-th lockout in a row lasts 2^(n-1) times the first, up to the longest. */
    Duration lockoutAfter(int lockouts) {
        Duration length = settings.lockout();
        for (int i = 1; i < lockouts && length.compareTo(settings.maxLockout()) < 0; i++) {
            length = length.multipliedBy(2);
        }
        return length.compareTo(settings.maxLockout()) > 0 ? settings.maxLockout() : length;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Subject(String kind, String key, int limit) {
    }

    private record Row(int failures, Instant firstFailureAt, int lockouts, OffsetDateTime lockedUntil) {
    }

}
