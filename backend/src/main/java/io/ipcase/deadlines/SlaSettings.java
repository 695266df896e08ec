package io.ipcase.deadlines;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a running period counts as "due soon" (domain README, settings: a product choice,
 * not law).
 *
 * @param warnAtFraction the share of the period gone at which to warn (default 80 %)
 * @param warnWorkingDays warn on the period's last working days, this many (default 3)
 */
@ConfigurationProperties("ipcase.sla")
public record SlaSettings(double warnAtFraction, int warnWorkingDays) {

    public SlaSettings {
        if (warnAtFraction <= 0 || warnAtFraction > 1) {
            throw new IllegalArgumentException("ipcase.sla.warn-at-fraction must lie in (0, 1]");
        }
    }
}
