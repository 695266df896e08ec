package io.ipcase.adjudication;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators read what the adjudication takes from settings (/api/admin/** is theirs
 * alone).
 */
@RestController
class AdjudicationSettingsController {

    private final AdjudicationSettings settings;

    AdjudicationSettingsController(AdjudicationSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/api/admin/settings/adjudication")
    AdjudicationSettings settings() {
        return settings;
    }

}
