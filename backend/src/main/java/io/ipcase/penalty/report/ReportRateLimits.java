package io.ipcase.penalty.report;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.ipcase.penalty.PenaltySettings;
import org.springframework.stereotype.Component;

/**
 * How often one client address may send a report or look one up. The tracking code is a
 * secret of 60 bits; the look-up limit keeps guessing hopeless, and the report limit
 * keeps the office's list free of floods. Buckets live in memory per node and are
 * forgotten after an idle hour.
 */
@Component
class ReportRateLimits {

    private final PenaltySettings settings;

    private final Cache<String, Bucket> submissions = Caffeine.newBuilder()
        .expireAfterAccess(Duration.ofHours(1))
        .maximumSize(100_000)
        .build();

    private final Cache<String, Bucket> lookups = Caffeine.newBuilder()
        .expireAfterAccess(Duration.ofHours(1))
        .maximumSize(100_000)
        .build();

    ReportRateLimits(PenaltySettings settings) {
        this.settings = settings;
    }

    void submission(String client) {
        take(submissions.get(client, c -> bucket(settings.reports().submissionsPerHour(), Duration.ofHours(1))));
    }

    void lookup(String client) {
        take(lookups.get(client, c -> bucket(settings.reports().lookupsPerMinute(), Duration.ofMinutes(1))));
    }

    private static void take(Bucket bucket) {
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequests(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private static Bucket bucket(int capacity, Duration period) {
        return Bucket.builder()
            .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
            .build();
    }

    /**
     * The client has used up its allowance; it may try again after {@code retryAfter}.
     */
    static class TooManyRequests extends RuntimeException {

        private final Duration retryAfter;

        TooManyRequests(Duration retryAfter) {
            super("too many requests");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }

    }

}
