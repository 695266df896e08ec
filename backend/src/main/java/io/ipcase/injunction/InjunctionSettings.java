package io.ipcase.injunction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Chongqing's preliminary injunction, whose primary text was not found (rules.md §4):
 * every parameter is a setting (ipcase.injunction.*) with the court analogue's value as
 * its default (domain/README.md), for administrators to read at
 * {@code GET /api/admin/settings/injunction}.
 *
 * @param reviewHours the expedited review, from a complete application to the
 * supervisor's approval (Civil Procedure Law art. 104: 48 hours)
 * @param bondRequired whether an application must offer a bond (the court's is mandatory;
 * unknown for the administrative version, so none)
 * @param lapseDays the injunction lapses when no adjudication request follows within
 * these days of its issue (CPL art. 104: 30 days)
 * @param objectionDays an objection is decided within these days of its receipt (SPC 2018
 * rules art. 14: 10 days)
 */
@ConfigurationProperties("ipcase.injunction")
public record InjunctionSettings(@DefaultValue("48") int reviewHours, @DefaultValue("false") boolean bondRequired,
        @DefaultValue("30") int lapseDays, @DefaultValue("10") int objectionDays) {
}
