package io.ipcase.assistance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rights-protection assistance's periods (rules.md §5), unverified outlines of the 2023
 * work guide, so settings (ipcase.assistance.*) with the defaults of domain/README.md,
 * for administrators to read at {@code GET /api/admin/settings/assistance}. All are
 * working days (rules.md §6.3).
 *
 * @param reviewWorkingDays the centre accepts or refuses within these days of the
 * application, or of the supplement's arrival
 * @param supplementWorkingDays an incomplete application is supplemented within these
 * days of the supplement notice, or deemed withdrawn
 * @param appealWorkingDays a refusal may be appealed within these days of its notice
 * @param feedbackWorkingDays the applicant may rate the assistance within these days of
 * its delivery (the sources are silent: a product choice), after which the request closes
 * unrated
 */
@ConfigurationProperties("ipcase.assistance")
public record AssistanceSettings(@DefaultValue("15") int reviewWorkingDays,
        @DefaultValue("7") int supplementWorkingDays, @DefaultValue("7") int appealWorkingDays,
        @DefaultValue("15") int feedbackWorkingDays) {
}
