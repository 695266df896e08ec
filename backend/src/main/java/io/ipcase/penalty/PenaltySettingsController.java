package io.ipcase.penalty;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.ipcase.security.AppUser;
import io.ipcase.security.StaffDirectory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What officers of counterfeit-patent cases work by: the settings, and the colleagues
 * they may name.
 */
@RestController
class PenaltySettingsController {

    private final PenaltySettings settings;

    private final StaffDirectory staff;

    PenaltySettingsController(PenaltySettings settings, StaffDirectory staff) {
        this.settings = settings;
        this.staff = staff;
    }

    /** The settings officers work by, and the law's fixed periods beside them. */
    @GetMapping("/api/penalty/settings")
    SettingsView settings() {
        return new SettingsView(settings.procedure(), settings.hearingThresholdPerson(),
                settings.hearingThresholdOrganisation(), settings.statementWorkingDays(),
                PenaltyClocks.HEARING_REQUEST_WORKING_DAYS, PenaltyClocks.HEARING_NOTICE_WORKING_DAYS,
                settings.procedure().excludedPeriods(), settings.samr());
    }

    /**
     * The officers of the caller's office: handlers and presiding officers are chosen
     * among them.
     */
    @GetMapping("/api/penalty/officers")
    List<Officer> officers(@AuthenticationPrincipal AppUser user) {
        if (user.officeId() == null) {
            return List.of();
        }
        return staff.ofOffice(user.officeId())
            .stream()
            .sorted(Comparator.comparing(AppUser::getUsername))
            .map(u -> new Officer(u.getUsername(), u.displayName()))
            .toList();
    }

    record SettingsView(PenaltyProcedure procedure, BigDecimal hearingThresholdPerson,
            BigDecimal hearingThresholdOrganisation, int statementWorkingDays, int hearingRequestWorkingDays,
            int hearingNoticeWorkingDays, Set<String> excludedPeriodReasons, PenaltySettings.Samr samr) {
    }

    record Officer(String username, String displayName) {
    }

}
