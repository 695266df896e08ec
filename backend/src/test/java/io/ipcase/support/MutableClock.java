package io.ipcase.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock in integration tests: fixed, so dates are predictable, and
 * movable, so a test can let days pass. Tests that move it put it back (see
 * PostgresIntegrationTests).
 */
public final class MutableClock extends Clock {

    private final ZoneId zone;

    private volatile Instant now;

    MutableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

}
